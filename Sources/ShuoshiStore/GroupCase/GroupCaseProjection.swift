import Foundation
import GRDB
import ShuoshiCore

/// Writes a child's row of `case_groups` from its merged history: the one writer, called by
/// `CaseProjector.project` for local changes and imports alike.
enum GroupCaseProjection {
  static func write(_ uuid: UUID, history: [Event], _ db: Database) throws {
    // A case never grouped has no row (the log is append-only): skip the write.
    guard history.contains(where: { $0.kind == .grouped }) else { return }
    let m = GroupCaseMembership.replay(history)
    if let parent = m.parent {
      try db.cachedStatement(
        sql: """
          INSERT INTO case_groups (child_uuid, parent_uuid, warning) VALUES (?, ?, ?)
          ON CONFLICT(child_uuid) DO UPDATE SET parent_uuid = excluded.parent_uuid,
            warning = excluded.warning
          """
      ).execute(arguments: [uuid.uuidString, parent.uuidString, m.fromWarning?.uuidString])
    } else {
      try db.cachedStatement(sql: "DELETE FROM case_groups WHERE child_uuid = ?")
        .execute(arguments: [uuid.uuidString])
    }
  }

  /// True when the stored row of child `uuid` is not what its history says (`verify`).
  static func differs(_ uuid: UUID, history: [Event], _ db: Database) throws -> Bool {
    let stored = try String.fetchOne(
      db.cachedStatement(sql: "SELECT parent_uuid FROM case_groups WHERE child_uuid = ?"),
      arguments: [uuid.uuidString])
    return stored != GroupCaseMembership.replay(history).parent?.uuidString
  }
}
