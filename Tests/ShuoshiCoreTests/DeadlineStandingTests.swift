import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

@Suite("Deadline standing, as the CLI and the console both print it")
struct DeadlineStandingTests {
  let cal = EngineFixture.engine.calendar

  @Test func standingAcrossTheLife() throws {
    // Monday 2026-11-23, household: due at the end of Thursday 2026-11-26.
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    func standing(_ time: String) -> DeadlineStanding {
      p.current.deadlineStanding(at: EngineFixture.at(time), calendar: cal)
    }
    // Tue, Wed, Thu after Monday.
    #expect(standing("2026-11-23 11:00") == .left(workingDays: 3))
    #expect(standing("2026-11-26 09:00") == .dueToday)
    #expect(standing("2026-11-27 09:00") == .overdue(workingDays: 1))
    #expect(standing("2026-11-30 09:00") == .overdue(workingDays: 2))
    try p.act(.wait(reason: "等"), at: "2026-11-24 10:00")
    #expect(standing("2026-11-30 09:00") == .paused)
    try p.act(.resume, at: "2026-11-24 11:00")
    try p.act(.resolve(summary: "好了", onSpot: false), at: "2026-11-24 12:00")
    #expect(standing("2026-11-30 09:00") == .closed)
  }

  @Test func dueMondaySeenOnSaturdayIsOneWorkingDayLeft() throws {
    // Received Wednesday 2026-11-25: Thu, Fri, Mon → due Monday 2026-11-30.
    let p = try Played("楼上噪音太大", at: "2026-11-25 10:00")
    #expect(
      p.current.deadlineStanding(at: EngineFixture.at("2026-11-28 10:00"), calendar: cal)
        == .left(workingDays: 1))
  }
}
