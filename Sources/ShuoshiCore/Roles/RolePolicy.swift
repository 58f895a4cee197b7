/// A step that needs a role (the one rule for who may do what; the use cases in ShuoshiStore
/// ask it, the front ends only show its answer).
public enum GuardedStep: String, CaseIterable, Sendable {
  /// Any change to a case (take in, an action on it, a correction).
  case change
  /// Showing a resident's full phone number or ID.
  case reveal
  case erase
  case void
  case merge
  /// A bundle or report that carries residents' names.
  case exportNames
  /// Adding or removing an operator.
  case manageOperators
  /// Taking in another laptop's records (a bundle, the hub): they change this store's cases.
  case importLedger
}

/// Who is acting, as the policy sees them: their role and the grid they look after.
public struct RoleHolder: Sendable, Equatable {
  public var role: OperatorRole
  /// The grid (网格) a 网格员/楼栋长 looks after; nil for the other roles.
  public var grid: String?
  public init(role: OperatorRole, grid: String? = nil) {
    self.role = role
    self.grid = grid
  }
}

/// Why a step is refused: the role it needs, named in the message.
public struct RoleRefusal: Error, Sendable, Equatable, LocalizedMessage {
  public var step: GuardedStep
  public var needed: OperatorRole
  /// The case lies outside the operator's grid (a 网格员's own grid only).
  public var outsideGrid: String?

  public init(step: GuardedStep, needed: OperatorRole, outsideGrid: String? = nil) {
    self.step = step
    self.needed = needed
    self.outsideGrid = outsideGrid
  }

  public func message(_ lang: Lang) -> String {
    if let grid = outsideGrid {
      return lang == .zh
        ? "此案件不在您的网格（\(grid)），需要 \(OperatorRole.unit.name(.zh)) 角色"
        : "this case is outside your grid (\(grid)); needs the \(OperatorRole.unit.name(.en)) role"
    }
    return lang == .zh
      ? "需要 \(needed.name(.zh)) 角色" : "needs the \(needed.name(.en)) role"
  }
}

public enum RolePolicy {
  /// The lowest role that may take `step`.
  public static func needed(for step: GuardedStep) -> OperatorRole {
    switch step {
    case .change: .grid
    case .reveal, .exportNames, .importLedger: .unit
    case .erase, .void, .merge, .manageOperators: .street
    }
  }

  /// nil when `holder` may take `step` (on a case of `caseGrid`, when it concerns one), else
  /// why not. An auditor changes nothing; a 网格员 acts only on the cases of their own grid.
  public static func refusal(_ step: GuardedStep, by holder: RoleHolder, caseGrid: String? = nil)
    -> RoleRefusal?
  {
    let need = needed(for: step)
    if !allows(holder.role, need) { return RoleRefusal(step: step, needed: need) }
    if holder.role == .grid, step == .change, let caseGrid, let own = holder.grid,
      caseGrid != own
    {
      return RoleRefusal(step: step, needed: .unit, outsideGrid: own)
    }
    return nil
  }

  /// grid < unit < street; an auditor holds none of them.
  static func allows(_ role: OperatorRole, _ need: OperatorRole) -> Bool {
    func rank(_ r: OperatorRole) -> Int {
      switch r {
      case .auditor: 0
      case .grid: 1
      case .unit: 2
      case .street: 3
      }
    }
    return rank(role) >= rank(need)
  }
}
