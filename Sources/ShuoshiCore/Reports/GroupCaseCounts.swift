/// Group cases (母案) of a report: the parents received in the period and in scope, their
/// children (子案), the households those speak for, and how they ended — as they stand at the
/// report's reading. Table `15-group-cases` (docs/REPORTS.md).
public struct GroupCaseCounts: Codable, Sendable, Equatable {
  public var groups = 0
  public var children = 0
  public var households = 0
  /// Parents resolved (or closed).
  public var groupsResolved = 0
  public var childrenResolved = 0
  /// Children whose resident was followed up (回访 recorded, reached or not).
  public var childrenFollowedUp = 0

  public init() {}
}
