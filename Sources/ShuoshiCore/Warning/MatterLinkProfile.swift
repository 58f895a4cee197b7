import Foundation

/// What linking reads from one case: where (compound, building, grid), about whom (the other
/// parties), which household, when, and the text's bigrams. Pure, from the case alone.
public struct MatterLinkProfile: Sendable {
  public var caseUUID: UUID
  public var receivedAt: Date
  /// The compound or village (`中瑞·领航城`, `七里垭村`), from the address before its numbers.
  public var compound: String?
  /// The building (`中瑞·领航城3栋`) or village group.
  public var building: String?
  /// The place before the numbers names a whole community or village (`六堰社区`, `七里垭村`),
  /// not one compound: several compounds and property companies may share it, so only the
  /// building (or group) counts as one place.
  public var isCommunity: Bool {
    guard let compound else { return false }
    return compound.hasSuffix("社区") || compound.hasSuffix("村") || compound.hasSuffix("居委会")
  }
  public var grid: String?
  public var parties: [MatterLinkParty]
  /// One household: the register's household, else the phone, else name and address.
  public var household: String
  /// The text's bigram codes, sorted (`BigramCodes`).
  public var bigrams: [UInt64]
  /// The text, for group words.
  public var text: String

  public init(_ c: Case) {
    caseUUID = c.uuid
    receivedAt = c.receivedAt
    let place = Self.place(c.resident.address)
    compound = place.compound
    building = place.building
    grid = c.resident.gridID.flatMap { $0.isEmpty ? nil : $0 }
    parties = MatterLinkParty.find(in: c.text, others: c.otherParties)
    let phone = c.resident.phone.filter(\.isNumber)
    if let h = c.resident.householdID, !h.isEmpty {
      household = "h:" + h
    } else if phone.count >= 7 {
      household = "p:" + phone
    } else {
      household = "n:" + c.resident.name + "@" + AddressNormalizer.normalize(c.resident.address)
    }
    bigrams = MatterLinkText.bigrams(c.text)
    text = c.text
  }

  /// A profile from its parts (`init?(stored:…)`).
  init(
    caseUUID: UUID, receivedAt: Date, compound: String?, building: String?, grid: String?,
    parties: [MatterLinkParty], household: String, bigrams: [UInt64], text: String
  ) {
    self.caseUUID = caseUUID
    self.receivedAt = receivedAt
    self.compound = compound
    self.building = building
    self.grid = grid
    self.parties = parties
    self.household = household
    self.bigrams = bigrams
    self.text = text
  }

  /// The compound is the address up to its first number (`中瑞·领航城3栋2单元502` →
  /// `中瑞·领航城`); the building adds the building or group number.
  static func place(_ address: String) -> (compound: String?, building: String?) {
    let normalized = AddressNormalizer.normalize(address)
    let chars = Array(normalized)
    // Up to the first number of the address proper: an ASCII digit, or a Chinese numeral
    // before a part word (三栋, 五组) — not one inside a name (三里桥).
    var end = chars.count
    for (i, c) in chars.enumerated() {
      if c.isASCII && c.isNumber {
        end = i
        break
      }
      if ChineseNumber.values[c] != nil, i + 1 < chars.count, "栋幢号组单楼".contains(chars[i + 1]) {
        end = i
        break
      }
    }
    let compound = MatterLinkText.plain(String(chars[..<end]))
    guard compound.count >= 2 else { return (nil, nil) }
    let parsed = AddressParser.parse(normalized).address
    let building = (parsed.building.map { $0 + "栋" } ?? parsed.group.map { $0 + "组" })
      .map { compound + $0 }
    return (compound, building)
  }

  /// Keys other cases are found by (`matter_keys`): compound, building and each named party.
  /// A bare kind (`物业`) is keyed within its compound; neighbours within their building.
  public var keys: [String] {
    var out: [String] = []
    if let compound { out.append("c:" + compound) }
    if let building { out.append("b:" + building) }
    for p in parties {
      if !p.name.isEmpty {
        out.append("o:" + p.text)
      } else if !p.weak, let place = isCommunity ? building : compound {
        out.append("o:" + p.kind + "@" + place)
      }
    }
    return Array(Set(out)).sorted()
  }
}
