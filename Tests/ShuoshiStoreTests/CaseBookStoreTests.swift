import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The case book (台账) read through the store equals the one replayed from the histories.
@Suite("Case book in the store")
struct CaseBookStoreTests {
  let engine = EngineFixture.engine

  @Test func storeEntriesEqualTheReplayedOnes() throws {
    let f = StoreFixture()
    let store = try f.open()
    let histories = Array(try ReportDataSet.cases().values)
    try store.bulkInsert(histories + ReportDataSet.sessions())
    let now = EngineFixture.at("2026-12-05 09:00")
    var request = ReportDataSet.november()
    request.asOf = now
    let read = try store.caseBookEntries(
      request, calendar: engine.calendar, by: Actor("测试员"))
    let sessions = ReportDataSet.sessions().compactMap(BoothSession.replay)
    let replayed = CaseBook.entries(
      histories: histories, sessions: sessions, asOf: now, calendar: engine.calendar)
    func book(_ entries: [CaseBook.Entry]) -> CaseBook {
      CaseBook(
        entries: entries, period: request.period, unit: nil, withNames: true, generatedAt: now,
        rules: engine.rules)
    }
    #expect(read.count == 10)  // November's cohort only, as the report's 受理
    #expect(book(read) == book(replayed))
    let c = try #require(read.first { $0.case.id == "HJ-20261107-001" })
    #expect(c.onSpot)
    #expect(c.sessionPlace == "六堰社区党群服务中心")
    #expect(try store.reportUnitName(for: nil, configured: "六堰社区") == "六堰社区")
  }
}
