import Foundation

/// What the register says about a resident before the tier is known: their unit, grid and
/// household (any may be unknown), the address as parsed, and how they were found. The first
/// half of routing; `OwnerRouting` then picks the owner for a tier.
public struct ResidentLink: Sendable, Equatable {
  public var unit: RegisterUnit?
  public var grid: Grid?
  public var match: HouseholdMatch?
  public var address: HouseholdAddress
  public var reasons: [RouteReason]

  public init(
    unit: RegisterUnit? = nil, grid: Grid? = nil, match: HouseholdMatch? = nil,
    address: HouseholdAddress = HouseholdAddress(), reasons: [RouteReason] = []
  ) {
    self.unit = unit
    self.grid = grid
    self.match = match
    self.address = address
    self.reasons = reasons
  }

  /// The resident with the register links filled in (household and grid UUIDs).
  public func linking(_ resident: Resident) -> Resident {
    var r = resident
    if let h = match?.household { r.householdID = h.uuid.uuidString }
    if let grid { r.gridID = grid.uuid.uuidString }
    return r
  }

  /// The context `OwnerRouting` needs, with the candidate people and their open cases.
  public func context(people: [Person], openCases: [UUID: Int]) -> RouteContext {
    RouteContext(
      unit: unit, grid: grid, household: match?.household, address: address, people: people,
      openCases: openCases)
  }

  /// Completes the link: the unit and grid the matched household gives, with the reasons
  /// that say so. `units` and `grids` look records up by UUID.
  public static func make(
    parsed: ParsedAddress, match: HouseholdMatch?, matchReasons: [RouteReason],
    unit: (UUID) -> RegisterUnit?, grid: (UUID) -> Grid?, unitNamed: RegisterUnit?
  ) -> ResidentLink {
    var link = ResidentLink(address: parsed.address)
    link.match = match
    link.reasons = (match?.reasons ?? []) + matchReasons
    link.unit = match.flatMap { unit($0.household.unitID) } ?? unitNamed
    link.grid = match?.household.gridID.flatMap(grid)
    if let u = link.unit {
      link.reasons.append(RouteReason(.unit, unit: u.name))
    } else {
      link.reasons.append(RouteReason(.noUnit))
    }
    if let g = link.grid { link.reasons.append(RouteReason(.grid, grid: g.name)) }
    return link
  }
}

extension RouteSuggestion {
  /// The suggestion made of a link and the owner chosen for `tier`.
  public init(link: ResidentLink, owner: OwnerSuggestion?, ownerReasons: [RouteReason], tier: Tier)
  {
    self.init(
      unit: link.unit, grid: link.grid, match: link.match, owner: owner, tier: tier,
      reasons: link.reasons + ownerReasons)
  }
}
