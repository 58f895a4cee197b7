import Foundation
import ShuoshiCore
import TestSupport
import Testing

/// Every count and rate of the November 2026 report on the hand-built data set
/// (`ReportDataSet`, cases A–N), worked out by hand below. November 2026 has no holidays;
/// Nov 1 is a Sunday. Deadlines end at 23:59:59 of their day; first contact is due by the end
/// of the first working day after receipt.
///
/// Cohort (received Nov 1–30): C D E F G H I L M N = 10. Not in it: A, B, J (October), K
/// (December). States are read at Dec 1 00:00.
@Suite("Report numbers on the hand-built data set")
struct ReportMetricsTests {
  let engine = EngineFixture.engine
  let histories: [String: [Event]]
  let report: Report

  init() throws {
    histories = try ReportDataSet.cases()
    let builder = ReportBuilder(rules: engine.rules, calendar: engine.calendar)
    report = builder.build(
      histories: Array(histories.values), request: ReportDataSet.november(),
      generatedAt: EngineFixture.at("2026-12-05 09:00"))
  }

  @Test func keyFigures() {
    #expect(report.received == 10)
    // Resolved at Dec 1: C (closed), D (closed), G, M (closed), N. E was reopened by its
    // unsatisfied rating; H's resolution was undone; F, I, L are open.
    #expect(report.resolved == 5)
    #expect(report.onSpot == 1)  // C
    // Latest ratings: C satisfied, D basic, E unsatisfied (re-rated only in December), M satisfied.
    #expect(report.rated == 4)
    #expect(report.satisfied == 2)
    #expect(report.basicallySatisfied == 1)
    #expect(report.unsatisfied == 1)
    #expect(report.reopened == 1)  // E
    // Escalations in November, any case: A overdue (Nov 2), N overdue (Nov 7), B risk
    // (Nov 10), E overdue (Nov 13), E unsatisfied (Nov 25).
    #expect(report.escalations == 5)
    // Handed up in November: B (risk, Nov 10), F (by hand, Nov 16), G (at intake, Nov 21).
    #expect(report.handedUpCount == 3)
    // Open at Dec 1, received before it: B, E, F, H, I (waiting), J, L. Overdue: J only
    // (due Nov 4, never swept); I is waiting, so its clock is stopped.
    #expect(report.openAtEnd == 7)
    #expect(report.overdueAtEnd == 1)
  }

  @Test func responseRate() {
    // First contact (a visit, or the resolution itself) by the end of the next working day:
    // C 09:50 same day ✓; D Nov 10 > due Nov 9 ✗; E ✓; F never, due Nov 16 ✗; G Nov 23 =
    // due day ✓; H never (its resolution was undone), due Nov 30 ✗; I contacted Nov 30, due
    // Dec 1 — counted because contacted ✓; L ✓; M ✓; N ✓. 7 of 10.
    #expect(report.rate(.response) == Rate(7, of: 10))
  }

  @Test func resolutionRate() {
    #expect(report.rate(.resolution) == Rate(5, of: 10))
  }

  @Test func satisfactionRate() {
    // (satisfied 2 + basic 1) / rated 4.
    #expect(report.rate(.satisfaction) == Rate(3, of: 4))
  }

  @Test func onTimeRate() {
    // Resolved C, D, G, M, N. C ✓. D was resolved on Nov 20 while waiting since Nov 10:
    // its Nov 17 deadline moves back by the 8 working days of the pause (Nov 10–19) to
    // Nov 27 ✓. G ✓. M due Nov 5, resolved Nov 6 ✗. N was escalated as overdue ✗. 3 of 5.
    #expect(report.rate(.onTime) == Rate(3, of: 5))
  }

  @Test func localResolutionRate() {
    // Resolved at the intake tier, never escalated: C, D, G (received at street level and
    // resolved there), M ✓; N escalated ✗. 4 of 5.
    #expect(report.rate(.local) == Rate(4, of: 5))
  }

  @Test func onSpotShare() {
    #expect(report.rate(.onSpot) == Rate(1, of: 10))
  }

