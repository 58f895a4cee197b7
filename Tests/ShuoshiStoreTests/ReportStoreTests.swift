import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

@Suite("Reports and booth sessions in the store")
struct ReportStoreTests {
  let engine = EngineFixture.engine

  /// A store holding the hand-built data set and its sessions.
  func loaded(_ f: StoreFixture) throws -> (CaseStore, [[Event]]) {
    let store = try f.open()
    let histories = Array(try ReportDataSet.cases().values)
    try store.bulkInsert(histories + ReportDataSet.sessions())
    return (store, histories)
  }

  func requests() -> [ReportRequest] {
    let cal = engine.calendar
    var out = [
      ReportDataSet.november(),
      ReportDataSet.november(asOf: EngineFixture.at("2026-11-20 12:00")),
      ReportDataSet.november(asOf: EngineFixture.at("2026-12-10 00:00")),
      ReportDataSet.november(scope: ReportScope(gridID: "G1")),
      ReportDataSet.november(scope: ReportScope(sessions: [ReportDataSet.s1, ReportDataSet.s3])),
    ]
    let december = ReportPeriod.month(year: 2026, month: 12, calendar: cal)
    out.append(ReportRequest(period: december, asOf: EngineFixture.at("2026-12-05 12:00")))
    let october = ReportPeriod.month(year: 2026, month: 10, calendar: cal)
    out.append(ReportRequest(period: october, asOf: october.end))
    out.append(
      ReportRequest(
        period: .week(of: CivilDate(2026, 11, 11), calendar: cal),
        asOf: EngineFixture.at("2026-11-16 00:00")))
    return out
  }

