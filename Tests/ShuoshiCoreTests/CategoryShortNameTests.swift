import Testing

@testable import ShuoshiCore

/// The queue's category column is 8 cells wide at 80 columns: in English every shipped
/// category has a short name that fits it whole, where the full names shrank to "Sanitat…".
@Suite struct CategoryShortNameTests {
  @Test func everyShippedCategoryFitsTheNarrowColumnInEnglish() throws {
    let rules = try ShippedData.routing()
    for category in rules.categories {
      let short = category.shortName(.en)
      #expect(short.count <= 8 && short.allSatisfy(\.isASCII), "\(category.id): \(short)")
      #expect(category.shortName(.zh) == category.zh)
    }
    #expect(rules.shortName(ofCategory: "environment", lang: .en) == "Rubbish")
    #expect(rules.name(ofCategory: "environment", lang: .en) == "Sanitation and rubbish")
  }

  @Test func withoutAShortNameTheFullNameIsUsed() throws {
    let yaml = """
      categories:
        - id: noise
          zh: 噪音
          en: Noise from neighbours
          tier: residence
          keywords: [噪音]
      """
    let rules = try RoutingRules.parse(yaml: yaml, file: "routing.yaml")
    #expect(rules.shortName(ofCategory: "noise", lang: .en) == "Noise from neighbours")
    #expect(rules.shortName(ofCategory: "unknown_id", lang: .en) == "unknown_id")
  }
}
