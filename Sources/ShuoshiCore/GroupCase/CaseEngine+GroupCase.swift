import Foundation

/// Where a case stands in groups, as the store read it: what the group rules need to know
/// beyond the case itself.
public struct GroupStanding: Sendable, Equatable {
  /// The short id of the case's parent, when it is a child.
  public var parentID: String?
  /// How many children it has (it is a parent when > 0).
  public var children: Int
  /// Merged into another case as a duplicate.
  public var merged: Bool

  public init(parentID: String? = nil, children: Int = 0, merged: Bool = false) {
    self.parentID = parentID
    self.children = children
    self.merged = merged
  }
}

extension CaseEngine {
  /// Most children one group case may hold: a compound's households, not a district's.
  public static let maxGroupChildren = 500
  /// Fewest children a group case is formed with.
  public static let minGroupChildren = 2

  /// Why `child` may not join the group case `parent`, or nil when it may. `added` is how
  /// many children the parent will hold after this step.
  public static func groupRefusal(
    child: Case, _ childStanding: GroupStanding, parent: Case, _ parentStanding: GroupStanding,
    added: Int
  ) -> GroupCaseError? {
    if child.uuid == parent.uuid { return .sameCase(id: child.id) }
    if let refusal = parentRefusal(parent, parentStanding) { return refusal }
    if !child.state.isOpen || child.voided || childStanding.merged {
      return .notOpen(id: child.id)
    }
    if let other = childStanding.parentID { return .alreadyGrouped(id: child.id, parent: other) }
    if childStanding.children > 0 { return .isParent(id: child.id) }
    if added > maxGroupChildren { return .tooLarge(count: added, max: maxGroupChildren) }
    return nil
  }

  /// Why `parent` may not take children, or nil: it must be open, not voided or merged, and
  /// not a child itself.
  public static func parentRefusal(_ parent: Case, _ standing: GroupStanding) -> GroupCaseError? {
    if !parent.state.isOpen || parent.voided || standing.merged { return .notOpen(id: parent.id) }
    if let above = standing.parentID { return .isChild(id: parent.id, parent: above) }
    return nil
  }

  /// The actions that, taken on a parent, are taken on each of its open children too: the
  /// owner, a visit, a wait and its end, and the resolution with the parent's one summary.
  /// 回访 and ratings stay per child (each resident is asked); tier moves stay the parent's
  /// (its clock rules the group — the sweep leaves children alone).
  public static func actsOnChildren(_ action: Action) -> Bool {
    switch action.kind {
    case .assign, .visit, .resolve, .wait, .resume: return true
    default: return false
    }
  }
}
