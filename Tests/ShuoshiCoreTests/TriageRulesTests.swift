import Testing

@testable import ShuoshiCore

/// `data/routing.yaml` as shipped, and the checks on hand-written rule files.
@Suite struct TriageRulesTests {
  @Test func shippedRulesAreComplete() throws {
    let rules = try ShippedData.routing()
    #expect(rules.categories.count >= 15)
    #expect(Set(rules.categories.map(\.id)).count == rules.categories.count)
    for category in rules.categories {
      #expect(!category.zh.isEmpty && !category.en.isEmpty, "\(category.id)")
      #expect(category.id.allSatisfy { $0.isASCII }, "\(category.id)")
      if category.id != "other" {
        #expect((8...25).contains(category.keywords.count), "\(category.id)")
      }
    }
    let other = try #require(rules.category(id: "other"))
    #expect(other.zh == "其他")
    #expect(other.tier == .residence)
    #expect(other.keywords.isEmpty)
    #expect(rules.deadlines == [.household: 3, .residence: 7, .district: 15, .street: 20])
    #expect(rules.firstContactDays == 1)
    #expect(rules.scopeWords[.residence]?.contains("整栋") == true)
    #expect(rules.scopeWords[.district]?.contains("多个小区") == true)
    for word in ["打架", "轻生", "跳楼", "自杀", "聚集", "上访", "起火", "着火", "爆炸", "拿刀", "威胁"] {
      #expect(rules.riskWords.contains(word), "\(word)")
    }
  }

  @Test func shippedCategoriesFollowTheLadder() throws {
    let rules = try ShippedData.routing()
    let expected: [String: Tier] = [
      "family": .household, "neighbour": .household, "policy": .household,
      "property_service": .residence, "property_fee": .residence, "environment": .residence,
      "parking": .residence, "municipal": .residence, "housing_land": .residence,
      "welfare": .residence, "construction": .district, "wages": .district,
      "utilities": .district, "renovation": .district, "urgent_safety": .district,
    ]
    for (id, tier) in expected { #expect(rules.category(id: id)?.tier == tier, "\(id)") }
    #expect(rules.category(id: "urgent_safety")?.urgent == true)
    #expect(rules.category(id: "petition")?.refer == true)
    #expect(rules.category(id: "policy")?.note?.contains("当场答复") == true)
    // Overrides: land and municipal escalate early, questions are answered at once.
    #expect(rules.deadlineDays(category: "housing_land", tier: .residence) == 5)
    #expect(rules.deadlineDays(category: "housing_land", tier: .district) == 15)
    #expect(rules.deadlineDays(category: "municipal", tier: .residence) == 5)
    #expect(rules.deadlineDays(category: "policy", tier: .household) == 1)
    #expect(rules.deadlineDays(category: "neighbour", tier: .household) == 3)
    #expect(rules.deadlineDays(category: "urgent_safety", tier: .district) == 1)
    #expect(rules.deadlineDays(category: "no-such", tier: .street) == 20)
  }

  @Test func categoryNames() throws {
    let rules = try ShippedData.routing()
    #expect(rules.name(ofCategory: "neighbour", lang: .zh) == "邻里纠纷")
    #expect(rules.name(ofCategory: "neighbour", lang: .en) == "Neighbour disputes")
    #expect(rules.name(ofCategory: "gone", lang: .zh) == "gone")
    let bare = RoutingRules(categories: [])
    #expect(bare.name(ofCategory: "other", lang: .zh) == "其他")
    #expect(bare.deadlineDays(category: "x", tier: .residence) == 7)
  }

  @Test func smallFilesNeedNoDefaults() throws {
    let rules = try RoutingRules.parse(
      yaml: """
        categories:
          - id: a
            zh: 甲
            en: A
            tier: 户
            keywords: 甲
        """, file: "small.yaml")
    #expect(
      rules.categories == [Category(id: "a", zh: "甲", en: "A", keywords: ["甲"], tier: .household)])
    #expect(rules.firstContactDays == 1)
    #expect(rules.deadlines[.district] == 15)
  }

