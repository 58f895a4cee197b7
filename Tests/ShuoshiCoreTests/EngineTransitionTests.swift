import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

@Suite("Case engine: state transitions")
struct EngineTransitionTests {
  @Test func intakeRecordsCreatedAndTriagedWithDeadlines() throws {
    let p = try Played("楼上卫生间漏水，把我家天花板泡了", at: "2026-11-23 10:00")  // Monday
    #expect(p.events.map(\.kind) == [.created, .triaged])
    let c = p.current
    #expect(c.id == "HJ-TEST-001")
    #expect(c.tier == .household)
    #expect(c.tierAtIntake == .household)
    #expect(c.state == .new)
    // household: 3 working days from the first working day after receipt
    #expect(EngineFixture.day(c.deadline) == "2026-11-26")
    #expect(EngineFixture.day(c.firstContactDue) == "2026-11-24")
  }

  @Test func overrideAtIntakeIsARetieredEventWithReason() throws {
    let p = try Played("楼上卫生间漏水", at: "2026-11-23 10:00", tier: .district)
    #expect(p.events.map(\.kind) == [.created, .triaged, .retiered])
    #expect(p.events[2].data.reason == "测试指定")
    #expect(p.current.tier == .district)
    #expect(p.current.tierAtIntake == .district)
  }

  @Test func emptyNameOrTextIsRefused() {
    let intake = Intake(resident: Resident(name: "  "), text: "漏水", receivedAt: Date())
    #expect(throws: EngineError.invalidField(.name, .empty)) {
      try EngineFixture.engine.intake(intake, caseID: "X")
    }
    let noText = Intake(resident: Resident(name: "王"), text: " \n", receivedAt: Date())
    #expect(throws: EngineError.invalidField(.text, .empty)) {
      try EngineFixture.engine.intake(noText, caseID: "X")
    }
  }

  @Test func fullLifeAssignVisitResolveRateClosed() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    #expect(try p.act(.assign(to: "楼栋长 张德明", note: nil), at: "2026-11-23 11:00").state == .assigned)
    let visited = try p.act(.visit(note: "上门", minutes: 30), at: "2026-11-24 09:00")
    #expect(visited.state == .inProgress)
    #expect(visited.firstContactAt == EngineFixture.at("2026-11-24 09:00"))
    let resolved = try p.act(.resolve(summary: "已调解", onSpot: false), at: "2026-11-25 09:00")
    #expect(resolved.state == .resolved)
    #expect(resolved.summary == "已调解")
    let closed = try p.act(.rate(.satisfied, comment: nil), at: "2026-11-26 09:00")
    #expect(closed.state == .closed)
    #expect(closed.rating == .satisfied)
    #expect(closed.closedAt != nil)
  }

  @Test func basicRatingAlsoCloses() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.resolve(summary: "当场答复", onSpot: true), at: "2026-11-23 10:10")
    #expect(try p.act(.rate(.basic, comment: nil), at: "2026-11-23 10:20").state == .closed)
  }

  @Test func actionsNotAllowedInStateAreRefused() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    #expect(throws: EngineError.notAllowed(action: .rate, state: .new)) {
      try p.act(.rate(.satisfied, comment: nil), at: "2026-11-23 11:00")
    }
    #expect(throws: EngineError.notAllowed(action: .resume, state: .new)) {
      try p.act(.resume, at: "2026-11-23 11:00")
    }
    #expect(throws: EngineError.notAllowed(action: .reopen, state: .new)) {
      try p.act(.reopen(reason: nil), at: "2026-11-23 11:00")
    }
    try p.act(.resolve(summary: "好了", onSpot: false), at: "2026-11-23 12:00")
    #expect(throws: EngineError.notAllowed(action: .assign, state: .resolved)) {
      try p.act(.assign(to: "x", note: nil), at: "2026-11-23 13:00")
    }
    #expect(throws: EngineError.invalidField(.summary, .empty)) {
      var q = try Played("噪音", at: "2026-11-23 10:00")
      try q.act(.resolve(summary: "  ", onSpot: false), at: "2026-11-23 12:00")
    }
  }

  @Test func reopenAfterCloseRestartsTheClock() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "张", note: nil), at: "2026-11-23 10:30")
    try p.act(.resolve(summary: "好了", onSpot: false), at: "2026-11-23 12:00")
    try p.act(.rate(.satisfied, comment: nil), at: "2026-11-24 12:00")
    let c = try p.act(.reopen(reason: "又吵了"), at: "2026-11-30 09:00")
    #expect(c.state == .inProgress)
    #expect(c.reopenCount == 1)
    #expect(c.closedAt == nil)
    #expect(EngineFixture.day(c.deadline) == "2026-12-03")
  }

  @Test func retierNeedsAReasonAndADifferentTier() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    #expect(throws: EngineError.sameTier(.household)) {
      try p.act(.retier(.household, reason: "x"), at: "2026-11-23 11:00")
    }
    #expect(throws: EngineError.invalidField(.reason, .empty)) {
      try p.act(.retier(.residence, reason: ""), at: "2026-11-23 11:00")
    }
    let c = try p.act(.retier(.residence, reason: "涉及多户"), at: "2026-11-23 11:00")
    #expect(c.tier == .residence)
    #expect(p.events.last?.data.fromTier == .household)
  }
}
