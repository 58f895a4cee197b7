import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// The hub's reports read each case's facts kept at ingest (`hub_report_facts`), as a laptop
/// reads its `cases` rows: on a real PostgreSQL, the street's and the unit's reports equal the
/// laptop's own report on the same events, for a past month and for the month to date; the
/// 超期 and 督办 lists equal the full replay; a hub from before the facts fills them.
@Suite(.serialized) struct HubReportFactsTests {
  static let now = EngineFixture.at("2026-11-28 10:00")
  static let unit = "阳光社区"

  @Test func streetAndUnitReportsEqualTheLaptops() async throws {
    try await HubFixture.with { f in
      let store = try await Self.pushedDemo(f)
      let cal = f.engine.calendar
      for period in [
        ReportPeriod.month(year: 2026, month: 10, calendar: cal),
        ReportPeriod.month(year: 2026, month: 11, calendar: cal),
      ] {
        let asOf = ReportRequest.defaultAsOf(period: period, now: Self.now)
        let laptop = try store.report(
          ReportRequest(period: period, asOf: asOf), rules: f.engine.rules, calendar: cal,
          generatedAt: Self.now)
        #expect(laptop.received > 20 && laptop.resolved > 0 && laptop.openAtEnd > 0)
        let street = try await f.hub.report(
          unit: nil, period: period, engine: f.engine, now: Self.now)
        let own = try await f.hub.report(
          unit: Self.unit, period: period, engine: f.engine, now: Self.now)
        Self.expectSame(street.report, laptop, "street \(period.first)")
        Self.expectSame(own.report, laptop, "unit \(period.first)")
        #expect(street.units.map(\.name) == [Self.unit])
        if let first = street.units.first {
          Self.expectSame(first.report, laptop, "street's unit table \(period.first)")
        }
        // The hub's own full replay (the reading before the facts) agrees too.
        let replayed = Hub.replayReport(
          try await f.hub.webCases(unit: nil), period: period, engine: f.engine, now: Self.now)
        Self.expectSame(street.report, replayed, "replay \(period.first)")
      }
    }
  }

  @Test func overdueAndSupervisedListsEqualTheReplay() async throws {
    try await HubFixture.with { f in
      let store = try await Self.pushedDemo(f)
      // Three weeks on, with nothing done: cases still open have run past their deadlines.
      let later = EngineFixture.at("2026-12-18 10:00")
      let all = try await f.hub.webCases(unit: Self.unit)
      let overdue = try await f.hub.overdueCases(unit: Self.unit, now: later).map(\.current.id)
      #expect(!overdue.isEmpty)
      #expect(overdue == HubWebCaseList.overdue(all, now: later).map(\.current.id))
      // The laptop's own rows say the same.
      let running = CaseState.sqlIn(CaseState.running)
      let laptopOverdue = try await store.pool.read { db in
        try String.fetchAll(
          db,
          sql: "SELECT id FROM cases WHERE voided = 0 AND \(running) AND deadline < ? ORDER BY id",
          arguments: [Millis.from(later)])
      }
      #expect(overdue.sorted() == laptopOverdue)
      let supervised = try await f.hub.supervisedCases(unit: Self.unit).map(\.current.id)
      #expect(supervised == HubWebCaseList.supervised(all).map(\.current.id))
    }
  }

  @Test func aHubFromBeforeTheFactsFillsThemWhenItOpens() async throws {
    try await HubFixture.with { f in
      _ = try await Self.pushedDemo(f)
      let period = ReportPeriod.month(year: 2026, month: 11, calendar: f.engine.calendar)
      let before = try await f.hub.report(
        unit: nil, period: period, engine: f.engine, now: Self.now)
      #expect(try await f.hub.migrations().last == "hub-v3-report-facts")
      // As a hub upgraded from hub-v2-web finds itself: cases projected, no facts.
      try await f.hub.db.client.query("DELETE FROM hub_report_facts")
      try await f.hub.db.client.query("DELETE FROM hub_meta WHERE key = 'report-facts-filled'")
      let empty = try await f.hub.report(
        unit: nil, period: period, engine: f.engine, now: Self.now)
      #expect(empty.report.received == 0)
      let reopened = try await Hub.open(f.hub.db)
      let after = try await reopened.report(
        unit: nil, period: period, engine: f.engine, now: Self.now)
      #expect(after.report.received == before.report.received)
      Self.expectSame(after.report, before.report, "after the backfill")
    }
  }

  // MARK: - Helpers

  /// A demo laptop of 阳光社区 (about 400 cases over four months), every event pushed.
  static func pushedDemo(_ f: HubFixture) async throws -> CaseStore {
    let store = try f.laptop("阳光-1", letter: "A")
    _ = try DemoGenerator(caseCount: 400, days: 120, seed: 17).generate(
      into: store, engine: f.engine, now: now)
    let laptop = try await f.enroll(store, unit: unit, name: "阳光-1")
    var marks: [String: Int64] = [:]
    while true {
      let batch = try store.outgoingBatch(after: marks, devices: nil, limit: 1000)
      guard !batch.events.isEmpty else { break }
      _ = try await f.hub.push(batch.encoded(now: Date()), from: laptop, now: Date())
      for e in batch.events { marks[e.device] = max(marks[e.device] ?? 0, e.seq) }
    }
    return store
  }

  /// Equal in every figure and table; what only a laptop adds (booth sessions, survey rounds,
  /// group cases, warnings) and the title's unit are left out.
  static func expectSame(
    _ hub: Report, _ laptop: Report, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var l = laptop
    l.request = hub.request
    l.generatedAt = hub.generatedAt
    l.sessions = hub.sessions
    l.surveyRounds = hub.surveyRounds
    l.groupCases = hub.groupCases
    l.warnings = hub.warnings
    #expect(hub == l, "\(what)", sourceLocation: sourceLocation)
    #expect(hub.rates == laptop.rates, "\(what)", sourceLocation: sourceLocation)
  }
}

extension Hub {
  /// The report as the hub made it before the facts: every case of the scope replayed.
  static func replayReport(
    _ cases: [HubWebCase], period: ReportPeriod, engine: CaseEngine, now: Date
  )
    -> Report
  {
    let request = ReportRequest(
      period: period, asOf: ReportRequest.defaultAsOf(period: period, now: now))
    let kept = cases.filter { !$0.current.voided && $0.current.receivedAt < period.end }
    var report = ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
      histories: kept.map(\.history), request: request, generatedAt: now)
    let voided = cases.filter { $0.current.voided && period.contains($0.current.receivedAt) }
    report.voided = voided.isEmpty ? nil : voided.count
    return report
  }
}
