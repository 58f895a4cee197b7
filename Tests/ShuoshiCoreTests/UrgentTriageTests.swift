import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// Issue 14, “urgent means fast”: the complaints the booth trial got wrong, with the shipped
/// `data/routing.yaml`.
@Suite struct UrgentTriageTests {
  let rules: RoutingRules
  let triage: Triage

  init() throws {
    rules = try ShippedData.routing()
    triage = Triage(rules: rules)
  }

  /// The same shape as the general triage table.
  typealias Case = TriageTests.Case

  static let cases: [Case] = [
    // The trial's complaint: it got 其他 / 片区 / 15 working days.
    Case(
      text: "楼道里有人堆放电动车电池充电，有起火危险", category: "safety", tier: .district, urgent: true,
      words: ["电池", "充电", "起火"]),
    Case(text: "楼道里有人给电瓶充电", category: "safety", tier: .residence, words: ["充电"]),
    Case(
      text: "消防通道被堆满杂物堵死了", category: "safety", tier: .residence, words: ["消防通道", "堆满杂物"]),
    // Family support.
    Case(
      text: "我妈八十多了，子女不管，生活费也不给", category: "family", tier: .household,
      words: ["子女不管", "生活费"]),
    Case(text: "老人瘫在床上没人养", category: "family", tier: .household, words: ["没人养"]),
    // Group wage arrears: urgent at district.
    Case(
      text: "我们十几个工人在工地干了一年，老板欠了几十万工资，说年前发不了", category: "wages_group",
      tier: .district, urgent: true, words: ["十几个工人", "几十万", "工资", "老板"]),
    Case(
      text: "包工头拖欠工友们的工钱，过年前要回家", category: "wages_group", tier: .district,
      urgent: true, words: ["包工头", "工友们", "工钱", "过年前"]),
    // One worker, and a time long past: ordinary wages, not urgent.
    Case(text: "两年前老板欠我工资没给", category: "wages", tier: .district, words: ["老板"]),
    // Group words without any wage word are not wage arrears.
    Case(
      text: "拆迁补偿款几十万还没到位", category: "housing_land", tier: .residence, words: ["补偿款"]),
  ]

  @Test(arguments: cases) func classifies(_ c: Case) {
    let result = triage.classify(c.text)
    #expect(result.category == c.category)
    #expect(result.tier == c.tier)
    #expect(result.urgent == c.urgent)
    let named = result.reasons.compactMap(\.word).joined(separator: " ")
    for word in c.words { #expect(named.contains(word), "reasons should name \(word)") }
  }

  @Test func theTrialComplaintSaysWhyItsDeadlineIsShort() {
    let result = triage.suggest("楼道里有人堆放电动车电池充电，有起火危险")
    #expect(
      result.reasons.last
        == TriageReason(
          .urgentDeadline, word: "起火", tier: .district, days: 1, contactDays: 0))
    let lines = result.reasons.map { $0.text(.zh, rules: rules) }
    #expect(lines.last == "风险词“起火” → 当天联系，1 个工作日办结")
    #expect(
      result.reasons.last?.text(.en, rules: rules)
        == "risk word \"起火\" → contact the same day, resolve within 1 working day")
    // classify keeps its reasons as they were: only suggest adds the deadline.
    #expect(triage.classify("楼道里有人堆放电动车电池充电，有起火危险").reasons == Array(result.reasons.dropLast()))
  }

  @Test func anUrgentCategoryNamesItself() {
    let gas = triage.suggest("厨房闻到煤气味")
    #expect(
      gas.reasons.last
        == TriageReason(
          .urgentDeadline, category: "urgent_safety", tier: .district, days: 1, contactDays: 0))
    #expect(gas.reasons.last?.text(.zh, rules: rules) == "燃气/消防/危房/管道爆裂类紧急 → 当天联系，1 个工作日办结")
    let wages = triage.suggest("我们十几个工人被老板拖欠工资")
    #expect(wages.reasons.last?.text(.zh, rules: rules) == "群体欠薪类紧急 → 当天联系，3 个工作日办结")
  }

  @Test func ordinaryCasesGetNoDeadlineReason() {
    for text in ["楼上天天半夜跺脚噪音太大", "楼道里有人飞线给电动车充电", "今天天气不错"] {
      #expect(triage.suggest(text) == triage.classify(text))
    }
  }

  @Test func urgentDeadlinesPerTier() {
    // A risk word on an ordinary category: one working day at any tier, same-day contact.
    for tier in Tier.allCases {
      #expect(rules.deadlineDays(category: "safety", tier: tier, urgent: true) == 1)
    }
    #expect(rules.firstContactDays(urgent: true) == 0)
    #expect(rules.firstContactDays(urgent: false) == 1)
    // An urgent category keeps its own.
    #expect(rules.deadlineDays(category: "wages_group", tier: .district, urgent: true) == 3)
    #expect(rules.deadlineDays(category: "urgent_safety", tier: .street, urgent: true) == 1)
    // Not urgent: as before.
    #expect(rules.deadlineDays(category: "safety", tier: .district) == 15)
    #expect(rules.category(id: "wages_group")?.urgent == true)
    #expect(rules.category(id: "wages_group")?.base == "wages")
  }
}

