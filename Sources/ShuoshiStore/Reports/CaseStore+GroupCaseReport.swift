import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// The group cases of `request`: parents received in the period and in scope (not voided),
  /// with their children as they stand now; nil when there are none. Read from `case_groups`
  /// (a parent's children are one index lookup), so its cost is the groups', not the store's.
  public func groupCaseCounts(_ request: ReportRequest) throws -> GroupCaseCounts? {
    let scope = try scopeFilter(request.scope)
    return try reportRead { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT g.parent_uuid, p.state AS parent_state, c.state, c.follow_up_result,
            c.household_id, c.resident_phone, c.resident_name
          FROM case_groups g JOIN cases p ON p.uuid = g.parent_uuid
            JOIN cases c ON c.uuid = g.child_uuid
          WHERE g.parent_uuid IN (
            SELECT uuid FROM cases
            WHERE voided = 0 AND received_at >= ? AND received_at < ? AND \(scope.sql))
          """,
        arguments: [Millis.from(request.period.start), Millis.from(request.period.end)]
          + scope.arguments)
      guard !rows.isEmpty else { return nil }
      var counts = GroupCaseCounts()
      var parents: [String: Bool] = [:]
      var households: Set<String> = []
      for row in rows {
        let parentState = CaseState(rawValue: row["parent_state"]) ?? .new
        parents[row["parent_uuid"]] = !parentState.isOpen
        let state = CaseState(rawValue: row["state"]) ?? .new
        counts.children += 1
        if !state.isOpen { counts.childrenResolved += 1 }
        if (row["follow_up_result"] as String?) != nil { counts.childrenFollowedUp += 1 }
        // A household is the register's when linked, else the phone, else the name.
        let household: String? = row["household_id"]
        let phone: String = row["resident_phone"] ?? ""
        let name: String = row["resident_name"] ?? ""
        households.insert(
          household.map { "h:" + $0 } ?? (phone.isEmpty ? "n:" + name : "p:" + phone))
      }
      counts.groups = parents.count
      counts.groupsResolved = parents.values.filter { $0 }.count
      counts.households = households.count
      return counts
    }
  }
}
