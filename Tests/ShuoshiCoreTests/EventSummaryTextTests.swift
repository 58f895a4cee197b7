import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// The one-line summary of every event kind in both languages, pinned: the words live in
/// `EventStrings` and `CoreStrings`, and the CLI, the console and reports all show these lines.
@Suite("Event summaries in both languages")
struct EventSummaryTextTests {
  static let data: EventData = {
    var d = EventData()
    d.resident = Resident(name: "王秀英", phone: "13812345678")
    d.category = "water"
    d.tier = .district
    d.fromTier = .household
    d.urgent = true
    d.deadline = EngineFixture.at("2026-11-30 09:00")
    d.escalation = .overdue
    d.assignee = "张德明"
    d.route = [RouteReason(.addressExact, text: "3栋2单元502"), RouteReason(.leastLoaded, count: 2)]
    d.volunteer = "李四"
    d.done = true
    d.minutes = 35
    d.unit = RegisterUnit(uuid: UUID(), name: "六堰社区", kind: .community)
    d.grid = Grid(uuid: UUID(), unitID: UUID(), name: "第一网格")
    d.household = Household(
      uuid: UUID(), unitID: UUID(),
      address: HouseholdAddress(building: "3", entrance: "2", room: "502"),
      members: [HouseholdMember(name: "王秀英")])
    d.person = Person(uuid: UUID(), name: "张德明", roles: [.gridHead, .buildingHead])
    d.reason = "楼上漏水"
    d.summary = "已上门调解"
    d.onSpot = true
    d.rating = .unsatisfied
    d.target = UUID(uuidString: "392769CE-0000-4000-8000-000000000001")
    d.superseded = [UUID(), UUID()]
    d.field = "tier"
    d.otherCaseID = "HJ-20261128-002"
    d.day = "2026-11-28"
    d.place = "党群服务中心"
    d.staff = ["王芳", "李明"]
    d.before = "13812345678"
    d.after = "13912345678"
    d.method = .phone
    d.reached = true
    d.solved = .partly
    d.days = 3
    d.grounds = .wrongTier
    d.owner = "张德明"
    d.on = true
    d.round = SurveyRound(
      gridID: UUID(), gridName: "第一网格", day: CivilDate(2026, 11, 28), households: 32,
      zeroReport: true)
    return d
  }()

  static let expected: [EventKind: (zh: String, en: String)] = [
    .created: ("登记受理（王秀英）", "received (王秀英)"),
    .triaged: (
      "分类：water → 片区，紧急，期限 2026-11-30", "triaged: water → district, urgent, due 2026-11-30"
    ),
    .retiered: ("调整层级 户 → 片区：楼上漏水", "retiered household → district: 楼上漏水"),
    .assigned: (
      "派单给 张德明：楼上漏水〔地址“3栋2单元502”与住户台账一致；在办案件最少（2 件）〕",
      "assigned to 张德明: 楼上漏水 [address \"3栋2单元502\" matches a registered household; fewest open cases (2)]"
    ),
    .noted: ("备注：楼上漏水", "note: 楼上漏水"),
    .visited: ("走访/联系（35 分钟）：楼上漏水", "visit/contact (35 min): 楼上漏水"),
    .waiting: ("挂起等待，期限暂停：楼上漏水", "waiting, clock paused: 楼上漏水"),
    .resumed: ("恢复办理，期限顺延至 2026-11-30", "resumed, due 2026-11-30"),
    .resolved: ("办结（当场化解）：已上门调解", "resolved (on the spot): 已上门调解"),
    .rated: ("群众评价：不满意：楼上漏水", "rated unsatisfied: 楼上漏水"),
    .reopened: ("重新打开：楼上漏水", "reopened: 楼上漏水"),
    .escalated: (
      "升级（超期）户 → 片区，转交 张德明：楼上漏水〔地址“3栋2单元502”与住户台账一致；在办案件最少（2 件）〕",
      "escalated (overdue) household → district, to 张德明: 楼上漏水 [address \"3栋2单元502\" matches a registered household; fewest open cases (2)]"
    ),
    .undone: ("撤销上一操作", "undid the previous action"),
    .revealed: ("查看完整个人信息（电话、证件号）", "revealed full phone and ID numbers"),
    .settled: (
      "处理冲突（层级）：保留 392769ce，搁置 2 个并发版本：楼上漏水",
      "settled conflict (tier): kept 392769ce, set aside 2 concurrent version(s): 楼上漏水"
    ),
    .merged: ("合并重复案件 HJ-20261128-002（并入本案）", "merged duplicate HJ-20261128-002 into this case"),
    .mergedInto: ("作为重复案件并入 HJ-20261128-002", "merged into HJ-20261128-002 as a duplicate"),
    .unmerged: ("撤销与 HJ-20261128-002 的合并", "unmerged from HJ-20261128-002"),
    .erased: ("应居民要求删除个人信息（保留统计）", "personal details erased at the resident's request"),
    .dispatched: ("派单给志愿者 李四：楼上漏水", "dispatched to volunteer 李四: 楼上漏水"),
    .delivered: ("志愿者 李四 送单（35 分钟），已办完：楼上漏水", "delivered by 李四 (35 min), done: 楼上漏水"),
    .unitSaved: ("保存社区：六堰社区", "saved community 六堰社区"),
    .gridSaved: ("保存网格：第一网格", "saved grid 第一网格"),
    .householdSaved: ("保存住户：3栋2单元502（王秀英）", "saved household 3栋2单元502（王秀英）"),
    .personSaved: ("保存人员：张德明（网格长、楼栋长）", "saved person 张德明 (grid head, building head)"),
    .sessionOpened: (
      "开始说事场次 2026-11-28，地点：党群服务中心，值班：王芳、李明",
      "booth session 2026-11-28 opened, at 党群服务中心, on duty: 王芳, 李明"
    ),
    .sessionClosed: ("结束说事场次", "booth session closed"),
    .corrected: (
      "更正tier：13812345678 → 13912345678：楼上漏水", "corrected tier: 13812345678 → 13912345678: 楼上漏水"
    ),
    .voided: ("作废：楼上漏水", "voided: 楼上漏水"),
    .restored: ("恢复（撤销作废）：楼上漏水", "restored (void lifted): 楼上漏水"),
    .followedUp: (
      "回访（电话）：部分解决，不满意：楼上漏水", "followed up (phone): partly solved, unsatisfied: 楼上漏水"
    ),
    .extended: ("延期 3 个工作日，至 2026-11-30：楼上漏水", "extended by 3 working day(s) to 2026-11-30: 楼上漏水"),
    .returned: (
      "张德明 退单（层级不对），回到片区待派单：楼上漏水",
      "returned by 张德明 (wrong tier): back to dispatch at district: 楼上漏水"
    ),
    .urged: ("催办 张德明：楼上漏水", "urged 张德明: 楼上漏水"),
    .supervised: ("督办：楼上漏水", "supervised: 楼上漏水"),
    .roundRecorded: (
      "排查 第一网格 2026-11-28：走访 32 户，零报告",
      "survey round 第一网格 2026-11-28: 32 households visited, nothing found"
    ),
    .grouped: ("并入母案 HJ-20261128-002：楼上漏水", "joined group case HJ-20261128-002: 楼上漏水"),
    .ungrouped: ("移出母案 HJ-20261128-002：楼上漏水", "left group case HJ-20261128-002: 楼上漏水"),
    .warningRaised: ("黄色预警：0 件，0 户", "yellow warning: 0 cases, 0 households"),
    .warningAcknowledged: ("预警已阅：楼上漏水", "warning acknowledged: 楼上漏水"),
    .warningDismissed: ("预警已排除：楼上漏水", "warning dismissed: 楼上漏水"),
    .warningTakenOn: ("预警已转为群体案件", "warning taken on as a group case"),
    .warningMerged: ("预警已并入", "warning merged"),
  ]

