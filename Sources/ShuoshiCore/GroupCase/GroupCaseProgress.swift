/// Where a group case's children stand, as the parent shows it: still open, resolved and
/// awaiting their 回访 (each resident is asked), followed up. The parent's own 回访 status is
/// this summary: the group is done when every child is followed up.
public struct GroupCaseProgress: Sendable, Equatable {
  public var children: Int
  public var households: Int
  public var open: Int
  public var awaitingFollowUp: Int
  public var followedUp: Int

  public init(_ children: [Case]) {
    self.children = children.count
    households = GroupCaseProgress.households(children)
    open = children.filter { $0.state.isOpen }.count
    followedUp = children.filter { $0.followUpResult != nil }.count
    awaitingFollowUp = self.children - open - followedUp
  }

  /// Households among `cases`: the register's household when linked, else the resident's
  /// phone, else their name.
  public static func households(_ cases: [Case]) -> Int {
    Set(
      cases.map { c -> String in
        if let h = c.resident.householdID { return "h:" + h }
        if !c.resident.phone.isEmpty { return "p:" + c.resident.phone }
        return "n:" + c.resident.name
      }
    ).count
  }
}