  @Test func tiers() {
    let byTier = Dictionary(uniqueKeysWithValues: report.tiers.map { ($0.tier, $0) })
    // Intake: household C E H I M N; residence D L; district F; street G.
    #expect(report.tiers.map(\.atIntake) == [6, 2, 1, 1])
    // Resolution: household C M; residence D N; street G.
    #expect(report.tiers.map(\.atResolution) == [2, 2, 0, 1])
    // Working days received → resolved: C 0, M 4 (Nov 3–6) → 2.0; D 10 (Nov 9–20), N 7
    // (Nov 4–12) → 8.5; G 5 (Nov 23–27).
    #expect(byTier[.household]?.averageWorkingDays == 2.0)
    #expect(byTier[.residence]?.averageWorkingDays == 8.5)
    #expect(byTier[.district]?.averageWorkingDays == nil)
    #expect(byTier[.street]?.averageWorkingDays == 5.0)
    // Open at the end: household H I; residence J L; district E; street B F. Overdue: J.
    #expect(report.tiers.map(\.openAtEnd) == [2, 2, 1, 2])
    #expect(report.tiers.map(\.overdueAtEnd) == [0, 1, 0, 0])
  }

  @Test func categories() {
    #expect(
      report.categories.map(\.id) == [
        "neighbour", "environment", "family", "parking", "property_service",
      ])
    #expect(report.categories.map(\.received) == [4, 2, 2, 1, 1])
    // neighbour: C E I N → resolved C N, local C, on the spot C.
    let neighbour = report.categories[0]
    #expect(neighbour.name.zh == "邻里纠纷")
    #expect((neighbour.resolved, neighbour.local, neighbour.onSpot) == (2, 1, 1))
    #expect(report.categories.map(\.resolved) == [2, 2, 0, 0, 1])
  }

  @Test func escalationsAndHandUps() {
    let reasons = Dictionary(
      uniqueKeysWithValues: report.escalationReasons.map { ($0.reason, $0.count) })
    #expect(reasons == [.overdue: 3, .unsatisfied: 1, .risk: 1, .manual: 0])
    #expect(
      report.handedUp.map(\.caseID) == ["HJ-20261030-001", "HJ-20261114-001", "HJ-20261121-001"])
    #expect(report.handedUp.map(\.reason) == [.risk, nil, nil])
    #expect(report.handedUp.map(\.byHand) == [false, true, false])
    #expect(report.handedUp.map(\.from) == [.district, .district, nil])
    #expect(
      report.handedUp.map { $0.handedUp.description } == ["2026-11-10", "2026-11-16", "2026-11-21"])
    // Names are masked by default.
    #expect(report.handedUp.map(\.resident) == ["钱*", "李*", "周*"])
  }

  @Test func gridsAndRepeatResidents() {
    #expect(report.grids.map(\.gridID) == ["G1", "G2", "G3", nil])
    #expect(report.grids.map(\.received) == [4, 3, 2, 1])  // G1: C D F L; G2: E H I; G3: M N; none: G
    #expect(report.grids.map(\.resolved) == [2, 0, 2, 1])
    #expect(report.grids.map(\.open) == [2, 3, 0, 0])
    // C, D and L come from one resident (the phone written two ways).
    #expect(report.repeatResidents.count == 1)
    let r = report.repeatResidents[0]
    #expect(r.cases == 3)
    #expect(r.name == "王**")
    #expect(r.phone == "138****5678")
    #expect(r.caseIDs == ["HJ-20261107-001", "HJ-20261107-002", "HJ-20261127-001"])
  }

  @Test func weeks() {
    // Mondays from Oct 26 (the week holding Nov 1) to Nov 30.
    #expect(
      report.weeks.map { $0.monday.description } == [
        "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30",
      ])
    #expect(report.weeks.map(\.received) == [0, 4, 2, 1, 2, 1])  // M N C D | E F | G | L H | I
    #expect(report.weeks.map(\.resolved) == [0, 4, 0, 1, 0, 0])
    #expect(report.weeks.map(\.onSpot) == [0, 1, 0, 0, 0, 0])
    #expect(report.weeks.map(\.escalations) == [0, 2, 2, 0, 1, 0])  // A N | B E | — | E
    #expect(report.weeks.map(\.handedUp) == [0, 0, 1, 2, 0, 0])  // B | F G
  }

  @Test func patterns() {
    // Mon: M E I; Tue: N; Fri: L; Sat: C D F G H.
    #expect(report.weekdayPattern.totals == [3, 1, 0, 0, 1, 5, 0])
    #expect(report.weekdayPattern.rows.first?.counts == [2, 1, 0, 0, 0, 1, 0])  // neighbour: E I | N | C
    #expect(report.weekdayPattern.rows.count == 5)  // five categories, no "other" row
    #expect(report.monthPattern.columns.map(\.zh) == ["2026年11月"])
    #expect(report.monthPattern.totals == [10])
  }

  @Test func withNamesShowsThem() {
    let builder = ReportBuilder(rules: engine.rules, calendar: engine.calendar)
    var request = ReportDataSet.november()
    request.withNames = true
    let named = builder.build(
      histories: Array(histories.values), request: request, generatedAt: Date())
    #expect(named.repeatResidents.first?.name == "王秀英")
    #expect(named.repeatResidents.first?.phone == "13812345678")
    #expect(named.handedUp.first?.resident == "钱二")
  }

  @Test func sessionReportReadsStatesAtTheSessionDaysEnd() {
    // S1 (Nov 7): C and D. At Nov 8 00:00 C is settled and closed, D assigned. D's first
    // contact is due Nov 9, so it is not counted yet: response 1 of 1.
    let cal = engine.calendar
    let period = ReportPeriod(
      kind: .session, first: CivilDate(2026, 11, 7), last: CivilDate(2026, 11, 7), calendar: cal)
    let request = ReportRequest(
      period: period, scope: ReportScope(sessions: [ReportDataSet.s1]), asOf: period.end)
    let r = ReportBuilder(rules: engine.rules, calendar: cal).build(
      histories: Array(histories.values), request: request, generatedAt: Date())
    #expect(r.received == 2)
    #expect(r.resolved == 1)
    #expect(r.onSpot == 1)
    #expect(r.rate(.response) == Rate(1, of: 1))
    #expect(r.openAtEnd == 1)
    #expect(r.escalations == 0)
  }

  @Test func laterCutOffSeesDecember() {
    // Read at Dec 10: E was resolved Dec 2 and rated satisfied, L resolved Dec 3. K is
    // received after the period and never counted.
    let r = ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
      histories: Array(histories.values),
      request: ReportDataSet.november(asOf: EngineFixture.at("2026-12-10 00:00")),
      generatedAt: Date())
    #expect(r.received == 10)
    #expect(r.rate(.resolution) == Rate(7, of: 10))
    #expect(r.rate(.satisfaction) == Rate(4, of: 4))  // E's latest rating is now satisfied
    #expect(r.escalations == 5)  // activity stays within the period
  }

  @Test func gridScope() {
    let r = ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
      histories: Array(histories.values),
      request: ReportDataSet.november(scope: ReportScope(gridID: "G1")),
      generatedAt: Date())
    #expect(r.received == 4)  // C D F L
    #expect(r.handedUpCount == 1)  // F
    #expect(r.escalations == 1)  // A (G1, received in October)
    #expect(r.openAtEnd == 2)  // F L
  }
}

