import Foundation
import Testing

@testable import ShuoshiCore

/// The issue's scenarios on the pure linker: which cases are one matter, and the level.
@Suite("Matter linking and warning levels")
struct MatterLinkerTests {
  static let day0 = Date(timeIntervalSince1970: 1_796_000_000)
  static let rules = WarningRules.standard

  static func make(
    _ text: String, address: String, phone: String, day: Double, name: String = "居民",
    others: [String] = []
  ) -> Case {
    var c = Case(
      uuid: UUID(), id: "T-\(phone.suffix(4))", receivedAt: day0.addingTimeInterval(day * 86_400),
      resident: Resident(name: name, phone: phone, address: address), text: text)
    c.otherParties = others
    return c
  }

  /// Twelve households of 中瑞·领航城 about 中瑞物业 over ten days, each in their own words.
  static let compound: [Case] = [
    "中瑞物业把电梯停了半个月，老人上不了楼", "中瑞物业乱收停车费，涨了一倍也不公示",
    "物业费涨价没开业主大会，中瑞物业说不交就停水", "中瑞物业的保安不让快递进小区",
    "中瑞物业不修漏水的屋顶，家里墙都发霉了", "垃圾三天没人清，找中瑞物业没人管",
    "中瑞物业把绿地改成停车位收费", "小区门禁坏了，中瑞物业一直不修",
    "中瑞物业收了维修基金不公开账目", "中瑞物业经理态度恶劣还骂业主",
    "地下车库积水，中瑞物业不抽水", "中瑞物业停了二期的热水，业主意见很大",
  ].enumerated().map { i, text in
    make(
      text, address: "中瑞·领航城\(i + 1)栋1单元\(100 * (i % 6 + 1) + 1)",
      phone: "1390000\(String(format: "%04d", i))", day: Double(i) * 0.8)
  }

  /// Around them: other matters of the same compound, of the same street, the same days.
  static let noise: [Case] = [
    make("楼上每天半夜装修电钻声吵得睡不着", address: "中瑞·领航城3栋2单元502", phone: "13800001111", day: 1),
    make("隔壁家的狗整夜叫", address: "中瑞·领航城3栋1单元301", phone: "13800002222", day: 2),
    make("楼下开了麻将馆天天吵到凌晨", address: "中瑞·领航城3栋2单元702", phone: "13800003333", day: 3),
    make("孩子上学的入学证明怎么开", address: "中瑞·领航城5栋1单元201", phone: "13800004444", day: 4),
    make("锦绣家园物业不修路灯，晚上太黑", address: "锦绣家园2栋1单元101", phone: "13800005555", day: 5),
    make("在宏达工地干了三个月，包工头拖欠工资", address: "七里垭村3组15号", phone: "13800006666", day: 6),
  ]

  static func clusters(_ cases: [Case]) -> [[MatterLinkProfile]] {
    MatterLinkClusters.find(cases.map(MatterLinkProfile.init), linker: MatterLinker(rules: rules))
      .clusters
  }

  @Test func twelveHouseholdsOfOneCompoundAboutOnePropertyCompanyAreOneRedMatter() {
    let found = Self.clusters(Self.compound + Self.noise)
    #expect(found.count == 1)
    let matter = found.first ?? []
    #expect(Set(matter.map(\.caseUUID)) == Set(Self.compound.map(\.uuid)))
    let w = WarningAssessment(matter, rules: Self.rules)
    #expect(w.level == .red)
    #expect(w.households == 12)
    #expect(w.place == "中瑞·领航城")
    #expect(w.party == "中瑞物业")
    #expect(w.firstAt == Self.compound[0].receivedAt)
  }

  @Test func threeUnrelatedNoiseComplaintsInOneBuildingRaiseNothing() {
    #expect(Self.clusters(Array(Self.noise.prefix(3))).isEmpty)
  }

  @Test func theLinkSaysWhy() {
    let a = MatterLinkProfile(Self.compound[0])
    let b = MatterLinkProfile(Self.compound[1])
    let link = MatterLinker(rules: Self.rules).link(a, b)
    let text = link?.text(.zh) ?? ""
    #expect(text.hasPrefix("同一小区 中瑞·领航城；同一对象 中瑞物业；文字相似 0."))
    #expect(link?.text(.en).contains("same party 中瑞物业") == true)
  }

  @Test func wageComplaintsFromOneWorksiteLinkAcrossHomes() {
    let wages = [
      Self.make("在宏达工地干了三个月，包工头拖欠工资不给", address: "七里垭村3组15号", phone: "13700000001", day: 0),
      Self.make("宏达工地欠我们工资两个月了", address: "六堰社区2栋1单元301", phone: "13700000002", day: 1),
      Self.make("宏达工地老板跑了，工资没结", address: "青山村1组2号", phone: "13700000003", day: 2),
    ]
    let found = Self.clusters(wages)
    #expect(found.count == 1 && found[0].count == 3)
    #expect(WarningAssessment(found[0], rules: Self.rules).level == .yellow)
  }

