import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// Honest escalation: an overdue move is effective at the deadline that passed, and after a
/// gap a case climbs tier by tier, each deadline counted from the one before — the same
/// whenever the sweep runs.
@Suite("Sweep: catch-up escalation")
struct SweepCatchUpTests {
  /// Each escalation of a played case: the move, when it took effect and the deadline it set.
  struct Move: Equatable, CustomStringConvertible {
    var from: Tier?
    var to: Tier?
    var effectiveAt: Date?
    var deadline: Date?
    var description: String {
      "\(from?.rawValue ?? "-")→\(to?.rawValue ?? "-") @\(EngineFixture.day(effectiveAt)) due \(EngineFixture.day(deadline))"
    }
  }

  static func moves(_ p: Played) -> [Move] {
    p.events.compactMap { e in
      guard case .escalated(let d) = e.payload else { return nil }
      return Move(from: d.fromTier, to: d.tier, effectiveAt: d.effectiveAt, deadline: d.deadline)
    }
  }

  @Test func aCaseUntouchedForTenWeeksClimbsThreeTiersEachEffectiveAtTheDeadlineThatPassed()
    throws
  {
    // Monday; household 3 working days → due at the end of Thursday 2026-11-26.
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "楼栋长", note: nil), at: "2026-11-23 10:30")
    let household = try #require(p.current.deadline)
    #expect(EngineFixture.day(household) == "2026-11-26")
    let sweptAt = EngineFixture.at("2027-02-01 09:00")  // ten weeks after intake
    #expect(p.sweepAll(now: sweptAt) == 3)
    let moves = Self.moves(p)
    #expect(moves.map(\.from) == [.household, .residence, .district])
    #expect(moves.map(\.to) == [.residence, .district, .street])
    // Each move takes effect when the deadline before it passed, and counts the next one from
    // there: residence 7 working days after Thu 11-26 → Mon 12-07; district 15 after that →
    // Mon 12-28; the street office's 20 from there.
    #expect(moves[0].effectiveAt == household)
    #expect(EngineFixture.day(moves[0].deadline) == "2026-12-07")
    #expect(moves[1].effectiveAt == moves[0].deadline)
    #expect(EngineFixture.day(moves[1].deadline) == "2026-12-28")
    #expect(moves[2].effectiveAt == moves[1].deadline)
    #expect(
      moves[2].deadline
        == p.engine.deadline(category: p.current.category, tier: .street, from: moves[1].deadline!))
    // The events are dated when the sweep saw them.
    #expect(p.events.filter { $0.kind == .escalated }.allSatisfy { $0.at == sweptAt })
    let c = p.current
    #expect(c.tier == .street)
    #expect(c.escalations == 3)
    #expect(c.deadline == moves[2].deadline)
    #expect(c.state == .new)  // no owner named in memory: it waits for assignment
    // At the top it goes no further, however late.
    #expect(p.engine.sweepEscalations(for: c, now: EngineFixture.at("2027-06-01 09:00")).isEmpty)
  }

  @Test func theReportCountsAMoveWhenRecordedAndDatesTheHandUpWhenItTookEffect() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    p.sweepAll(now: EngineFixture.at("2027-02-01 09:00"))
    let street = try #require(Self.moves(p).last)
    #expect(street.to == .street)
    let cal = p.engine.calendar
    let builder = ReportBuilder(rules: p.engine.rules, calendar: cal)
    let february = ReportPeriod.month(year: 2027, month: 2, calendar: cal)
    let r = builder.build(
      histories: [p.events], request: ReportRequest(period: february, asOf: february.end),
      generatedAt: Date())
    // Recorded in February (a December report already made stays as it was) …
    #expect(r.escalations == 3)
    #expect(r.handedUp.map(\.caseID) == [p.current.id])
    // … and listed as handed up on the day the district deadline passed.
    #expect(r.handedUp.first?.handedUp == cal.civilDate(of: street.effectiveAt!))
    #expect(r.handedUp.first?.handedUp.description == "2026-12-28")
  }

  @Test func aCaseNoLongerLateAfterOneStepStopsThere() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    #expect(p.sweepAll(now: EngineFixture.at("2026-12-01 09:00")) == 1)
    #expect(p.current.tier == .residence)
    #expect(EngineFixture.day(p.current.deadline) == "2026-12-07")
    // Due at the end of the day: not late in the evening.
    #expect(p.sweepAll(now: EngineFixture.at("2026-12-07 20:00")) == 0)
  }

  @Test func aManualEscalationHasNoEffectiveTime() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.escalate(.manual, note: "居民要求"), at: "2026-11-24 10:00")
    #expect(Self.moves(p).map(\.effectiveAt) == [nil])
  }

  /// Seeded cases at every tier, swept daily, at random gaps, or once after 90 days: the same
  /// tiers, the same effective times and the same deadlines.
  @Test func sweepingDailyOrOnceAfterNinetyDaysGivesTheSameMoves() throws {
    var rng = SweepSeeds(seed: 20_261_207)
    let texts = ["楼上噪音太大", "楼道灯不亮", "小区门口垃圾堆了好几天没人清", "邻居装修把墙打穿了", "物业费纠纷好几户都有意见"]
    let tiers: [Tier?] = [nil, nil, .household, .residence, .district, .street]
    let start = EngineFixture.at("2026-11-02 00:00")
    var climbedSeveral = 0
    for n in 0..<40 {
      let received = start.addingTimeInterval(Double(rng.next() % (30 * 24)) * 3600)
      let text = texts[Int(rng.next() % UInt64(texts.count))]
      let tier = tiers[Int(rng.next() % UInt64(tiers.count))]
      let time = Self.text(received)
      var daily = try Played(text, at: time, tier: tier)
      if rng.next() % 2 == 0 {
        try daily.act(
          .assign(to: "楼栋长", note: nil), at: Self.text(received.addingTimeInterval(600)))
      }
      var once = daily
      var gaps = daily
      let end = received.addingTimeInterval(90 * 86_400)
      var day = received
      while day < end {
        day = min(end, day.addingTimeInterval(86_400))
        daily.sweepAll(now: day)
      }
      var gap = received
      while gap < end {
        gap = min(end, gap.addingTimeInterval(Double(1 + rng.next() % 20) * 86_400))
        gaps.sweepAll(now: gap)
      }
      once.sweepAll(now: end)
      let expected = Self.moves(once)
      if expected.count > 1 { climbedSeveral += 1 }
      #expect(Self.moves(daily) == expected, "case \(n): \(text) at \(time)")
      #expect(Self.moves(gaps) == expected, "case \(n): \(text) at \(time)")
      #expect(daily.current.tier == once.current.tier)
      #expect(daily.current.deadline == once.current.deadline)
      // Nothing still late below the street office after the sweep.
      let last = once.current
      #expect(last.tier == .street || !last.isOverdue(at: end), "case \(n)")
      for move in expected { #expect(move.effectiveAt != nil && move.effectiveAt! < end) }
    }
    #expect(climbedSeveral > 10)  // the generator does reach catch-ups of several tiers
  }

  static func text(_ date: Date) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = EngineFixture.zone
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f.string(from: date)
  }
}

/// A small seeded generator (SplitMix64): the same cases on every run.
private struct SweepSeeds: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
