import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// New events get version 7 uuids (time first), so their entries in the events' uuid index
/// are written side by side instead of one random page per event (the catch-up sweep at 1M).
@Suite("Time-ordered event uuids")
struct TimeOrderedEventUUIDTests {
  func version(_ u: UUID) -> UInt8 { u.uuid.6 >> 4 }
  func variant(_ u: UUID) -> UInt8 { u.uuid.8 >> 6 }

  @Test func theyCarryVersionSevenAndSortByTimeThenSequence() {
    let t = EngineFixture.at("2026-12-01 10:00")
    let ids = [
      UUID.timeOrdered(at: t, sequence: 1), UUID.timeOrdered(at: t, sequence: 2),
      UUID.timeOrdered(at: t.addingTimeInterval(0.001), sequence: 1),
      UUID.timeOrdered(at: t.addingTimeInterval(86_400), sequence: 3),
    ]
    for u in ids {
      #expect(version(u) == 7)
      #expect(variant(u) == 0b10)
      #expect(UUID(uuidString: u.uuidString) == u)
    }
    #expect(ids.map(\.uuidString) == ids.map(\.uuidString).sorted())
    #expect(Set(ids).count == ids.count)
  }

  @Test func aStoreWritesNewEventsWithThem() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try store.add(
      f.intake("楼上卫生间漏水", name: "王秀英", at: "2026-12-01 09:00"), engine: f.engine,
      by: f.actor, now: EngineFixture.at("2026-12-01 09:00"))
    _ = try store.sweep(engine: f.engine, by: f.actor, now: EngineFixture.at("2027-01-20 10:00"))
    let history = try store.history(of: try store.find(c.id))
    #expect(history.contains { $0.kind == .escalated })
    for e in history { #expect(version(e.uuid) == 7) }
    #expect(try store.verify().ok)
  }
}