  typealias Category = RoutingRules.Category

  // MARK: Mistakes, each named with its line

  static func error(_ yaml: String) -> ConfigError? {
    configError { _ = try RoutingRules.parse(yaml: yaml, file: "data/routing.yaml") }
  }

  @Test func missingTier() {
    let e = Self.error(
      """
      categories:
        - id: neighbour
          zh: 邻里
          en: Neighbours
          tier: household
          keywords: [漏水]
        - id: noise
          zh: 噪音
          en: Noise
          keywords: [噪音]
      """)
    #expect(e?.message(.zh) == "data/routing.yaml:7: 分类 “noise” 缺少 tier 字段")
    #expect(e?.message(.en) == "data/routing.yaml:7: category \"noise\" has no tier")
  }

  @Test func duplicateID() {
    let e = Self.error(
      """
      categories:
        - {id: a, zh: 甲, en: A, tier: household, keywords: [甲]}
        - {id: a, zh: 乙, en: B, tier: household, keywords: [乙]}
      """)
    #expect(e?.line == 3)
    #expect(e?.en == "category id \"a\" is used twice")
  }

  @Test func unknownTier() {
    let e = Self.error(
      """
      categories:
        - id: a
          zh: 甲
          en: A
          tier: village
          keywords: [甲]
      """)
    #expect(e?.line == 5)
    #expect(e?.zh.contains("village") == true)
    let inDeadlines = Self.error("deadlines: {household: 3, county: 9}\ncategories: []\n")
    #expect(inDeadlines?.line == 1)
  }

  @Test func emptyKeywords() {
    let e = Self.error(
      """
      categories:
        - id: other
          zh: 其他
          en: Other
          tier: residence
        - id: a
          zh: 甲
          en: A
          tier: household
          keywords: []
      """)
    #expect(e?.line == 10)
    #expect(e?.zh == "分类 “a” 没有关键词")
  }

  @Test func keywordUnderTwoCategories() {
    let e = Self.error(
      """
      categories:
        - id: a
          zh: 甲
          en: A
          tier: household
          keywords: [漏水, 噪音]
        - id: b
          zh: 乙
          en: B
          tier: residence
          keywords:
            - 物业
            - 漏水
      """)
    #expect(e?.line == 13)
    #expect(e?.en == "keyword \"漏水\" is listed under both \"a\" and \"b\"")
    let twiceInOne = Self.error(
      "categories:\n  - {id: a, zh: 甲, en: A, tier: household, keywords: [漏水, 漏水]}\n")
    #expect(twiceInOne?.line == 2)
  }

  @Test func deadlinesMustBePositive() {
    let top = Self.error("deadlines:\n  household: 0\ncategories: []\n")
    #expect(top?.line == 2)
    let inCategory = Self.error(
      """
      categories:
        - id: a
          zh: 甲
          en: A
          tier: household
          keywords: [甲]
          deadlines: {household: -1}
      """)
    #expect(inCategory?.line == 7)
    #expect(Self.error("first_contact_days: soon\ncategories: []\n")?.line == 1)
  }

  @Test func otherMistakes() {
    // No categories at all.
    #expect(Self.error("deadlines: {household: 3}\n")?.en == "missing categories")
    // A non-ASCII id.
    #expect(
      Self.error("categories:\n  - {id: 邻里, zh: 邻里, en: N, tier: household, keywords: [a]}\n")?
        .line == 2)
    // A typo in a key.
    #expect(
      Self.error(
        "categories:\n  - id: a\n    zh: 甲\n    en: A\n    tier: household\n    keyword: [甲]\n")?
        .line == 6)
    // A scope word under two tiers, and a household scope.
    #expect(
      Self.error("scope_words:\n  residence: [整栋]\n  district: [整栋]\ncategories: []\n")?.line
        == 3)
    #expect(Self.error("scope_words:\n  household: [我家]\ncategories: []\n")?.line == 2)
    // A broken file.
    #expect(Self.error("categories:\n  - {id: a, zh: 甲\n")?.line != nil)
  }
}
