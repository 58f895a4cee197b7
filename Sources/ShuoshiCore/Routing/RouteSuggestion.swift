import Foundation

/// How well a resident's details matched a household of the register.
public enum MatchQuality: String, Codable, Sendable {
  /// The address, normalized, is the household's.
  case exact
  /// The address fits one household once a missing part (单元…) is ignored.
  case fuzzy
  /// Name and phone are a member's.
  case namePhone = "name_phone"
  /// The phone is the household's.
  case phone
}

/// The household a resident was matched to, and how.
public struct HouseholdMatch: Sendable, Equatable {
  public var household: Household
  public var quality: MatchQuality
  public var reasons: [RouteReason]

  public init(household: Household, quality: MatchQuality, reasons: [RouteReason]) {
    self.household = household
    self.quality = quality
    self.reasons = reasons
  }
}

/// Who should own a case at a tier, and why.
public struct OwnerSuggestion: Sendable, Equatable {
  public var person: Person
  /// The role that made them the owner.
  public var role: PersonRole
  public var tier: Tier
  public var reasons: [RouteReason]

  public init(person: Person, role: PersonRole, tier: Tier, reasons: [RouteReason]) {
    self.person = person
    self.role = role
    self.tier = tier
    self.reasons = reasons
  }
}

/// Everything routing found for one resident at one tier: the household, grid and unit, the
/// owner, and the reasons in the order they were found. What the intake form shows beside
/// the triage suggestion, and what `add` records in the `assigned` event.
public struct RouteSuggestion: Sendable, Equatable {
  public var unit: RegisterUnit?
  public var grid: Grid?
  public var match: HouseholdMatch?
  public var owner: OwnerSuggestion?
  public var tier: Tier
  public var reasons: [RouteReason]

  public init(
    unit: RegisterUnit? = nil, grid: Grid? = nil, match: HouseholdMatch? = nil,
    owner: OwnerSuggestion? = nil, tier: Tier, reasons: [RouteReason] = []
  ) {
    self.unit = unit
    self.grid = grid
    self.match = match
    self.owner = owner
    self.tier = tier
    self.reasons = reasons
  }

  /// The resident with the register links filled in (household and grid ids).
  public func linking(_ resident: Resident) -> Resident {
    var r = resident
    if let h = match?.household {
      r.householdID = h.uuid.uuidString
      r.gridID = h.gridID?.uuidString ?? r.gridID
    } else if let grid {
      r.gridID = grid.uuid.uuidString
    }
    return r
  }
}
