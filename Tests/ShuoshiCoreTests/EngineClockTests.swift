import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

@Suite("Case engine: deadlines, waiting, escalation, sweep, undo")
struct EngineClockTests {
  @Test func waitingPausesTheClockAndResumeExtendsTheDeadline() throws {
    // Monday; household 3 working days → due Thursday 2026-11-26.
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "张", note: nil), at: "2026-11-23 10:30")
    let waiting = try p.act(.wait(reason: "等居民出差回来"), at: "2026-11-24 10:00")
    #expect(waiting.state == .waiting)
    // While waiting, nothing is overdue and the sweep leaves it alone.
    #expect(!waiting.isOverdue(at: EngineFixture.at("2026-11-30 10:00")))
    let swept1 = p.sweep(at: "2026-11-30 10:00")
    #expect(!swept1)
    // Resumed the next Monday: the pause consumed Tue, Wed, Thu, Fri = 4 working days.
    let resumed = try p.act(.resume, at: "2026-11-30 10:00")
    #expect(resumed.state == .assigned)
    #expect(EngineFixture.day(resumed.deadline) == "2026-12-02")
  }

  @Test func overdueEscalatesOneTierAtATimeUpToStreet() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "楼栋长", note: nil), at: "2026-11-23 10:30")
    let swept2 = p.sweep(at: "2026-11-26 23:00")
    #expect(!swept2)  // due at the end of Thursday
    let swept3 = p.sweep(at: "2026-11-27 08:00")
    #expect(swept3)
    var c = p.current
    #expect(c.tier == .residence)
    #expect(c.escalations == 1)
    #expect(c.assignee == nil)
    #expect(c.state == .new)
    #expect(p.events.last?.data.escalation == .overdue)
    // residence 7 working days from the household deadline that passed (Thu 11-26) → Mon
    // 12-07, not from the sweep's morning
    #expect(EngineFixture.day(c.deadline) == "2026-12-07")
    #expect(p.events.last?.data.effectiveAt.map(EngineFixture.day) == "2026-11-26")
    let swept4 = p.sweep(at: "2026-12-09 08:00")
    #expect(swept4)
    #expect(p.current.tier == .district)
    let swept5 = p.sweep(at: "2027-01-10 08:00")
    #expect(swept5)
    c = p.current
    #expect(c.tier == .street)
    #expect(c.escalations == 3)
    // street is the top: overdue there is counted, never escalated further
    let swept6 = p.sweep(at: "2027-06-01 08:00")
    #expect(!swept6)
    #expect(p.current.isOverdue(at: EngineFixture.at("2027-06-01 08:00")))
    #expect(throws: EngineError.alreadyAtTop) {
      try p.act(.escalate(.manual, note: nil), at: "2027-06-01 09:00")
    }
  }

  @Test func sweepIsIdempotentAtTheSameMoment() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    let swept7 = p.sweep(at: "2026-11-27 08:00")
    #expect(swept7)
    let after = p.events.count
    let swept8 = p.sweep(at: "2026-11-27 08:00")
    #expect(!swept8)
    #expect(p.events.count == after)
  }

  @Test func unsatisfiedRatingReopensAndEscalates() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "楼栋长", note: nil), at: "2026-11-23 10:30")
    try p.act(.resolve(summary: "已沟通", onSpot: false), at: "2026-11-24 10:00")
    let c = try p.act(.rate(.unsatisfied, comment: "还是吵"), at: "2026-11-25 10:00")
    #expect(p.events.suffix(3).map(\.kind) == [.rated, .reopened, .escalated])
    #expect(p.events.last?.data.escalation == .unsatisfied)
    #expect(c.tier == .residence)
    #expect(c.state == .new)
    #expect(c.rating == .unsatisfied)
    #expect(c.escalations == 1)
    #expect(c.state.isOpen)
  }

  @Test func riskEscalationMarksUrgent() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    let c = try p.act(.escalate(.risk, note: "双方情绪激动"), at: "2026-11-23 11:00")
    #expect(c.urgent)
    #expect(c.tier == .residence)
  }

  @Test func undoCompensatesWithoutDeleting() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "张", note: nil), at: "2026-11-23 10:30")
    let before = p.current
    try p.act(.escalate(.manual, note: "误操作"), at: "2026-11-23 11:00")
    #expect(p.current.tier == .residence)
    let undone = try p.act(.undo, at: "2026-11-23 11:01")
    #expect(p.events.count == 5)
    #expect(p.events.last?.kind == .undone)
    #expect(undone.tier == before.tier)
    #expect(undone.assignee == "张")
    #expect(undone.deadline == before.deadline)
    #expect(undone.escalations == 0)
    // A second undo compensates the assignment; a third has nothing left.
    #expect(try p.act(.undo, at: "2026-11-23 11:02").assignee == nil)
    #expect(throws: EngineError.nothingToUndo) { try p.act(.undo, at: "2026-11-23 11:03") }
  }

  @Test func replayOfTheLogEqualsStepByStepApplication() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "张", note: nil), at: "2026-11-23 10:30")
    try p.act(.wait(reason: "等"), at: "2026-11-24 10:00")
    try p.act(.resume, at: "2026-11-25 10:00")
    var stepwise = Case.created(by: p.events[0])
    for e in p.events.dropFirst() { stepwise = stepwise.applying(e) }
    #expect(stepwise == p.current)
  }
}
