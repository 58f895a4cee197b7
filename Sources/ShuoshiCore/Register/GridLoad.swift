/// How many households a grid head may look after: "1包50户" in a community, "1包15户" in a
/// village.
public enum GridCapacity {
  public static let community = 50
  public static let village = 15

  public static func limit(for kind: UnitKind) -> Int {
    kind == .village ? village : community
  }
}

/// One grid with its households counted against its capacity: a row of `check-register` and
/// of the console's register browser.
public struct GridLoad: Sendable, Equatable {
  public var grid: Grid
  public var unit: RegisterUnit?
  public var households: Int
  /// Open cases of the grid's households (linked at intake).
  public var openCases: Int
  /// The grid head's name, when the grid has one.
  public var head: String?

  public init(
    grid: Grid, unit: RegisterUnit?, households: Int, openCases: Int = 0, head: String? = nil
  ) {
    self.grid = grid
    self.unit = unit
    self.households = households
    self.openCases = openCases
    self.head = head
  }

  /// 50 in a community, 15 in a village (a grid of an unknown unit counts as a community's).
  public var limit: Int { GridCapacity.limit(for: unit?.kind ?? .community) }

  /// More households than one grid head can look after.
  public var isOver: Bool { households > limit }
}