/// Urgent deadlines set at intake, with the injected clock.
@Suite("Case engine: urgent deadlines at intake")
struct UrgentDeadlineEngineTests {
  @Test func theTrialComplaintOnASaturdayIsDueMonday() throws {
    // Saturday 2026-11-28, the booth day.
    let p = try Played("楼道里有人堆放电动车电池充电，有起火危险", at: "2026-11-28 10:00")
    let c = p.current
    #expect(c.category == "safety")
    #expect(c.urgent)
    #expect(c.tier == .district)
    // First contact the same day; resolved within one working day (Monday).
    #expect(EngineFixture.day(c.firstContactDue) == "2026-11-28")
    #expect(EngineFixture.day(c.deadline) == "2026-11-30")
    let triaged = try #require(p.events.first { $0.kind == .triaged })
    #expect(triaged.data.reasons?.last?.kind == .urgentDeadline)
  }

  @Test func aRiskWordOnAWeekday() throws {
    // Wednesday: due Thursday; contact by Wednesday night.
    let p = try Played("邻居吵架要打起来了", at: "2026-11-25 15:00")
    #expect(EngineFixture.day(p.current.firstContactDue) == "2026-11-25")
    #expect(EngineFixture.day(p.current.deadline) == "2026-11-26")
  }

  @Test func groupWageArrearsGetThreeWorkingDays() throws {
    let p = try Played("我们十几个工人被老板拖欠工资几十万", at: "2026-11-25 15:00")
    #expect(p.current.category == "wages_group")
    #expect(p.current.urgent)
    #expect(EngineFixture.day(p.current.firstContactDue) == "2026-11-25")
    #expect(EngineFixture.day(p.current.deadline) == "2026-11-30")
  }

  @Test func ordinaryCasesAreUnchanged() throws {
    // Wednesday; residence 7 working days → Friday 12-04; contact by Thursday.
    let p = try Played("楼道里有人飞线给电动车充电", at: "2026-11-25 15:00")
    #expect(!p.current.urgent)
    #expect(EngineFixture.day(p.current.firstContactDue) == "2026-11-26")
    #expect(EngineFixture.day(p.current.deadline) == "2026-12-04")
  }

  @Test func anOverrideAtIntakeKeepsTheUrgentDeadline() throws {
    let p = try Played("邻居吵架要打起来了", at: "2026-11-25 15:00", tier: .residence)
    #expect(p.current.tier == .residence)
    #expect(p.events.last?.kind == .retiered)
    #expect(EngineFixture.day(p.current.deadline) == "2026-11-26")
  }

  @Test func laterMovesKeepTheTiersOrdinaryDeadline() throws {
    // Only intake takes the urgent rule: an escalation gives the new tier its usual days.
    var p = try Played("邻居吵架要打起来了", at: "2026-11-25 15:00")
    let c = try p.act(.escalate(.manual, note: nil), at: "2026-11-26 09:00")
    #expect(c.tier == .street)
    #expect(
      c.deadline
        == EngineFixture.engine.deadline(
          category: c.category, tier: .street, from: EngineFixture.at("2026-11-26 09:00")))
  }
}

