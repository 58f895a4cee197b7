import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The demo street shows lateness at its "now": a newcomer sees 超期 and 已升级待派单.
@Suite("Demo street lateness")
struct DemoAttentionTests {
  @Test func aFewUntouchedCasesAreLateOrWaitForDispatchTheSameEveryTime() throws {
    let now = EngineFixture.at("2026-12-01 10:00")
    func street() throws -> (StoreFixture, CaseStore) {
      let f = StoreFixture()
      let store = try f.open()
      _ = try DemoGenerator(caseCount: 150, seed: 11).generate(
        into: store, engine: f.engine, now: now)
      return (f, store)
    }
    let (f, store) = try street()
    defer { f.dir.remove() }
    #expect(DemoGenerator.neglectedCount(150) == 3)
    #expect(try store.count(CaseQuery()) == 153)
    let late = try store.list(.late(at: now), limit: 500)
    let waiting = try store.list(.escalatedUnassigned(at: now), limit: 500)
    #expect(!late.isEmpty)
    #expect(!waiting.isEmpty)
    // Each moved up when its deadline passed, an hour later as a daily sweep would see it.
    for c in waiting {
      let moves = try store.history(of: c).compactMap { e -> (Event, EventPayload.Escalated)? in
        guard case .escalated(let d) = e.payload else { return nil }
        return (e, d)
      }
      #expect(!moves.isEmpty)
      #expect(moves.allSatisfy { $0.0.at == $0.1.effectiveAt!.addingTimeInterval(3600) })
      #expect(c.assignee == nil && c.state == .new)
    }
    // Deterministic: the same street again.
    let (g, again) = try street()
    defer { g.dir.remove() }
    #expect(try again.list(.late(at: now), limit: 500).map(\.id) == late.map(\.id))
    #expect(
      try again.list(.escalatedUnassigned(at: now), limit: 500).map(\.id) == waiting.map(\.id))
  }
}
