import Testing

@testable import ShuoshiCore

/// Triage with the shipped `data/routing.yaml`, on grievances as residents say them.
@Suite struct TriageTests {
  let rules: RoutingRules
  let triage: Triage

  init() throws {
    rules = try ShippedData.routing()
    triage = Triage(rules: rules)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var category: String
    var tier: Tier
    var urgent = false
    /// Words the reasons must name.
    var words: [String]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "楼上天天半夜跺脚噪音太大", category: "neighbour", tier: .household, words: ["跺脚", "噪音"]),
    Case(
      text: "楼上卫生间漏水把我家天花板泡了", category: "neighbour", tier: .household,
      words: ["漏水", "天花板"]),
    Case(text: "楼上空调外机滴水到我家窗台", category: "neighbour", tier: .household, words: ["空调外机"]),
    Case(text: "老王家的狗天天在楼道拉屎", category: "neighbour", tier: .household, words: ["狗", "拉屎"]),
    Case(text: "小区门口路灯坏了一个月", category: "municipal", tier: .residence, words: ["路灯"]),
    Case(text: "下水道堵了，污水冒到路上", category: "municipal", tier: .residence, words: ["下水道堵"]),
    Case(text: "老人三个儿子都不给赡养费", category: "family", tier: .household, words: ["赡养费"]),
    Case(
      text: "儿子离婚了孙子的抚养费不给", category: "family", tier: .household, words: ["离婚", "抚养费"]),
    Case(text: "工地老板拖欠工资三个月", category: "wages", tier: .district, words: ["拖欠工资"]),
    Case(
      text: "公司不签劳动合同还辞退我", category: "wages", tier: .district, words: ["劳动合同", "辞退"]),
    Case(text: "整栋楼停水两天了", category: "utilities", tier: .district, words: ["停水", "整栋"]),
    Case(
      text: "厨房闻到煤气味", category: "urgent_safety", tier: .district, urgent: true,
      words: ["煤气", "煤气味"]),
    Case(
      text: "水管爆裂把楼道淹了", category: "urgent_safety", tier: .district, urgent: true,
      words: ["水管爆裂"]),
    Case(
      text: "我家墙上裂了好大的缝怕塌", category: "urgent_safety", tier: .district, urgent: true,
      words: ["裂了", "怕塌"]),
    Case(
      text: "楼道堆满杂物有火灾隐患", category: "safety", tier: .residence, words: ["堆满杂物", "火灾隐患"]),
    Case(text: "楼道里有人飞线给电动车充电", category: "safety", tier: .residence, words: ["电动车充电"]),
    Case(
      text: "想给老旧小区加装电梯", category: "renovation", tier: .district, words: ["老旧小区", "加装电梯"]),
    Case(text: "咨询一下低保怎么申请", category: "policy", tier: .household, words: ["咨询一下", "怎么申请"]),
    Case(
      text: "邻居吵架要打起来了", category: "neighbour", tier: .district, urgent: true,
      words: ["邻居", "打起来"]),
    Case(
      text: "物业费一年涨了两次，物业还不公开账目", category: "property_fee", tier: .residence,
      words: ["物业费", "账目"]),
    Case(
      text: "电梯坏了半个月物业不管", category: "property_service", tier: .residence,
      words: ["电梯坏", "物业不管"]),
    Case(text: "外来车辆天天占我们小区车位", category: "parking", tier: .residence, words: ["外来车辆", "车位"]),
    Case(
      text: "楼下烧烤店油烟太大，晚上吵到半夜", category: "street_nuisance", tier: .residence,
      words: ["烧烤店", "油烟"]),
    Case(text: "广场舞音响太吵了每天晚上", category: "street_nuisance", tier: .residence, words: ["广场舞"]),
    Case(text: "孩子上小学的学区划片有问题", category: "education", tier: .residence, words: ["学区"]),
    Case(text: "想迁户口需要开什么证明", category: "hukou", tier: .residence, words: ["迁户口"]),
    Case(text: "我家宅基地被邻居占了", category: "housing_land", tier: .residence, words: ["宅基地"]),
    Case(text: "家里老人的养老金被停了", category: "welfare", tier: .residence, words: ["养老金"]),
    Case(
      text: "垃圾站臭味太大，苍蝇蚊子多", category: "environment", tier: .residence,
      words: ["垃圾站", "臭味"]),
    Case(
      text: "半夜工地还在施工打桩", category: "construction", tier: .district, words: ["施工", "打桩"]),
    Case(text: "隔壁违建把我家窗户挡住了", category: "construction", tier: .district, words: ["违建"]),
    Case(text: "网上买东西被骗了两千块", category: "safety", tier: .residence, words: ["被骗"]),
    Case(
      text: "男人喝了酒就家暴", category: "family", tier: .district, urgent: true, words: ["家暴"]),
  ]

  @Test(arguments: cases) func classifies(_ c: Case) {
    let result = triage.classify(c.text)
    #expect(result.category == c.category)
    #expect(result.tier == c.tier)
    #expect(result.urgent == c.urgent)
    #expect(!result.referred)
    #expect(result.confidence > 0 && result.confidence <= 1)
    let named = result.reasons.compactMap(\.word)
    for word in c.words { #expect(named.contains(word), "reasons should name \(word)") }
    // Keyword reasons point at the chosen category only.
    for reason in result.reasons where reason.kind == .keyword {
      #expect(reason.category == c.category)
    }
  }

  @Test func reasonsComeInTheOrderTheRulesApply() {
    let result = triage.classify("整栋楼都闻到煤气味了")
    #expect(
      result.reasons == [
        TriageReason(.keyword, word: "煤气", category: "urgent_safety"),
        TriageReason(.categoryDefault, category: "urgent_safety", tier: .district),
        TriageReason(.urgentCategory, category: "urgent_safety"),
        TriageReason(.scope, word: "整栋", tier: .residence),
        TriageReason(.risk, word: "煤气味", tier: .district),
      ])
  }

  @Test func scopeWordsRaiseTheTier() {
    let plain = triage.classify("楼上装修噪音吵得睡不着")
    #expect(plain.category == "neighbour")
    #expect(plain.tier == .household)
    let wholeBuilding = triage.classify("全楼都被楼上装修噪音吵得睡不着")
    #expect(wholeBuilding.tier == .residence)
    #expect(wholeBuilding.reasons.last == TriageReason(.scope, word: "全楼", tier: .residence))
    let manyEstates = triage.classify("好几个小区一起停电了")
    #expect(manyEstates.tier == .district)
    // Only the longest scope word counts: not also 几个小区.
    #expect(manyEstates.reasons.filter { $0.kind == .scope }.compactMap(\.word) == ["好几个小区"])
    let road = triage.classify("市政道路上的路灯全坏了")
    #expect(road.category == "municipal")
    #expect(road.tier == .district)
  }

  @Test func scopeNeverLowersATier() {
    let result = triage.classify("整个小区暖气不热")
    #expect(result.category == "utilities")
    #expect(result.tier == .district)
    #expect(result.reasons.contains(TriageReason(.scope, word: "整个小区", tier: .residence)))
  }

  @Test func aPlaceIsNotAScope() {
    // “我们小区” only says where; it does not make a leak a residence matter.
    let result = triage.classify("我们小区楼上漏水")
    #expect(result.tier == .household)
    #expect(!result.reasons.contains { $0.kind == .scope })
  }

  @Test func riskWordsMeanUrgentAndDistrict() {
    let fight = triage.classify("邻居吵架要打起来了")
    #expect(fight.urgent)
    #expect(fight.tier == .district)
    #expect(fight.reasons.last == TriageReason(.risk, word: "打起来", tier: .district))
    let knife = triage.classify("他说要拿刀砍人")
    #expect(knife.category == "other")
    #expect(knife.urgent)
    #expect(knife.tier == .district)
    #expect(
      knife.reasons == [
        TriageReason(.noMatch, tier: .residence),
        TriageReason(.risk, word: "拿刀", tier: .district),
        TriageReason(.risk, word: "砍人", tier: .district),
      ])
    let suicide = triage.classify("老人说不想活了要跳楼")
    #expect(suicide.urgent && suicide.tier == .district)
  }

  @Test func petitionsAndLawsuitsAreReferredNotRouted() {
    let court = triage.classify("对法院判决不服")
    #expect(court.category == "petition")
    #expect(court.referred)
    #expect(court.tier == .residence)
    #expect(!court.urgent)
    #expect(court.reasons.contains(TriageReason(.refer, category: "petition", tier: .residence)))
    #expect(!court.reasons.contains { $0.kind == .categoryDefault })

    // Going to Beijing to petition is also a risk signal: referred, and urgent at district.
    let beijing = triage.classify("我要去北京上访")
    #expect(beijing.category == "petition")
    #expect(beijing.referred)
    #expect(beijing.urgent)
    #expect(beijing.tier == .district)
    #expect(beijing.reasons.contains(TriageReason(.keyword, word: "上访", category: "petition")))
    #expect(beijing.reasons.contains(TriageReason(.risk, word: "上访", tier: .district)))
  }

  @Test func nothingMatchesMeansOtherAtResidence() {
    let result = triage.classify("今天天气不错")
    #expect(result.category == "other")
    #expect(result.tier == .residence)
    #expect(!result.urgent && !result.referred)
    #expect(result.confidence == 0)
    #expect(result.reasons == [TriageReason(.noMatch, tier: .residence)])
    #expect(triage.classify("").category == "other")
  }

  @Test func longestKeywordWinsWhereKeywordsOverlap() {
    // 物业费太贵 (fee) covers 物业费 and 物业 at the start; the later 物业 still counts for
    // property service, but the fee dispute scores more.
    let result = triage.classify("物业费太贵了物业也不管事")
    #expect(result.category == "property_fee")
    #expect(result.reasons.compactMap(\.word) == ["物业费太贵"])
    // 火灾隐患 (a hazard) covers 火灾 (an emergency): not urgent.
    #expect(!triage.classify("有火灾隐患").urgent)
  }

  @Test func eachKeywordCountsOnce() {
    let once = triage.classify("漏水")
    let thrice = triage.classify("漏水漏水漏水")
    #expect(once.confidence == thrice.confidence)
    #expect(thrice.reasons.filter { $0.kind == .keyword }.count == 1)
  }

  @Test func confidenceGrowsWithEvidenceAndMargin() {
    let strong = triage.classify("楼上卫生间漏水把我家天花板泡了")
    let weak = triage.classify("漏水")
    let tied = triage.classify("隔壁违建")  // 隔壁 (neighbour) vs 违建 (construction)
    #expect(strong.confidence > weak.confidence)
    #expect(weak.confidence > tied.confidence)
    #expect(strong.confidence <= 1)
    #expect(tied.confidence > 0)
  }

  @Test func matchingIgnoresLatinCase() {
    #expect(triage.classify("楼下KTV天天唱到两点").category == "street_nuisance")
  }
}

