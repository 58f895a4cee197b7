import Foundation
import ShuoshiCore
import ShuoshiReports
import TestSupport
import Testing

@testable import ShuoshiStore

/// The report's `15-group-cases`: groups of the period, their children and households, and how
/// they ended; no table (and no JSON key) in a period without a group case.
@Suite("Group cases in reports")
struct GroupCaseReportTests {
  let now = EngineFixture.at("2026-12-01 10:00")

  @Test func theTableCountsGroupsChildrenHouseholdsAndOutcome() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    // Four complaints, two of them from one household (same phone).
    let phones = ["13812340001", "13812340002", "13812340003", "13812340003"]
    let children = try phones.enumerated().map { i, phone in
      var intake = f.intake("工地拖欠工资", name: "工人\(i)", at: "2026-12-01 09:00")
      intake.resident.phone = phone
      return try store.add(intake, engine: f.engine, by: f.actor, now: now, route: false)
    }
    let december = ReportPeriod.month(year: 2026, month: 12, calendar: f.engine.calendar)
    let request = ReportRequest(period: december, asOf: now.addingTimeInterval(3600))
    func report() throws -> Report {
      try store.report(
        request, rules: f.engine.rules, calendar: f.engine.calendar, generatedAt: now)
    }
    #expect(try report().groupCases == nil)
    #expect(
      !ReportTables(try report(), lang: .zh, timeZone: EngineFixture.zone).all.contains {
        $0.key == "15-group-cases"
      })
    let parent = try store.formGroup(
      GroupCaseRequest(children: children.map(\.id), summary: "同一工地拖欠工资"), engine: f.engine,
      by: f.actor, now: now)
    _ = try store.perform(
      .resolve(summary: "协调劳动监察，工资已发放", onSpot: false), on: parent.id, engine: f.engine,
      by: f.actor, now: now.addingTimeInterval(60))
    let counts = try #require(try report().groupCases)
    #expect(counts.groups == 1 && counts.groupsResolved == 1)
    #expect(counts.children == 4 && counts.households == 3)
    #expect(counts.childrenResolved == 4 && counts.childrenFollowedUp == 0)
    let table = try #require(
      ReportTables(try report(), lang: .zh, timeZone: EngineFixture.zone).all.last)
    #expect(table.key == "15-group-cases")
    #expect(table.rows.first == ["母案", "1"])
    #expect(table.rows.contains(["  涉及户数", "3"]))
    // The 台账 names each child's 母案 after its 办理情况.
    let book = CaseBook(
      entries: try store.caseBookEntries(request, calendar: f.engine.calendar, by: f.actor),
      period: december,
      unit: nil, withNames: false, generatedAt: now, rules: f.engine.rules)
    let rows = CaseBookTable(book, lang: .zh, timeZone: EngineFixture.zone).rows
    let child = try #require(rows.first { $0[1] == children[0].id })
    #expect(child[11] == "已办结：协调劳动监察，工资已发放（母案 \(parent.id)）")
    #expect(rows.first { $0[1] == parent.id }?[11] == "已办结：协调劳动监察，工资已发放")
  }
}
