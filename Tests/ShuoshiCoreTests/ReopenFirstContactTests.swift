import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// A reopened case starts a new round: the resident must be contacted again, by a date
/// counted from the reopening, and the first round's contact no longer counts for it. Nothing
/// recorded changes: the stored case (and the reports) keep the intake round's.
@Suite("Case engine: first contact after a reopen")
struct ReopenFirstContactTests {
  let engine = EngineFixture.engine

  /// A case contacted on 11-24, resolved, and reopened on Monday 11-30.
  func reopened() throws -> Played {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.visit(note: "上门", minutes: 30), at: "2026-11-24 09:00")
    try p.act(.resolve(summary: "已调解", onSpot: false), at: "2026-11-25 09:00")
    try p.act(.reopen(reason: "又吵起来了"), at: "2026-11-30 10:00")
    return p
  }

  @Test func withoutAReopenItIsTheIntakeRounds() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.visit(note: "上门", minutes: 30), at: "2026-11-24 09:00")
    let round = engine.firstContact(of: p.current, history: p.events)
    #expect(EngineFixture.day(round.due) == "2026-11-24")
    #expect(round.at == EngineFixture.at("2026-11-24 09:00"))
  }

  @Test func reopenCountsItsOwnDueAndForgetsTheFirstRoundsVisit() throws {
    let p = try reopened()
    let round = engine.firstContact(of: p.current, history: p.events)
    #expect(EngineFixture.day(round.due) == "2026-12-01")  // not the first round's 11-24
    #expect(round.at == nil)
    // Nothing recorded changes: the stored case keeps the intake round's (reports count it).
    #expect(EngineFixture.day(p.current.firstContactDue) == "2026-11-24")
    #expect(p.current.firstContactAt == EngineFixture.at("2026-11-24 09:00"))
  }

  @Test func aVisitAfterTheReopenIsTheRoundsFirstContact() throws {
    var p = try reopened()
    try p.act(.visit(note: "再次上门", minutes: 20), at: "2026-12-01 15:00")
    try p.act(.visit(note: "第三次", minutes: 20), at: "2026-12-02 15:00")
    let round = engine.firstContact(of: p.current, history: p.events)
    #expect(round.at == EngineFixture.at("2026-12-01 15:00"))
  }

  @Test func anUnsatisfiedRatingStartsARoundToo() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.visit(note: "上门", minutes: 30), at: "2026-11-24 09:00")
    try p.act(.resolve(summary: "已调解", onSpot: false), at: "2026-11-25 09:00")
    try p.act(.rate(.unsatisfied, comment: "还是吵"), at: "2026-11-30 10:00")
    let round = engine.firstContact(of: p.current, history: p.events)
    #expect(EngineFixture.day(round.due) == "2026-12-01")
    #expect(round.at == nil)
  }

  @Test func anUndoneReopenLeavesTheIntakeRound() throws {
    var p = try reopened()
    try p.act(.undo, at: "2026-11-30 10:05")
    let round = engine.firstContact(of: p.current, history: p.events)
    #expect(EngineFixture.day(round.due) == "2026-11-24")
  }
}
