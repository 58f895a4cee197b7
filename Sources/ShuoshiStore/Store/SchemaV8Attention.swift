import GRDB
import ShuoshiCore

/// Indexes for the attention order and the views (超期, 临期, 已升级待派单) at 1,000,000
/// cases. Each is ordered the way the queue reads it — deadline soonest first, then newest —
/// so a first page walks an index in order and stops after a page, with no sort.
enum SchemaV8Attention {
  static let identifier = "v8-attention-order"

  /// Every running case by deadline: the late pass (deadline passed) and the rest.
  static let running = "cases_running_attention"
  /// Running cases that are urgent or not yet contacted: the candidates for the second
  /// attention pass (urgent, or first contact missed, deadline not yet passed).
  static let flagged = "cases_running_flagged"
  /// Running cases not yet contacted, by the first contact's due time: 超期 by first contact.
  static let uncontacted = "cases_running_uncontacted"
  /// Cases escalated and waiting for an owner at their new tier (已升级待派单).
  static let escalatedUnassigned = "cases_escalated_unassigned"

  static let flaggedSQL = "(urgent = 1 OR first_contact_at IS NULL)"
  static let escalatedUnassignedSQL = "state = 'new' AND escalations > 0 AND assignee IS NULL"

  static func migrate(_ db: Database) throws {
    let running = CaseState.sqlIn(CaseState.running)
    try db.execute(
      sql: """
        CREATE INDEX \(Self.running) ON cases(deadline, received_at DESC, num DESC)
          WHERE \(running);
        CREATE INDEX \(flagged) ON cases(deadline, received_at DESC, num DESC)
          WHERE \(running) AND \(flaggedSQL);
        CREATE INDEX \(uncontacted) ON cases(first_contact_due)
          WHERE \(running) AND first_contact_at IS NULL;
        CREATE INDEX \(escalatedUnassigned) ON cases(deadline, received_at DESC, num DESC)
          WHERE \(escalatedUnassignedSQL);
        """)
  }
}
