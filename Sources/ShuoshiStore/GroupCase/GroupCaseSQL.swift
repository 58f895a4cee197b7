import ShuoshiCore

/// SQL pieces about group cases shared by queries.
enum GroupCaseSQL {
  /// The children of group cases still open: the sweep leaves them alone, since the parent's
  /// clock rules the group (it escalates, and acting on it acts on them).
  static let childrenOfOpenGroups = """
    SELECT g.child_uuid FROM case_groups g JOIN cases p ON p.uuid = g.parent_uuid
    WHERE \(CaseState.sqlIn(CaseState.open, column: "p.state")) AND p.voided = 0
    """
}