  @Test func fastReadingEqualsTheReplay() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let (store, histories) = try loaded(f)
    let builder = ReportBuilder(rules: engine.rules, calendar: engine.calendar)
    let at = EngineFixture.at("2026-12-05 09:00")
    for request in requests() {
      let fast = try store.report(
        request, rules: engine.rules, calendar: engine.calendar, generatedAt: at)
      // The store stamps the data set's events as its own device's (the ledger's bulk insert).
      let sessions = ReportDataSet.sessions().compactMap(BoothSession.replay).map {
        var s = $0
        s.device = store.info.deviceID
        return s
      }
      let reference = builder.build(
        histories: histories, request: request, sessions: sessions, generatedAt: at)
      #expect(
        fast == reference, "\(request.period.first)…\(request.period.last) as of \(request.asOf)")
      let replayed = builder.build(
        facts: try store.reportFactsByReplay(request, calendar: engine.calendar), request: request,
        sessions: sessions, generatedAt: at)
      #expect(fast == replayed)
    }
    let november = try store.report(
      ReportDataSet.november(), rules: engine.rules, calendar: engine.calendar, generatedAt: at)
    #expect(november.received == 10)
    #expect(november.rate(.onTime) == Rate(3, of: 5))
  }

  @Test func fastReadingEqualsTheReplayOnTheDemoStreet() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let now = EngineFixture.at("2026-11-28 10:00")
    _ = try DemoGenerator(caseCount: 600, seed: 7).generate(into: store, engine: engine, now: now)
    let cal = engine.calendar
    let builder = ReportBuilder(rules: engine.rules, calendar: cal)
    let october = ReportPeriod.month(year: 2026, month: 10, calendar: cal)
    let november = ReportPeriod.month(year: 2026, month: 11, calendar: cal)
    for request in [
      ReportRequest(period: october, asOf: october.end),
      ReportRequest(period: october, asOf: EngineFixture.at("2026-10-20 12:00")),
      ReportRequest(period: november, asOf: ReportRequest.defaultAsOf(period: november, now: now)),
      ReportRequest(
        period: .week(of: CivilDate(2026, 9, 9), calendar: cal),
        asOf: EngineFixture.at("2026-11-01 00:00")),
    ] {
      let fast = try store.report(request, rules: engine.rules, calendar: cal, generatedAt: now)
      let replayed = builder.build(
        facts: try store.reportFactsByReplay(request, calendar: cal), request: request,
        generatedAt: now)
      #expect(fast == replayed, "\(request.period.first) as of \(request.asOf)")
      #expect(fast.received > 0)
    }
  }

  @Test func unitNeedsTheRegister() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let (store, _) = try loaded(f)
    #expect(throws: ReportError.unitsPending(unit: "U1")) {
      try store.report(
        ReportDataSet.november(scope: ReportScope(unitID: "U1")), rules: engine.rules,
        calendar: engine.calendar, generatedAt: Date())
    }
  }

  @Test func theMigrationAddsItsIndexesAndReportsUseThem() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let indexes = try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    for name in [
      "events_sessions", "events_created_by_session", "events_report_kinds", "events_moves_by_time",
      "cases_by_updated",
    ] {
      #expect(indexes.contains(name), "\(name)")
    }
    #expect(CaseStore.schemaVersion == "v11-warning-merge")
    func plan(_ sql: String) throws -> String {
      try store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
          .joined(separator: "\n")
      }
    }
    #expect(
      try plan(
        "SELECT case_uuid FROM events WHERE kind IN ('escalated', 'retiered') AND at >= 0 AND at < 1"
      )
      .contains("events_moves_by_time"))
    #expect(
      try plan(SessionLog.caseUUIDsSQL(count: 1).replacingOccurrences(of: "?", with: "'x'"))
        .contains("events_created_by_session"))
    #expect(
      try plan(
        "SELECT * FROM events WHERE kind IN (\(ReportReader.kindList)) AND case_uuid IN ('a', 'b') ORDER BY hlc, device, seq"
      )
      .contains("events_report_kinds"))
    #expect(
      try plan("\(EventRow.selectSQL) WHERE \(SessionLog.kinds) \(EventRow.ledgerOrder)").contains(
        "events_sessions"))
    #expect(
      try plan("SELECT uuid FROM cases WHERE received_at < 5 AND updated_at >= 3").contains(
        "cases_by_updated"))
  }

  @Test func sessionsOpenResumeCloseAndLinkCases() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let day = CivilDate(2026, 11, 28)
    let now = EngineFixture.at("2026-11-28 08:30")
    let opened = try store.openBoothDay(
      BoothDayRequest(day: day, place: "六堰社区党群服务中心", staff: ["王芳"]), by: f.actor, now: now)
    let s = opened.session
    #expect(s.isOpen && opened.change == .opened)
    // Opening again with nothing new returns the same session without a new event.
    let events = try store.eventCount()
    let again = try store.openBoothDay(
      BoothDayRequest(day: day), by: f.actor, now: now.addingTimeInterval(60))
    #expect(again.session.uuid == s.uuid && again.change == .alreadyOpen)
    #expect(try store.eventCount() == events)

    let taken = try store.add(
      f.intake("楼上漏水", at: "2026-11-28 09:00"), engine: engine, by: f.actor, now: now)
    let settled = try store.addSettledOnSpot(
      f.intake("咨询低保怎么申请", at: "2026-11-28 09:20"), summary: "当场答复政策", engine: engine, by: f.actor,
      now: now)
    #expect(settled.state == .resolved)
    #expect(try store.history(of: settled).map(\.kind) == [.created, .triaged, .resolved])
    #expect(try store.history(of: settled).last?.data.onSpot == true)
    // Another day is not in the session.
    let other = try store.add(
      f.intake("路灯坏了", at: "2026-11-29 10:00"), engine: engine, by: f.actor, now: now)
    #expect(try store.cases(inSessions: [s.uuid]).map(\.id) == [taken.id, settled.id])
    #expect(try store.history(of: other).first?.data.session == nil)

    let closed = try store.closeSession(day: day, by: f.actor, now: now.addingTimeInterval(3600))
    #expect(!closed.isOpen)
    #expect(throws: SessionError.noneOpen(day: "2026-11-28")) {
      try store.closeSession(day: day, by: f.actor, now: now)
    }
    let after = try store.add(
      f.intake("噪音", at: "2026-11-28 14:00"), engine: engine, by: f.actor, now: now)
    #expect(try store.history(of: after).first?.data.session == nil)
    // Resuming reopens the same session and adds staff.
    let reopened = try store.openBoothDay(
      BoothDayRequest(day: day, staff: ["李娜"]), by: f.actor, now: now.addingTimeInterval(7200))
    #expect(reopened.change == .resumed)
    let resumed = reopened.session
    #expect(resumed.uuid == s.uuid && resumed.isOpen)
    #expect(resumed.staff == ["王芳", "李娜"])
    #expect(try store.session(matching: s.shortID).uuid == s.uuid)
    #expect(try store.sessions(matching: "2026-11-28").map(\.uuid) == [s.uuid])
    #expect(throws: SessionError.notFound(key: "2026-01-01")) {
      try store.sessions(matching: "2026-01-01")
    }

    // A session report counts just its cases.
    let period = ReportPeriod(kind: .session, first: day, last: day, calendar: engine.calendar)
    let report = try store.report(
      ReportRequest(period: period, scope: ReportScope(sessions: [s.uuid]), asOf: period.end),
      rules: engine.rules,
      calendar: engine.calendar, generatedAt: now)
    #expect(report.received == 2)
    #expect(report.onSpot == 1)
    #expect(report.sessions.map(\.uuid) == [s.uuid])
  }

  @Test func settlingOnTheSpotNeedsASummary() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    #expect(throws: StoreError.engine(.invalidField(.summary, .empty))) {
      try store.addSettledOnSpot(
        f.intake("咨询"), summary: " ", engine: engine, by: f.actor, now: Date())
    }
    #expect(try store.isEmpty())  // nothing half-saved
  }
}
