import Foundation
import ShuoshiCore
import ShuoshiReports
import TestSupport
import Testing

/// The receipt's “(N 个工作日)” agrees with the deadline the case's events recorded (issue 14).
@Suite struct UrgentReceiptTests {
  let text = "楼道里有人堆放电动车电池充电，有起火危险"

  func receipt(engine: CaseEngine) throws -> Receipt {
    let now = EngineFixture.at("2026-11-25 10:00")
    let intake = Intake(
      resident: Resident(name: "王大妈", phone: "13812345678", address: "六堰社区3栋2单元502"),
      text: text, receivedAt: now)
    let uuid = UUID()
    let events = try engine.intake(intake, caseID: "HJ-TEST-001").enumerated().map { i, d in
      Event(
        caseUUID: uuid, kind: d.kind, at: now, operator: "测试员", device: "dev-a", seq: Int64(i + 1),
        data: d.data)
    }
    let c = try #require(Case.replay(events))
    let rules = EngineFixture.engine.rules
    return Receipt(
      case: c, history: events, rules: rules, calendar: engine.calendar, lang: .zh,
      boothPhone: nil, unitName: nil, session: nil)
  }

  @Test func anUrgentCaseSaysOneWorkingDay() throws {
    let r = try receipt(engine: EngineFixture.engine)
    #expect(r.deadlineDays == 1)
    #expect(r.deadline?.description == "2026-11-26")
    #expect(r.firstContactDue?.description == "2026-11-25")
  }

  @Test func aCaseTakenInUnderTheOldRuleKeepsItsDays() throws {
    let old = CaseEngine(
      rules: EngineFixture.engine.rules.withoutUrgentDeadlines(),
      calendar: EngineFixture.engine.calendar)
    let r = try receipt(engine: old)
    #expect(r.deadlineDays == 15)
    #expect(r.firstContactDue?.description == "2026-11-26")
  }
}
