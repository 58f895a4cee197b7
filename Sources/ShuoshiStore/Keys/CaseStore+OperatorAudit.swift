import Foundation
import GRDB
import ShuoshiCore

/// One change to who may sign in, as the audit table keeps it.
public struct OperatorChange: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case added, removed
    case changedPIN = "changed_pin"
    case recovered
  }
  public var kind: Kind
  public var at: Date
  public var operatorID: String
  public var operatorName: String
  public var role: OperatorRole
  public var grid: String?
  /// Who made the change (the operator themself for a new PIN or a recovery).
  public var byID: String
  public var byName: String
}

extension CaseStore {
  /// Records a change to the operators (`shuoshi operator …`, the first-run form).
  public func recordOperatorChange(
    _ kind: OperatorChange.Kind, _ subject: OperatorInfo, by actor: OperatorInfo, now: Date
  ) throws(StoreError) {
    let device = info.deviceID
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO operator_audit
            (at, change, operator_id, operator_name, role, grid, by_id, by_name, device)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          Millis.from(now), kind.rawValue, subject.id, subject.name, subject.role.rawValue,
          subject.grid, actor.id, actor.name, device,
        ])
    }
  }

  /// Every recorded change, oldest first.
  public func operatorChanges() throws(StoreError) -> [OperatorChange] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM operator_audit ORDER BY seq").map { row in
        OperatorChange(
          kind: OperatorChange.Kind(rawValue: row["change"]) ?? .added,
          at: Millis.date(row["at"] as Int64), operatorID: row["operator_id"],
          operatorName: row["operator_name"],
          role: OperatorRole(rawValue: row["role"]) ?? .auditor, grid: row["grid"],
          byID: row["by_id"], byName: row["by_name"])
      }
    }
  }
}
