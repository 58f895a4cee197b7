import Foundation

/// What the owner rule needs to know about one resident: the unit, grid and household routing
/// found (any may be unknown), the address as typed, the people who could own the case and
/// how many open cases each already holds.
public struct RouteContext: Sendable {
  public var unit: RegisterUnit?
  public var grid: Grid?
  public var household: Household?
  /// The parsed address, for the building when no household matched.
  public var address: HouseholdAddress
  /// Candidates: the unit's people, the 片区 coordinators and the street office.
  public var people: [Person]
  /// Open cases per person (by `Case.assigneeID`), to share work out.
  public var openCases: [UUID: Int]

  public init(
    unit: RegisterUnit?, grid: Grid?, household: Household?, address: HouseholdAddress,
    people: [Person], openCases: [UUID: Int] = [:]
  ) {
    self.unit = unit
    self.grid = grid
    self.household = household
    self.address = address
    self.people = people
    self.openCases = openCases
  }
}

/// The tier picks the owner (三事分办):
///
/// - **household** → the building head (楼栋长; 中心户长 in a village) who looks after the
///   resident's building or group in their grid; else any building / centre-household head of
///   the grid; else the grid head (网格长). Without a grid (no household matched), the unit's
///   head of the building the address names; else the unit's committee.
/// - **residence** → the unit's committee staff (村/居委会).
/// - **district** → the 片区 coordinator of the unit's 片区 (any coordinator when the unit has
///   no 片区 or the 片区 has none).
/// - **street** → the street office (街道办).
///
/// Where several people qualify, the one with the fewest open cases takes it (ties: by name).
/// Pure: the store gathers the context; the reasons say which rule fired.
public enum OwnerRouting {
  public static func owner(for tier: Tier, in ctx: RouteContext) -> (
    owner: OwnerSuggestion?, reasons: [RouteReason]
  ) {
    switch tier {
    case .household: return household(ctx)
    case .residence: return committee(ctx, tier: .residence, fallback: false)
    case .district: return district(ctx)
    case .street:
      let office = ctx.people.filter { $0.has(.streetOffice) }
      return pick(office, role: .streetOffice, tier: .street, ctx, RouteReason(.streetOffice))
    }
  }

  static func household(_ ctx: RouteContext) -> (OwnerSuggestion?, [RouteReason]) {
    let village = ctx.unit?.kind == .village
    let role: PersonRole = village ? .centreHouseholdHead : .buildingHead
    guard let grid = ctx.grid else {
      // No household matched, but the address names a building (or group) that someone in
      // the unit looks after: they know the building.
      let address = ctx.household?.address ?? ctx.address
      if let unit = ctx.unit, let building = village ? address.group : address.building {
        let mine = ctx.people.filter {
          $0.unitID == unit.uuid && ($0.has(.buildingHead) || $0.has(.centreHouseholdHead))
            && $0.buildings.contains(building)
        }
        if !mine.isEmpty {
          let place = village ? "\(building)组" : "\(building)栋"
          let r = RouteReason(.buildingHead, tier: .household, role: role, text: place)
          return pick(mine, role: role, tier: .household, ctx, r)
        }
      }
      return committee(ctx, tier: .household, fallback: true)
    }
    let heads = ctx.people.filter {
      $0.gridID == grid.uuid && ($0.has(.buildingHead) || $0.has(.centreHouseholdHead))
    }
    let address = ctx.household?.address ?? ctx.address
    let building = village ? address.group : address.building
    if let building {
      let mine = heads.filter { $0.buildings.contains(building) }
      let place = village ? "\(building)组" : "\(building)栋"
      if !mine.isEmpty {
        let r = RouteReason(
          .buildingHead, tier: .household, grid: grid.name, role: role, text: place)
        return pick(mine, role: role, tier: .household, ctx, r)
      }
    }
    if !heads.isEmpty {
      let r = RouteReason(.gridBuildingHead, tier: .household, grid: grid.name, role: role)
      return pick(heads, role: role, tier: .household, ctx, r)
    }
    var leaders = ctx.people.filter { $0.uuid == grid.headID }
    if leaders.isEmpty {
      leaders = ctx.people.filter { $0.gridID == grid.uuid && $0.has(.gridHead) }
    }
    return pick(
      leaders, role: .gridHead, tier: .household, ctx,
      RouteReason(.gridHead, tier: .household, grid: grid.name, role: .gridHead))
  }

  static func committee(_ ctx: RouteContext, tier: Tier, fallback: Bool) -> (
    OwnerSuggestion?, [RouteReason]
  ) {
    guard let unit = ctx.unit else {
      return (nil, [RouteReason(.noUnit), RouteReason(.noOwner, tier: tier)])
    }
    let staff = ctx.people.filter { $0.unitID == unit.uuid && $0.has(.committeeStaff) }
    let r = RouteReason(
      fallback ? .committeeFallback : .committee, tier: tier, unit: unit.name,
      role: .committeeStaff, text: unit.kind == .village ? "村委会" : "居委会")
    return pick(staff, role: .committeeStaff, tier: tier, ctx, r)
  }

  static func district(_ ctx: RouteContext) -> (OwnerSuggestion?, [RouteReason]) {
    let all = ctx.people.filter { $0.has(.districtCoordinator) }
    let area = ctx.unit?.district
    let own = all.filter { area != nil && $0.district == area }
    let chosen = own.isEmpty ? all : own
    let r = RouteReason(
      .districtCoordinator, tier: .district, unit: ctx.unit?.name, role: .districtCoordinator,
      text: own.isEmpty ? nil : area)
    return pick(chosen, role: .districtCoordinator, tier: .district, ctx, r)
  }

  /// The least loaded of `people` (ties by name, then id), with `reason` naming them.
  static func pick(
    _ people: [Person], role: PersonRole, tier: Tier, _ ctx: RouteContext, _ reason: RouteReason
  ) -> (OwnerSuggestion?, [RouteReason]) {
    let sorted = people.sorted {
      let a = ctx.openCases[$0.uuid] ?? 0
      let b = ctx.openCases[$1.uuid] ?? 0
      if a != b { return a < b }
      if $0.name != $1.name { return $0.name < $1.name }
      return $0.uuid.uuidString < $1.uuid.uuidString
    }
    guard let chosen = sorted.first else {
      return (nil, [RouteReason(.noOwner, tier: tier, unit: ctx.unit?.name, role: role)])
    }
    // A community's 中心户长 or a village's 楼栋长 keeps the role they have.
    let role = chosen.has(role) ? role : (chosen.roles.first { $0.ownsTier == tier } ?? role)
    var named = reason
    named.person = chosen.name
    named.role = reason.role == nil ? nil : role
    var reasons = [named]
    if sorted.count > 1 {
      reasons.append(
        RouteReason(.leastLoaded, person: chosen.name, count: ctx.openCases[chosen.uuid] ?? 0))
    }
    return (OwnerSuggestion(person: chosen, role: role, tier: tier, reasons: reasons), reasons)
  }
}
