import Foundation

/// A row of `units.csv`.
public struct UnitRow: Sendable, Equatable {
  public var line: Int
  public var name: String
  public var kind: UnitKind?
  public var district: String?
}

/// A row of `grids.csv`.
public struct GridRow: Sendable, Equatable {
  public var line: Int
  public var unit: String
  public var name: String
  public var head: String?
  public var headPhone: String?
}

/// A row of `households.csv`. `unit` is nil when the address names a unit of the register.
public struct HouseholdRow: Sendable, Equatable {
  public var line: Int
  public var unit: String?
  public var grid: String?
  public var address: HouseholdAddress
  public var members: [HouseholdMember]
  public var phone: String?
  /// Only the flags the row says something about (`否` is false, blank is absent).
  public var flags: [HouseholdFlag: Bool]
  public var note: String?
}

/// A row of `people.csv`.
public struct PersonRow: Sendable, Equatable {
  public var line: Int
  public var name: String
  public var phone: String?
  public var roles: [PersonRole]
  public var unit: String?
  public var grid: String?
  public var buildings: [String]
  public var district: String?
  public var partyMember: Bool?
  public var veteran: Bool?
}
