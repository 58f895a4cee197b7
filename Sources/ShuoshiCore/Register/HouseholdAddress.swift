/// Where a household lives inside its unit: building/unit/room in a community
/// (`3栋2单元502`), group/house number in a village (`3组15号`). Parts are normalized
/// (half-width digits without leading zeros, upper-case letters) so equal addresses compare
/// equal however they were typed.
public struct HouseholdAddress: Codable, Sendable, Equatable, Hashable {
  /// 楼栋 (`3`, `A`).
  public var building: String?
  /// 单元 (entrance).
  public var entrance: String?
  /// 房号 (`502`).
  public var room: String?
  /// 组 (village group).
  public var group: String?
  /// 门牌号 (village house number).
  public var number: String?

  public init(
    building: String? = nil, entrance: String? = nil, room: String? = nil, group: String? = nil,
    number: String? = nil
  ) {
    self.building = Self.part(building)
    self.entrance = Self.part(entrance)
    self.room = Self.part(room)
    self.group = Self.part(group)
    self.number = Self.part(number)
  }

  /// No part known.
  public var isEmpty: Bool { key.isEmpty }

  /// Building+room (community) or group+number (village): enough to tell a household.
  public var isComplete: Bool {
    (building != nil && room != nil) || (group != nil && number != nil)
  }

  /// The matching key: `b3-e2-r502`, `g3-n15`; empty parts are left out.
  public var key: String {
    [("b", building), ("e", entrance), ("r", room), ("g", group), ("n", number)]
      .compactMap { tag, value in value.map { "\(tag)\($0)" } }.joined(separator: "-")
  }

  /// The address as a worker writes it: `3栋2单元502` / `3组15号`.
  public var text: String {
    var s = ""
    if let building { s += "\(building)栋" }
    if let entrance { s += "\(entrance)单元" }
    if let room { s += room }
    if let group { s += "\(group)组" }
    if let number { s += "\(number)号" }
    return s
  }

  /// One part, normalized: trimmed, half-width, Chinese numerals as digits, leading zeros
  /// dropped, the marker word (栋/单元/室/组/号) removed. nil when empty.
  public static func part(_ raw: String?) -> String? {
    guard let raw else { return nil }
    var s = AddressNormalizer.halfWidth(raw).filter { !$0.isWhitespace }
    for marker in ["号楼", "单元", "栋", "幢", "座", "楼", "室", "组", "号", "门"]
    where s.hasSuffix(marker) && s.count > marker.count {
      s = String(s.dropLast(marker.count))
      break
    }
    s = ChineseNumber.digits(in: s).uppercased()
    if !s.isEmpty, s.allSatisfy(\.isASCII), s.allSatisfy(\.isNumber) {
      let trimmed = s.drop { $0 == "0" }
      s = trimmed.isEmpty ? "0" : String(trimmed)
    }
    return s.isEmpty ? nil : s
  }
}