@Suite("Booth sessions folded from their events")
struct BoothSessionTests {
  @Test func openCloseResume() throws {
    let sessions = ReportDataSet.sessions()
    let s1 = try #require(BoothSession.replay(sessions[0]))
    #expect(s1.day == CivilDate(2026, 11, 7))
    #expect(s1.place == "六堰社区党群服务中心")
    #expect(s1.staff == ["王芳", "李娜"])
    #expect(!s1.isOpen)
    #expect(s1.shortID == "11111111")

    var events = sessions[0]
    events.append(
      Event(
        caseUUID: ReportDataSet.s1, kind: .sessionOpened, at: EngineFixture.at("2026-11-07 14:00"),
        operator: "何涛", device: "dev-a", seq: 9010,
        data: BoothSession.openingData(
          day: CivilDate(2026, 11, 7), place: nil, staff: ["李娜", "何涛"])))
    let resumed = try #require(BoothSession.replay(events))
    #expect(resumed.isOpen)
    #expect(resumed.staff == ["王芳", "李娜", "何涛"])
    #expect(resumed.place == "六堰社区党群服务中心")
    #expect(resumed.openedAt == EngineFixture.at("2026-11-07 08:30"))
  }

  @Test func createdEventNamesTheSession() throws {
    let cases = try ReportDataSet.cases()
    #expect(cases["C"]?.first?.data.session == ReportDataSet.s1)
    #expect(cases["M"]?.first?.data.session == nil)
  }
}
