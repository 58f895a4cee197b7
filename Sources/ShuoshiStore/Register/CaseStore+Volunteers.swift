import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// The time bank: every party member volunteer of the register and everyone a delivery was
  /// recorded for, with minutes, deliveries, cases and open jobs; most hours first. Undone
  /// deliveries do not count. `from`/`to` limit the deliveries counted to a period.
  public func volunteerTallies(from: Date? = nil, to: Date? = nil) throws(StoreError)
    -> [VolunteerTally]
  {
    try read { db in
      var tallies: [String: VolunteerTally] = [:]
      var casesBy: [String: Set<String>] = [:]
      let volunteers = try RegisterRecords.people(
        db, sql: "WHERE roles LIKE '%,party_volunteer,%' ORDER BY name, uuid")
      let people = Dictionary(
        try RegisterRecords.people(db).map { ($0.uuid, $0) }, uniquingKeysWith: { a, _ in a })
      func key(_ id: UUID?, _ name: String) -> String { id?.uuidString ?? "name:" + name }
      for v in volunteers {
        tallies[key(v.uuid, v.name)] = VolunteerTally(
          person: v, name: v.name, minutes: 0, deliveries: 0, cases: 0, openJobs: 0)
      }
      var sql = """
        SELECT case_uuid, at, data FROM events
        WHERE kind = 'delivered'
          AND uuid NOT IN (SELECT json_extract(data, '$.target') FROM events
                           WHERE kind = 'undone' AND json_extract(data, '$.target') IS NOT NULL)
        """
      var args = StatementArguments()
      if let from {
        sql += " AND at >= ?"
        args += [Millis.from(from)]
      }
      if let to {
        sql += " AND at < ?"
        args += [Millis.from(to)]
      }
      for row in try Row.fetchAll(db, sql: sql + " ORDER BY num", arguments: args) {
        let d = try EventJSON.decode(row["data"])
        let name = d.volunteer ?? ""
        let k = key(d.volunteerID, name)
        var t =
          tallies[k]
          ?? VolunteerTally(
            person: d.volunteerID.flatMap { people[$0] }, name: name, minutes: 0, deliveries: 0,
            cases: 0, openJobs: 0)
        t.minutes += d.minutes ?? 0
        t.deliveries += 1
        let at = Millis.date(row["at"] as Int64)
        t.lastDelivered = max(t.lastDelivered ?? at, at)
        casesBy[k, default: []].insert(row["case_uuid"])
        t.cases = casesBy[k]!.count
        tallies[k] = t
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT volunteer_id, volunteer, COUNT(*) AS n FROM cases
          WHERE volunteer IS NOT NULL AND voided = 0 AND \(CaseState.sqlIn(CaseState.open))
          GROUP BY volunteer_id, volunteer
          """)
      {
        let id = (row["volunteer_id"] as String?).flatMap(UUID.init(uuidString:))
        let name: String = row["volunteer"]
        let k = key(id, name)
        var t =
          tallies[k]
          ?? VolunteerTally(
            person: id.flatMap { people[$0] }, name: name, minutes: 0, deliveries: 0, cases: 0,
            openJobs: 0)
        t.openJobs = row["n"]
        tallies[k] = t
      }
      return tallies.values.sorted {
        ($0.minutes, $1.name) > ($1.minutes, $0.name)
      }
    }
  }
}
