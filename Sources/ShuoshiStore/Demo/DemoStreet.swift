import ShuoshiCore

/// The demo street: 汉江路街道 with three communities and two villages, their grids and the
/// people who own each tier. Used by `shuoshi demo` so a newcomer sees a living console.
public struct DemoStreet: Sendable {
  public struct Unit: Sendable {
    public let name: String
    public let isVillage: Bool
    public let committee: String
    public let buildingHeads: [String]
  }

  public let street = "汉江路街道"
  public let siteCode = "HJ"
  public let districtCoordinator = "汉江路片区 刘建国"
  public let streetOffice = "汉江路街道办"
  public let units: [Unit] = [
    Unit(
      name: "六堰社区", isVillage: false, committee: "六堰社区居委会",
      buildingHeads: ["楼栋长 张德明", "楼栋长 陈淑珍", "楼栋长 黄志强"]),
    Unit(
      name: "阳光社区", isVillage: false, committee: "阳光社区居委会",
      buildingHeads: ["楼栋长 马丽", "楼栋长 周国庆", "楼栋长 吴红梅"]),
    Unit(
      name: "锦华苑社区", isVillage: false, committee: "锦华苑社区居委会",
      buildingHeads: ["楼栋长 王建华", "楼栋长 孙玉兰"]),
    Unit(
      name: "七里垭村", isVillage: true, committee: "七里垭村委会",
      buildingHeads: ["中心户长 李春生", "中心户长 赵金花"]),
    Unit(
      name: "柏林村", isVillage: true, committee: "柏林村委会",
      buildingHeads: ["中心户长 郑文华"]),
  ]
  public let staff = ["王芳", "李娜", "何涛", "马丽"]

  public init() {}

  /// Who owns a case at `tier` in `unit`.
  public func owner(tier: Tier, unit: Unit, rng: inout SeededRandom) -> String {
    switch tier {
    case .household: return rng.pick(unit.buildingHeads)
    case .residence: return unit.committee
    case .district: return districtCoordinator
    case .street: return streetOffice
    }
  }

  func address(in unit: Unit, rng: inout SeededRandom) -> String {
    if unit.isVillage {
      return
        "\(unit.name)\(Int.random(in: 1...8, using: &rng))组\(Int.random(in: 1...40, using: &rng))号"
    }
    let building = Int.random(in: 1...24, using: &rng)
    let entrance = Int.random(in: 1...3, using: &rng)
    let room = Int.random(in: 1...18, using: &rng) * 100 + Int.random(in: 1...4, using: &rng)
    return "\(unit.name)\(building)栋\(entrance)单元\(room)"
  }
}