  @Test func outsideTheWindowNothingLinks() {
    let a = Self.compound[0]
    var b = Self.compound[1]
    b.receivedAt = a.receivedAt.addingTimeInterval(15 * 86_400)
    #expect(MatterLinker(rules: Self.rules).link(.init(a), .init(b)) == nil)
  }

  @Test func householdsAreCountedOnce() {
    // The same resident coming back three times is one household, not a warning.
    let again = (0..<3).map { i in
      Self.make("中瑞物业停水\(i)天了", address: "中瑞·领航城1栋1单元101", phone: "13911112222", day: Double(i))
    }
    let found = Self.clusters(again)
    #expect(found.count == 1)
    #expect(WarningAssessment(found[0], rules: Self.rules).level == nil)
  }

  @Test func aGroupWordMakesTwoHouseholdsRed() {
    let two = [
      Self.make("中瑞物业停水，业主说要拉横幅", address: "中瑞·领航城1栋1单元101", phone: "13911110001", day: 0),
      Self.make("中瑞物业停水三天", address: "中瑞·领航城2栋1单元101", phone: "13911110002", day: 1),
    ]
    let w = WarningAssessment(Self.clusters(two)[0].map { $0 }, rules: Self.rules)
    #expect(w.level == .red && w.groupWord == "拉横幅")
  }

  @Test func levelsFollowTheThresholds() {
    let r = Self.rules
    #expect(r.level(households: 2, groupWord: false) == nil)
    #expect(r.level(households: 3, groupWord: false) == .yellow)
    #expect(r.level(households: 5, groupWord: false) == .orange)
    #expect(r.level(households: 10, groupWord: false) == .red)
    #expect(r.level(households: 1, groupWord: true) == nil)
  }

  @Test func theWarningSectionIsReadAndCheckedWithItsLine() throws {
    let category = "categories:\n  - id: a\n    zh: 甲\n    en: A\n    tier: 户\n    keywords: 甲\n"
    let rules = try RoutingRules.parse(
      yaml: "warning:\n  window_days: 10\n  households: {yellow: 4, orange: 6, red: 12}\n"
        + "  group_words: [集体]\n  similarity: 0.4\n" + category, file: "r.yaml")
    #expect(rules.warning.windowDays == 10 && rules.warning.yellowHouseholds == 4)
    #expect(rules.warning.groupWords == ["集体"] && rules.warning.similarity == 0.4)
    let bad = configError {
      _ = try RoutingRules.parse(
        yaml: "warning:\n  households: {yellow: 5, orange: 4}\n" + category, file: "r.yaml")
    }
    #expect(bad?.line == 2)
    let sim = configError {
      _ = try RoutingRules.parse(yaml: "warning:\n  similarity: 2\n" + category, file: "r.yaml")
    }
    #expect(sim?.line == 2 && sim?.message(.zh).contains("0 到 1") == true)
  }
}

/// The warning events' JSON: pinned, and read back into the same warning.
@Suite("Warning events")
struct WarningEventTests {
  @Test func theRaisedEventsJSONIsPinnedAndReplays() throws {
    let a = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    let raised = EventPayload.warningRaised(
      .init(
        level: .orange, cases: [a], households: 5, place: "中瑞·领航城", party: "中瑞物业",
        firstAt: Date(timeIntervalSince1970: 1_796_000_000), reason: nil))
    #expect(
      raised.json
        == #"{"cases":["00000000-0000-0000-0000-00000000000A"],"firstAt":1796000000000,"households":5,"level":"orange","party":"中瑞物业","place":"中瑞·领航城"}"#
    )
    #expect(try EventPayload(kind: .warningRaised, json: raised.json) == raised)
    let dismissed = EventPayload.warningDismissed(.init(reason: "不是一件事"))
    #expect(dismissed.json == #"{"reason":"不是一件事"}"#)
    let w = UUID()
    func event(_ p: EventPayload, _ t: Double) -> Event {
      Event(
        caseUUID: w, kind: p.kind, at: Date(timeIntervalSince1970: t), operator: "王芳",
        device: "d", seq: Int64(t), data: p.data)
    }
    let replayed = try #require(
      Warning.replay([event(raised, 1), event(.warningAcknowledged(.init()), 2)]))
    #expect(replayed.level == .orange && replayed.state == .acknowledged)
    // A higher level opens it again; a lower one never lowers it.
    let red = EventPayload.warningRaised(.init(level: .red, cases: [a, UUID()], households: 10))
    let again = try #require(
      Warning.replay([
        event(raised, 1), event(.warningAcknowledged(.init()), 2), event(red, 3),
        event(.warningRaised(.init(level: .yellow)), 4),
      ]))
    #expect(again.level == .red && again.state == .open && again.cases.count == 2)
    #expect(again.firstAt == Date(timeIntervalSince1970: 1_796_000_000))
  }
}
