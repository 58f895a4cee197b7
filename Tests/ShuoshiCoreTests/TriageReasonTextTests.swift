import Testing

@testable import ShuoshiCore

/// How reasons and domain names read on screen.
@Suite struct TriageReasonTextTests {
  let rules: RoutingRules

  init() throws { rules = try ShippedData.routing() }

  @Test func reasonsInChinese() {
    #expect(
      TriageReason(.keyword, word: "漏水", category: "neighbour").text(.zh, rules: rules)
        == "关键词“漏水” → 邻里纠纷")
    #expect(
      TriageReason(.scope, word: "整栋", tier: .residence).text(.zh, rules: rules) == "范围词“整栋” → 至少村居"
    )
    #expect(
      TriageReason(.risk, word: "打架", tier: .district).text(.zh, rules: rules)
        == "风险词“打架” → 紧急，直接片区")
    #expect(
      TriageReason(.urgentCategory, category: "urgent_safety").text(.zh, rules: rules)
        == "燃气/消防/危房/管道爆裂类 → 紧急")
    #expect(
      TriageReason(.refer, category: "petition", tier: .residence).text(.zh, rules: rules)
        == "信访/涉诉：不在受理范围，登记后转交")
    #expect(
      TriageReason(.categoryDefault, category: "neighbour", tier: .household).text(
        .zh, rules: rules)
        == "邻里纠纷通常由户办理")
    #expect(TriageReason(.noMatch, tier: .residence).text(.zh, rules: rules) == "无规则匹配 → 村居")
  }

  @Test func reasonsInEnglish() {
    #expect(
      TriageReason(.keyword, word: "漏水", category: "neighbour").text(.en, rules: rules)
        == "keyword \"漏水\" → Neighbour disputes")
    #expect(
      TriageReason(.scope, word: "多个小区", tier: .district).text(.en, rules: rules)
        == "scope word \"多个小区\" → at least district")
    #expect(
      TriageReason(.risk, word: "打架", tier: .district).text(.en, rules: rules)
        == "risk word \"打架\" → urgent, straight to district")
    #expect(
      TriageReason(.refer, category: "petition", tier: .residence).text(.en, rules: rules)
        == "Petitions and court matters: out of scope, register and refer onward")
    #expect(
      TriageReason(.noMatch, tier: .residence).text(.en, rules: rules)
        == "no rule matched → residence")
  }

  @Test func everyReasonOfARealTriageReads() {
    let triage = Triage(rules: rules)
    for text in ["整栋楼都闻到煤气味了", "我要去北京上访", "今天天气不错"] {
      for reason in triage.classify(text).reasons {
        for lang in Lang.allCases {
          let line = reason.text(lang, rules: rules)
          #expect(!line.isEmpty && !line.contains("urgent_safety") && !line.contains("petition"))
        }
      }
    }
  }

  @Test func domainNames() {
    #expect(Tier.allCases.map { $0.name(.zh) } == ["户", "村居", "片区", "上交"])
    #expect(Tier.street.name(.en) == "street (handed up)")
    #expect(
      CaseState.allCases.map { $0.name(.en) } == [
        "new", "assigned", "in progress", "waiting", "resolved", "closed",
      ])
    #expect(Set(CaseState.allCases.map { $0.name(.zh) }).count == CaseState.allCases.count)
    #expect(Rating.allCases.map { $0.name(.zh) } == ["满意", "基本满意", "不满意"])
    #expect(EscalationReason.overdue.name(.zh) == "超期")
    #expect(EscalationReason.allCases.allSatisfy { !$0.name(.en).isEmpty })
    // Names read back as user input where the model accepts them.
    for tier in Tier.allCases { #expect(Tier(userInput: tier.name(.zh)) == tier) }
    for rating in Rating.allCases { #expect(Rating(userInput: rating.name(.zh)) == rating) }
  }
}