  static func summary(_ kind: EventKind, _ data: EventData, _ lang: Lang) -> String {
    Event(caseUUID: UUID(), kind: kind, at: Date(), operator: "王芳", device: "d", seq: 1, data: data)
      .summary(
        rules: EngineFixture.engine.rules, lang: lang, calendar: EngineFixture.engine.calendar)
  }

  @Test("every kind, both languages", arguments: EventKind.allCases)
  func everyKind(_ kind: EventKind) throws {
    let want = try #require(Self.expected[kind], "no pinned summary for \(kind)")
    #expect(Self.summary(kind, Self.data, .zh) == want.zh)
    #expect(Self.summary(kind, Self.data, .en) == want.en)
  }

  /// A corrected category, urgency or empty value reads as people say it; after an erasure
  /// (values gone) the line still says what was corrected.
  @Test func correctionsNameTheFieldAndItsValues() {
    var d = EventData()
    d.field = "category"
    d.before = "neighbour"
    d.after = "family"
    d.reason = "登记时选错"
    #expect(Self.summary(.corrected, d, .zh) == "更正类别：邻里纠纷 → 婚姻家庭/赡养/继承：登记时选错")
    d.field = "urgent"
    d.before = "false"
    d.after = "true"
    #expect(Self.summary(.corrected, d, .zh) == "更正紧急：否 → 是：登记时选错")
    #expect(Self.summary(.corrected, d, .en) == "corrected urgent: no → yes: 登记时选错")
    d.field = "other-party"
    d.before = ""
    d.after = "物业"
    #expect(Self.summary(.corrected, d, .zh) == "更正对方：（空） → 物业：登记时选错")
    d.before = nil
    d.after = nil
    d.reason = nil
    #expect(Self.summary(.corrected, d, .zh) == "更正对方：… → …")
  }

  @Test func emptyReasonsAndMissingFieldsAddNothing() {
    var d = Self.data
    d.reason = ""
    d.urgent = false
    d.staff = []
    d.route = []
    #expect(Self.summary(.noted, d, .zh) == "备注")
    #expect(Self.summary(.noted, d, .en) == "note")
    #expect(Self.summary(.triaged, d, .en) == "triaged: water → district, due 2026-11-30")
    #expect(Self.summary(.sessionOpened, d, .zh) == "开始说事场次 2026-11-28，地点：党群服务中心")
    // A settling reason, even empty, keeps its separator (as it always has).
    #expect(Self.summary(.settled, d, .en).hasSuffix("concurrent version(s): "))
    #expect(Self.summary(.unitSaved, EventData(), .en) == "saved unit ")
    #expect(Self.summary(.unitSaved, EventData(), .zh) == "保存：")
    #expect(Self.summary(.triaged, EventData(), .zh) == "分类：其他 → ?")
  }
}
