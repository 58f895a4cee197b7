import Foundation
import ShuoshiCore
import ShuoshiReports
import TestSupport
import Testing

/// A receipt says where the case stands when it is printed (or reprinted): settled at the
/// table, resolved, closed, escalated; and where and whom the resident can ask (issue 15).
@Suite("Receipts that stay true")
struct ReceiptStandingTests {
  let engine = EngineFixture.engine

  func text(_ story: String, place: String? = "六堰社区党群服务中心", phone: String? = "0719-8888888")
    throws -> String
  {
    let events = try #require(try ReportDataSet.cases()[story])
    let c = try #require(Case.replay(events))
    let r = Receipt(
      case: c, history: events, rules: engine.rules, calendar: engine.calendar, lang: .zh,
      boothPhone: phone, unitName: "六堰社区", session: nil, boothPlace: place)
    return r.lines(width: 120).joined(separator: "\n")
  }

  @Test func itNamesTheBoothsPlaceAndPhone() throws {
    #expect(try text("B").contains("凭编号到六堰社区党群服务中心或致电 0719-8888888 查询办理进度"))
    #expect(try text("B", phone: nil).contains("凭编号到六堰社区党群服务中心查询办理进度"))
    #expect(try text("B", place: nil).contains("凭编号致电 0719-8888888 查询办理进度"))
    #expect(try text("B", place: nil, phone: nil).contains("凭编号查询办理进度"))
  }

  @Test func aCaseSettledOnTheSpotWaitsForNoAssignment() throws {
    let t = try text("C")
    #expect(t.contains("已当场化解：当场说开"))
    #expect(!t.contains("待派单") && !t.contains("承办"))
    #expect(!t.contains("办理时限"))
  }

  @Test func aResolvedCaseSaysSoAndAsksForTheRating() throws {
    let t = try text("G")
    #expect(t.contains("2026-11-27 已办结，待评价：街道协调清运"))
    #expect(t.contains("承办      汉江路街道办"))
    #expect(!t.contains("办理时限") && !t.contains("首次联系"))
    #expect(t.contains("办结后请对办理结果作出评价"))
  }

  @Test func aClosedCaseAsksNothingMore() throws {
    let t = try text("D")
    #expect(t.contains("2026-11-20 已办结：物业已维修"))
    #expect(!t.contains("办结后请对办理结果作出评价"))
  }

  @Test func anEscalatedCaseShowsItsTierOwnerAndCurrentDeadline() throws {
    let events = try #require(try ReportDataSet.cases()["B"])
    let c = try #require(Case.replay(events))
    let t = try text("B")
    #expect(c.tier == .street && c.tierAtIntake == .district)
    #expect(t.contains("上交（上交街道办理），由片区升级"))
    let deadline = try #require(c.deadline.map(engine.calendar.civilDate(of:)))
    #expect(t.contains("\(deadline) 前办结（20 个工作日）"))
  }
}
