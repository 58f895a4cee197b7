import Foundation

/// A case's group link as its merged history says: the parent (母案) of its last standing
/// `grouped` event, unless an `ungrouped` came after. Undone events and versions set aside by
/// a settled conflict are skipped, as in `Case.replay`. Two laptops grouping one case into
/// different parents concurrently: the later in ledger order wins (one parent per child).
public struct GroupCaseMembership: Sendable, Equatable {
  public var parent: UUID?
  public var parentID: String?
  public var fromWarning: UUID?

  public init(parent: UUID? = nil, parentID: String? = nil, fromWarning: UUID? = nil) {
    self.parent = parent
    self.parentID = parentID
    self.fromWarning = fromWarning
  }

  /// The membership `events` (in ledger order) add up to.
  public static func replay(_ events: [Event]) -> GroupCaseMembership {
    let skipped = Ledger.skipped(in: events)
    var m = GroupCaseMembership()
    for e in events where e.kind != .undone && !skipped.contains(e.uuid) {
      switch e.payload {
      case .grouped(let link):
        m = GroupCaseMembership(
          parent: link.otherCase, parentID: link.otherCaseID, fromWarning: link.fromWarning)
      case .ungrouped(let link):
        if link.otherCase == m.parent { m = GroupCaseMembership() }
      default:
        break
      }
    }
    return m
  }
}
