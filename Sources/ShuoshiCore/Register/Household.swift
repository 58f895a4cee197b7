import Foundation

/// A household of the register: an address in a unit (and usually a grid), its members and
/// what the booth should know about them.
public struct Household: Codable, Sendable, Equatable, Hashable, Identifiable {
  public var uuid: UUID
  public var unitID: UUID
  public var gridID: UUID?
  public var address: HouseholdAddress
  /// Members, the household head first.
  public var members: [HouseholdMember]
  /// The household's contact number.
  public var phone: String
  /// Sorted, without repeats (see `HouseholdFlag`).
  public var flags: [HouseholdFlag]
  public var note: String?

  public var id: UUID { uuid }

  public init(
    uuid: UUID, unitID: UUID, gridID: UUID? = nil, address: HouseholdAddress,
    members: [HouseholdMember] = [], phone: String = "", flags: [HouseholdFlag] = [],
    note: String? = nil
  ) {
    self.uuid = uuid
    self.unitID = unitID
    self.gridID = gridID
    self.address = address
    self.members = members
    self.phone = phone
    self.flags = HouseholdFlag.canonical(flags)
    self.note = note
  }

  /// The household head's name (the first member), or "".
  public var headName: String { members.first?.name ?? "" }

  /// Every phone number of the household, digits only, without repeats.
  public var phones: [String] {
    var out: [String] = []
    for p in [phone] + members.compactMap(\.phone) {
      let d = PhoneNumber.digits(p)
      if !d.isEmpty, !out.contains(d) { out.append(d) }
    }
    return out
  }

  public func has(_ flag: HouseholdFlag) -> Bool { flags.contains(flag) }
}

/// One member of a household.
public struct HouseholdMember: Codable, Sendable, Equatable, Hashable {
  public var name: String
  public var phone: String?

  public init(name: String, phone: String? = nil) {
    self.name = name
    self.phone = phone
  }
}

/// What a grid worker marks on a household.
public enum HouseholdFlag: String, Codable, CaseIterable, Sendable, Comparable {
  /// 党员户
  case partyMember = "party_member"
  /// 退役军人
  case veteran
  /// 独居老人
  case elderlyAlone = "elderly_alone"
  /// 低保户
  case lowIncome = "low_income"

  public static func < (a: HouseholdFlag, b: HouseholdFlag) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// Sorted and without repeats, so the same flags always give the same stored JSON.
  public static func canonical(_ flags: [HouseholdFlag]) -> [HouseholdFlag] {
    Array(Set(flags)).sorted()
  }
}
