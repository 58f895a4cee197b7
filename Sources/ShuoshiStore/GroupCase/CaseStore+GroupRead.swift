import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// The children (子案) of `parent`, oldest first (by id on a tie, the same on every laptop);
  /// empty when it is no group case.
  public func groupChildren(of parent: Case) throws(StoreError) -> [Case] {
    try read { db in try Self.children(of: parent.uuid, db) }
  }

  /// The group case (母案) `child` is in, if any.
  public func groupParent(of child: Case) throws(StoreError) -> Case? {
    try read { db in try Self.parent(of: child.uuid, db) }
  }

  static func children(of parent: UUID, _ db: Database) throws -> [Case] {
    try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT c.* FROM case_groups g JOIN cases c ON c.uuid = g.child_uuid
          WHERE g.parent_uuid = ? ORDER BY c.received_at, c.id
          """), arguments: [parent.uuidString]
    ).map(CaseRow.decode)
  }

  static func childCount(of parent: UUID, _ db: Database) throws -> Int {
    try Int.fetchOne(
      db.cachedStatement(sql: "SELECT COUNT(*) FROM case_groups WHERE parent_uuid = ?"),
      arguments: [parent.uuidString]) ?? 0
  }

  static func parent(of child: UUID, _ db: Database) throws -> Case? {
    try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT c.* FROM case_groups g JOIN cases c ON c.uuid = g.parent_uuid
          WHERE g.child_uuid = ?
          """), arguments: [child.uuidString]
    ).map(CaseRow.decode)
  }

  /// What the group rules need to know of `c` beyond the case itself.
  static func groupStanding(of c: Case, _ db: Database) throws -> GroupStanding {
    let merged =
      try Bool.fetchOne(
        db.cachedStatement(
          sql: "SELECT merged_into IS NOT NULL FROM case_ledger WHERE case_uuid = ?"),
        arguments: [c.uuid.uuidString]) ?? false
    return GroupStanding(
      parentID: try parent(of: c.uuid, db)?.id, children: try childCount(of: c.uuid, db),
      merged: merged)
  }

  /// A write transaction that lets `GroupCaseError` through and maps the rest like `write`.
  func groupWrite<T>(_ body: (Database) throws -> T) throws -> T {
    try write(passing: GroupCaseError.self, body)
  }
}