/// The rules applied to a small hand-written file, to pin the mechanics.
@Suite struct TriageMechanicsTests {
  static let yaml = """
    deadlines: {household: 2}
    scope_words:
      residence: [小区, 整栋]
      district: [多个小区]
    risk_words: [煤气]
    categories:
      - {id: first, zh: 甲, en: A, tier: household, keywords: [甲乙, 丙]}
      - {id: second, zh: 乙, en: B, tier: residence, keywords: [丁戊, 己]}
      - {id: gas, zh: 燃气, en: Gas, tier: district, urgent: true, keywords: [燃气, 煤气]}
    """

  let triage: Triage

  init() throws {
    triage = Triage(rules: try RoutingRules.parse(yaml: Self.yaml, file: "t.yaml"))
  }

  @Test func tiesGoToTheCategoryListedFirst() {
    #expect(triage.classify("甲乙丁戊").category == "first")
    #expect(triage.classify("丁戊甲乙").category == "first")
    #expect(triage.classify("丁戊己甲乙").category == "second")
  }

  @Test func aLongerKeywordWeighsMore() {
    #expect(triage.classify("丙丙己甲乙").category == "first")  // 甲乙 + 丙 = 3 > 1
    #expect(triage.classify("丙丁戊").category == "second")  // 2 > 1
  }

  @Test func nestedScopeWordsCountOnceAtTheLongest() {
    let result = triage.classify("多个小区都有甲乙")
    #expect(result.tier == .district)
    #expect(result.reasons.filter { $0.kind == .scope }.compactMap(\.word) == ["多个小区"])
    let both = triage.classify("多个小区甲乙，小区里也是")
    #expect(both.reasons.filter { $0.kind == .scope }.compactMap(\.word) == ["多个小区", "小区"])
    #expect(both.tier == .district)
    #expect(triage.classify("小区里甲乙").tier == .residence)
  }

  @Test func aWordMayBeBothRiskAndKeyword() {
    let result = triage.classify("煤气")
    #expect(result.category == "gas")
    #expect(result.urgent)
    #expect(result.reasons.map(\.kind) == [.keyword, .categoryDefault, .urgentCategory, .risk])
  }

  @Test func withoutAnOtherCategoryNoMatchIsStillResidence() {
    let result = triage.classify("什么也没有")
    #expect(result.category == "other")
    #expect(result.tier == .residence)
  }
}
