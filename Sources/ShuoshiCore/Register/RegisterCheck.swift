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

  public func text(_ lang: Lang) -> String {
    let zh = lang == .zh
    let u = unit ?? ""
    let g = grid ?? ""
    let n = count ?? 0
    let l = limit ?? 0
    switch kind {
    case .overCapacity:
      return zh
        ? "\(u)\(g)有 \(n) 户，超过“1包\(l)户”（多 \(n - l) 户）"
        : "\(u) \(g) has \(n) households, over the limit of \(l) (\(n - l) too many)"
    case .noGridHead: return zh ? "\(u)\(g)没有网格长" : "\(u) \(g) has no grid head"
    case .noCommittee:
      return zh
        ? "\(u)没有村(居)委会人员：村居层级案件无人承办"
        : "\(u) has no committee staff: residence-tier cases get no owner"
    case .noCoordinator:
      return zh ? "台账中没有片区协调人：片区层级案件无人承办" : "no 片区 coordinator: district-tier cases get no owner"
    case .noStreetOffice:
      return zh ? "台账中没有街道办人员：上交案件无人承办" : "no street office: handed-up cases get no owner"
    case .householdsWithoutGrid:
      return zh ? "\(n) 户未划入网格" : "\(n) households are in no grid"
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