/// The new keys of `routing.yaml` and their checks.
@Suite struct UrgentRulesParseTests {
  static func error(_ yaml: String) -> ConfigError? {
    configError { _ = try RoutingRules.parse(yaml: yaml, file: "data/routing.yaml") }
  }

  @Test func urgentKeysAreRead() throws {
    let rules = try RoutingRules.parse(
      yaml: """
        urgent:
          first_contact_days: 1
          deadlines: {district: 2}
        categories:
          - {id: a, zh: 甲, en: A, tier: household, keywords: [甲]}
        """, file: "t.yaml")
    #expect(rules.urgentFirstContactDays == 1)
    #expect(rules.urgentDeadlines[.district] == 2)
    #expect(rules.urgentDeadlines[.household] == 1)
    #expect(rules.deadlineDays(category: "a", tier: .district, urgent: true) == 2)
    // Defaults: same day, one working day.
    let bare = RoutingRules(categories: [])
    #expect(bare.firstContactDays(urgent: true) == 0)
    #expect(bare.deadlineDays(category: "x", tier: .street, urgent: true) == 1)
  }

  @Test func urgentIsNeverSlowerThanOrdinary() throws {
    let rules = try RoutingRules.parse(
      yaml: """
        deadlines: {household: 2}
        urgent: {deadlines: {household: 5}}
        categories:
          - {id: a, zh: 甲, en: A, tier: household, keywords: [甲]}
        """, file: "t.yaml")
    #expect(rules.deadlineDays(category: "a", tier: .household, urgent: true) == 2)
  }

  @Test func mistakesNameTheirLine() {
    #expect(Self.error("urgent:\n  first_contact_days: -1\ncategories: []\n")?.line == 2)
    #expect(Self.error("urgent:\n  deadlines: {district: 0}\ncategories: []\n")?.line == 2)
    #expect(Self.error("urgent:\n  deadline: {district: 1}\ncategories: []\n")?.line == 2)
    // A base that is missing, listed later, or itself based.
    let later = Self.error(
      """
      categories:
        - {id: a, zh: 甲, en: A, tier: household, base: b, keywords: [甲]}
        - {id: b, zh: 乙, en: B, tier: household, keywords: [乙]}
      """)
    #expect(later?.line == 2)
    let chained = Self.error(
      """
      categories:
        - {id: a, zh: 甲, en: A, tier: household, keywords: [甲]}
        - {id: b, zh: 乙, en: B, tier: household, base: a, keywords: [乙]}
        - {id: c, zh: 丙, en: C, tier: household, base: b, keywords: [丙]}
      """)
    #expect(chained?.line == 4)
  }

  @Test func aBasedCategoryNeedsItsBase() throws {
    let rules = try RoutingRules.parse(
      yaml: """
        categories:
          - {id: pay, zh: 欠薪, en: Pay, tier: district, keywords: [工资, 老板]}
          - {id: group, zh: 群体, en: Group, tier: district, urgent: true, base: pay, keywords: [几十万]}
          - {id: land, zh: 土地, en: Land, tier: residence, keywords: [拆迁]}
        """, file: "t.yaml")
    let triage = Triage(rules: rules)
    #expect(triage.classify("拆迁几十万").category == "land")
    let group = triage.classify("老板欠工资几十万")
    #expect(group.category == "group")
    #expect(group.urgent)
    #expect(group.reasons.filter { $0.kind == .keyword }.compactMap(\.word) == ["老板", "工资", "几十万"])
    #expect(triage.classify("老板欠工资").category == "pay")
  }
}

/// The demo street replays its history under the rules it was taken in with.
@Suite struct OldRulesTests {
  @Test func withoutUrgentDeadlinesIsTheOldRule() throws {
    let old = try ShippedData.routing().withoutUrgentDeadlines()
    #expect(old.deadlineDays(category: "safety", tier: .district, urgent: true) == 15)
    #expect(old.deadlineDays(category: "urgent_safety", tier: .district, urgent: true) == 1)
    #expect(old.firstContactDays(urgent: true) == 1)
    let triage = Triage(rules: old)
    let text = "楼道里有人堆放电动车电池充电，有起火危险"
    #expect(triage.suggest(text) == triage.classify(text))
  }
}
