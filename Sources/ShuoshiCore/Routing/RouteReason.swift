import Foundation

/// One step of routing a case to an owner, kept so the worker sees *why* (like
/// `TriageReason`): how the address matched a household, which grid and unit that gave, and
/// which rule picked the person. Stored in the `assigned`/`escalated` event's `route` field.
public struct RouteReason: Codable, Sendable, Equatable, Hashable {
  public enum Kind: String, Codable, Sendable {
    /// The address equals a household's address after normalization (`text`: the address).
    case addressExact = "address_exact"
    /// The address matches one household when a missing part is ignored (`text`: the part).
    case addressFuzzy = "address_fuzzy"
    /// The resident's name and phone are a member's of the household (`person`: the name).
    case namePhone = "name_phone"
    /// The resident's phone is the household's (`text`: the phone, masked).
    case phone
    /// Several households fit (`count`); none was chosen.
    case ambiguous
    /// No household of the register fits.
    case noHousehold = "no_household"
    /// The address names this unit (`unit`).
    case unit
    /// No unit of the register could be recognised.
    case noUnit = "no_unit"
    /// The household belongs to `grid`.
    case grid
    /// Household tier: the building / centre-household head who looks after `text` (the
    /// building or group).
    case buildingHead = "building_head"
    /// Household tier: a building / centre-household head of the grid (none for this building).
    case gridBuildingHead = "grid_building_head"
    /// Household tier: no building head in the grid, so its grid head.
    case gridHead = "grid_head"
    /// Household tier without a known grid: the unit's committee takes it.
    case committeeFallback = "committee_fallback"
    /// Residence tier: the unit's committee staff.
    case committee
    /// District tier: the 片区 coordinator (`text`: the 片区).
    case districtCoordinator = "district_coordinator"
    /// Street tier: the street office.
    case streetOffice = "street_office"
    /// Of several who could take it, the one with the fewest open cases (`count`).
    case leastLoaded = "least_loaded"
    /// Nobody in the register owns `tier` here.
    case noOwner = "no_owner"
  }

  public var kind: Kind
  public var tier: Tier?
  public var unit: String?
  public var grid: String?
  public var person: String?
  public var role: PersonRole?
  public var text: String?
  public var count: Int?

  public init(
    _ kind: Kind, tier: Tier? = nil, unit: String? = nil, grid: String? = nil,
    person: String? = nil, role: PersonRole? = nil, text: String? = nil, count: Int? = nil
  ) {
    self.kind = kind
    self.tier = tier
    self.unit = unit
    self.grid = grid
    self.person = person
    self.role = role
    self.text = text
    self.count = count
  }
}
