/// Something `check-register` (and the console's register browser) points out.
public struct RegisterFinding: Sendable, Equatable {
  public enum Kind: String, Sendable {
    /// A grid over its capacity (`count` households, `limit`). The one finding that fails the
    /// check: the 一格一长 rule is broken.
    case overCapacity = "over_capacity"
    /// A grid without a grid head.
    case noGridHead = "no_grid_head"
    /// A unit without committee staff: residence-tier cases there get no owner.
    case noCommittee = "no_committee"
    /// No 片区 coordinator in the register.
    case noCoordinator = "no_coordinator"
    /// No street office in the register.
    case noStreetOffice = "no_street_office"
    /// Households not in any grid (`count`).
    case householdsWithoutGrid = "households_without_grid"
  }

  public var kind: Kind
  public var unit: String?
  public var grid: String?
  public var count: Int?
  public var limit: Int?

  public init(
    _ kind: Kind, unit: String? = nil, grid: String? = nil, count: Int? = nil, limit: Int? = nil
  ) {
    self.kind = kind
    self.unit = unit
    self.grid = grid
    self.count = count
    self.limit = limit
  }

  /// Over capacity is a flag; everything else a warning.
  public var isFlag: Bool { kind == .overCapacity }

  /// The warning as a worker reads it (words from `CoreStrings`).
  public func text(_ lang: Lang) -> String {
    let s = CoreStrings.forLang(lang)
    let u = unit ?? ""
    let g = grid ?? ""
    let n = count ?? 0
    switch kind {
    case .overCapacity: return s.overCapacity(u, g, n, limit ?? 0)
    case .noGridHead: return s.noGridHead(u, g)
    case .noCommittee: return s.noCommittee(u)
    case .noCoordinator: return s.noCoordinator
    case .noStreetOffice: return s.noStreetOffice
    case .householdsWithoutGrid: return s.householdsWithoutGrid(n)
    }
  }
}

/// The register's health: grids over "1包50户" / "1包15户", and the gaps that leave a tier
/// without an owner. Pure: the store counts, this judges.
public enum RegisterCheck {
  public static func findings(
    units: [RegisterUnit], loads: [GridLoad], people: [Person], householdsWithoutGrid: Int
  ) -> [RegisterFinding] {
    var out: [RegisterFinding] = []
    for load in loads where load.isOver {
      out.append(
        RegisterFinding(
          .overCapacity, unit: load.unit?.name, grid: load.grid.name, count: load.households,
          limit: load.limit))
    }
    for load in loads where load.head == nil {
      out.append(RegisterFinding(.noGridHead, unit: load.unit?.name, grid: load.grid.name))
    }
    for unit in units
    where !people.contains(where: { $0.unitID == unit.uuid && $0.has(.committeeStaff) }) {
      out.append(RegisterFinding(.noCommittee, unit: unit.name))
    }
    if !units.isEmpty {
      if !people.contains(where: { $0.has(.districtCoordinator) }) {
        out.append(RegisterFinding(.noCoordinator))
      }
      if !people.contains(where: { $0.has(.streetOffice) }) {
        out.append(RegisterFinding(.noStreetOffice))
      }
    }
    if householdsWithoutGrid > 0 {
      out.append(RegisterFinding(.householdsWithoutGrid, count: householdsWithoutGrid))
    }
    return out
  }
}
