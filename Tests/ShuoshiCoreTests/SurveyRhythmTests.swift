import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// 排查 rhythm: half-month periods (1st–15th, 16th–end), weeks and months, the due day on the
/// shipped calendar, and done / zero report / due / missed for a grid.
@Suite struct SurveyRhythmTests {
  let rhythm = SurveyRhythm(rules: .standard, calendar: EngineFixture.engine.calendar)
  let grid = UUID()

  func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
  func mark(_ s: String, zero: Bool = false) -> SurveyRhythm.Mark {
    SurveyRhythm.Mark(day: d(s), zeroReport: zero)
  }

  @Test func halfMonthsSplitOnTheSixteenthAndEndOnTheMonthsLastDay() {
    let first = SurveyPeriod.containing(d("2026-12-15"), cadence: .halfMonthly)
    #expect(first.description == "2026-12-01–2026-12-15")
    let second = SurveyPeriod.containing(d("2026-12-16"), cadence: .halfMonthly)
    #expect(second.description == "2026-12-16–2026-12-31")
    #expect(first.next == second)
    #expect(second.next.description == "2027-01-01–2027-01-15")
    // February: 28 days in 2026, 29 in 2028.
    #expect(
      SurveyPeriod.containing(d("2026-02-20"), cadence: .halfMonthly).end == d("2026-02-28"))
    #expect(
      SurveyPeriod.containing(d("2028-02-16"), cadence: .halfMonthly).end == d("2028-02-29"))
    // Back across a year end.
    #expect(first.previous.description == "2026-11-16–2026-11-30")
    #expect(
      SurveyPeriod.containing(d("2027-01-03"), cadence: .halfMonthly).previous.description
        == "2026-12-16–2026-12-31")
  }

  @Test func weeksRunMondayToSundayAndMonthsWhole() {
    // 2026-12-01 is a Tuesday.
    let week = SurveyPeriod.containing(d("2026-12-01"), cadence: .weekly)
    #expect(week.description == "2026-11-30–2026-12-06")
    #expect(week.next.start == d("2026-12-07"))
    #expect(
      SurveyPeriod.containing(d("2026-11-30"), cadence: .monthly).description
        == "2026-11-01–2026-11-30")
  }

  @Test func theDueDayIsThePeriodsLastWorkingDay() {
    let cal = EngineFixture.engine.calendar
    // 2026-11-16–30: the 30th is a Monday, a working day.
    #expect(
      SurveyPeriod.containing(d("2026-11-20"), cadence: .halfMonthly).dueDay(cal) == d("2026-11-30")
    )
    // 2026-08-01–15: the 15th is a Saturday, so Friday the 14th.
    #expect(
      SurveyPeriod.containing(d("2026-08-03"), cadence: .halfMonthly).dueDay(cal) == d("2026-08-14")
    )
    // 2026-10-01–15: the National Day holiday runs 1–7 and the 10th (Saturday) is a make-up
    // workday, but the 15th (Thursday) is the last working day.
    #expect(
      SurveyPeriod.containing(d("2026-10-01"), cadence: .halfMonthly).dueDay(cal) == d("2026-10-15")
    )
  }

  @Test func aGridIsDoneZeroDueOrMissed() {
    let now = EngineFixture.at("2026-12-01 10:00")
    let none = rhythm.standing(grid: grid, kind: .community, since: nil, marks: [], now: now)
    #expect(none.currentStatus == .due)
    #expect(none.previousStatus == .missed)
    #expect(none.missedLast)
    #expect(none.dueDay == d("2026-12-15"))

    let zero = rhythm.standing(
      grid: grid, kind: .community, since: nil, marks: [mark("2026-11-30", zero: true)], now: now)
    #expect(zero.previousStatus == .zeroReport)
    #expect(!zero.missedLast)

    // Two rounds in one half month count it done once; one that found something wins over a
    // 零报告 the same period.
    let two = rhythm.standing(
      grid: grid, kind: .community, since: nil,
      marks: [mark("2026-12-01", zero: true), mark("2026-12-01")], now: now)
    #expect(two.currentStatus == .done)
    #expect(two.lastRound == d("2026-12-01"))
  }

  @Test func aGridOwesNothingForAPeriodBeforeItWasMade() {
    let now = EngineFixture.at("2026-12-01 10:00")
    let fresh = rhythm.standing(
      grid: grid, kind: .community, since: d("2026-11-20"), marks: [], now: now)
    #expect(fresh.previous == nil)
    #expect(!fresh.missedLast)
    #expect(fresh.currentStatus == .due)
  }

  @Test func theTallyCountsEndedPeriodsWithinTheSpan() {
    // November: two half months; the first done (twice), the second missed. December's first
    // half has not ended on the 1st, so it is not counted.
    let t = rhythm.tally(
      kind: .community, since: nil,
      marks: [mark("2026-11-02"), mark("2026-11-09", zero: true)],
      from: d("2026-11-01"), to: d("2026-12-15"), today: d("2026-12-01"))
    #expect(t.periods == 2)
    #expect(t.done == 1)
    #expect(t.missed == 1)
    #expect(t.zeroReports == 0)
    // A span starting mid-period skips that period.
    let mid = rhythm.tally(
      kind: .community, since: nil, marks: [], from: d("2026-11-05"), to: d("2026-11-30"),
      today: d("2026-12-01"))
    #expect(mid.periods == 1)
  }

  @Test func villagesFollowTheCommunityUnlessConfigured() throws {
    let yaml = """
      categories:
        - {id: other, zh: 其他, en: Other, tier: residence}
      survey_rounds:
        community: weekly
      """
    let rules = try RoutingRules.parse(yaml: yaml, file: "r.yaml")
    #expect(rules.surveyRounds.cadence(for: .village) == .weekly)
    let bad = """
      categories:
        - {id: other, zh: 其他, en: Other, tier: residence}
      survey_rounds:
        community: half_monthly
        village: fortnightly
      """
    let error = #expect(throws: ConfigError.self) {
      try RoutingRules.parse(yaml: bad, file: "r.yaml")
    }
    #expect(error?.line == 5)
    #expect(EngineFixture.engine.rules.surveyRounds == .standard)
  }
}
