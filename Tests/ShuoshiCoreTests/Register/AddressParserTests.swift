import ShuoshiCore
import Testing

@Suite("Addresses as residents give them")
struct AddressParserTests {
  let units = [
    AddressParser.UnitName(name: "六堰社区", kind: .community),
    AddressParser.UnitName(name: "七里垭村", kind: .village),
  ]

  @Test(arguments: [
    "六堰社区3栋2单元502", "六堰 3号楼 2单元 502室", "六堰社区３幢二单元５０２", "六堰社区3#2单元502",
    "汉江路街道六堰社区3栋2单元502号", "六堰社区 3-2-502", "六堰社区3座2單元502",
  ])
  func communityVariantsGiveOneKey(_ text: String) {
    let p = AddressParser.parse(text, units: units)
    #expect(p.unitName == "六堰社区")
    #expect(p.address.key == "b3-e2-r502", "\(text) → \(p.address.key)")
    #expect(p.address.text == "3栋2单元502")
  }

  @Test(arguments: ["七里垭村3组15号", "七里垭三组十五号", "七里垭村 3-15", "七里垭村３组１５号"])
  func villageVariants(_ text: String) {
    let p = AddressParser.parse(text, units: units)
    #expect(p.unitName == "七里垭村")
    #expect(p.address.key == "g3-n15", "\(text) → \(p.address.key)")
  }

  @Test func missingPartsAndNoUnit() {
    let short = AddressParser.parse("六堰社区3栋502", units: units)
    #expect(short.address == HouseholdAddress(building: "3", room: "502"))
    let none = AddressParser.parse("3栋2单元502", units: units)
    #expect(none.unitName == nil)
    #expect(none.address.key == "b3-e2-r502")
    // Chinese numerals that are part of a name stay a name: 六堰 is not "6堰".
    let named = AddressParser.parse("六堰社区十二栋", units: units)
    #expect(named.address.building == "12")
    #expect(AddressParser.parse("三里桥小区", units: []).address.isEmpty)
  }

  @Test func partsNormalize() {
    #expect(HouseholdAddress.part("０３栋") == "3")
    #expect(HouseholdAddress.part("五零二") == "502")
    #expect(HouseholdAddress.part("a座") == "A")
    #expect(HouseholdAddress.part("  ") == nil)
    #expect(Grid.key("第一网格") == Grid.key("第1网格"))
    #expect(Grid.key("1网格") == "1")
    #expect(Grid.key("东区网格") == "东区")
  }
}
