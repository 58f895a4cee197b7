import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// Two laptops, one history: supervision events made on both at once merge as one would.
@Suite("Supervision events across laptops")
struct SupervisionLedgerTests {
  /// `draft` stamped as laptop `device`'s event after `parent`.
  func stamp(_ draft: EventDraft, device: String, hlc: Int64, after parent: Event) -> Event {
    Event(
      caseUUID: parent.caseUUID, kind: draft.kind, at: EngineFixture.at("2026-11-30 08:00"),
      operator: "系统", device: device, seq: 100, hlc: HLC(physical: hlc), parents: [parent.uuid],
      data: draft.data)
  }

  func played() throws -> Played {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00", tier: .household)
    try p.act(.assign(to: "张德明", note: nil), at: "2026-11-23 10:30")
    return p
  }

  @Test func twoSweepsEndingOneWaitResumeItOnce() throws {
    var p = try played()
    try p.act(
      .wait(reason: "等物业", until: EngineFixture.at("2026-11-27 12:00")), at: "2026-11-24 10:00")
    let last = try #require(p.events.last)
    let now = EngineFixture.at("2026-11-30 08:00")
    let draft = try #require(p.engine.expiredWaitResume(for: p.current, now: now))
    let a = stamp(draft, device: "laptop-a", hlc: 9_000_000_000_000, after: last)
    let b = stamp(draft, device: "laptop-b", hlc: 9_000_000_000_001, after: last)
    let merged = p.events + [a, b]
    #expect(Ledger(merged).skipped == [b.uuid])
    let c = try #require(Case.replay(merged))
    #expect(c.state == .assigned)
    #expect(EngineFixture.day(c.deadline) == "2026-12-02")
  }

  @Test func twoExtensionsAtOneTierCountOnceAndAReturnConflictsWithAnAssignment() throws {
    let p = try played()
    let last = try #require(p.events.last)
    let now = EngineFixture.at("2026-11-24 10:00")
    let one = try p.engine.decide(
      .extend(days: 2, reason: "等物业"), on: p.current, history: p.events, now: now)
    let two = try p.engine.decide(
      .extend(days: 4, reason: "等配件"), on: p.current, history: p.events, now: now)
    let a = stamp(one[0], device: "laptop-a", hlc: 9_000_000_000_000, after: last)
    let b = stamp(two[0], device: "laptop-b", hlc: 9_000_000_000_001, after: last)
    #expect(Ledger(p.events + [a, b]).skipped == [b.uuid])
    #expect(EngineFixture.day(Case.replay(p.events + [a, b])?.deadline) == "2026-11-30")

    let back = try p.engine.decide(
      .returnCase(grounds: .notOurs, tier: nil, note: "不是本楼栋"), on: p.current,
      history: p.events, now: now)
    let reassigned = try p.engine.decide(
      .assign(to: "李明", note: nil), on: p.current, history: p.events, now: now)
    let r = stamp(back[0], device: "laptop-a", hlc: 9_000_000_000_000, after: last)
    let s = stamp(reassigned[0], device: "laptop-b", hlc: 9_000_000_000_001, after: last)
    #expect(!Ledger(p.events + [r, s]).conflicts.isEmpty)
  }
}
