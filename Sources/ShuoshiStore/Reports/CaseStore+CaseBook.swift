import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// What the case book (台账) of `request` lists: every case in scope received in the
  /// period, as it stands now, with the facts its events hold (settled on the spot, the
  /// booth session's place) and the case it was merged into. The scope is filtered as
  /// reports filter it (`report --unit`: the register's units); `request.asOf` should be
  /// now. Oldest first. With names (`request.withNames`) the book is an export of residents'
  /// names and numbers: `actor`'s role must allow it (`RolePolicy`).
  public func caseBookEntries(
    _ request: ReportRequest, calendar: WorkingCalendar, by actor: Actor
  ) throws -> [CaseBook.Entry] {
    if request.withNames { try actor.require(.exportNames) }
    let scope = try scopeFilter(request.scope)
    return try reportRead { db in
      let columns = CaseRow.columns
      let cases = try Row.fetchAll(
        db,
        sql: """
          SELECT \(columns) FROM cases
          WHERE received_at >= ? AND received_at < ? AND voided = 0 AND \(scope.sql)
          ORDER BY received_at, id
          """,
        arguments: [Millis.from(request.period.start), Millis.from(request.period.end)]
          + scope.arguments
      ).map(CaseRow.decode)
      let reader = ReportReader(db: db, request: request, calendar: calendar, scope: scope)
      let events = try reader.events(of: cases, allKinds: false)
      let places = Dictionary(try SessionLog.all(db).map { ($0.uuid, $0.place) }) { a, _ in a }
      var merged: [String: String] = [:]
      let mergedRows = try Row.fetchAll(
        db,
        sql: """
          SELECT l.case_uuid, c.id FROM case_ledger l JOIN cases c ON c.uuid = l.merged_into
          WHERE l.merged_into IS NOT NULL
          """)
      for row in mergedRows { merged[row[0]] = row[1] }
      var parents: [String: String] = [:]
      let groupRows = try Row.fetchAll(
        db,
        sql: "SELECT g.child_uuid, p.id FROM case_groups g JOIN cases p ON p.uuid = g.parent_uuid")
      for row in groupRows { parents[row[0]] = row[1] }
      return cases.map { c in
        let facts = CaseFacts(
          case: c, events: events[c.uuid] ?? [], asOf: request.asOf, calendar: calendar)
        var entry = CaseBook.Entry(
          case: c, onSpot: facts.onSpot, sessionPlace: facts.session.map { places[$0] ?? "" },
          mergedInto: merged[c.uuid.uuidString])
        entry.groupParent = parents[c.uuid.uuidString]
        return entry
      }
    }
  }

  /// The name a report or a 台账 gives the unit it covers: the register's name of `unit`
  /// (`--unit`), else the data directory's own unit when the register names no other
  /// (`ReportScope.siteUnit`); nil: the whole street.
  public func reportUnitName(for unit: String?, configured: String?) throws -> String? {
    if let unit { return try unitName(unit) }
    return ReportScope.siteUnit(configured: configured, registerUnits: try units().map(\.name))
  }

  /// The name of the register's unit `unit` (its name or UUID); `unit` itself when the
  /// register has no such unit or no units at all (the scope check refuses those first).
  public func unitName(_ unit: String) throws -> String {
    try reportRead { db in
      guard try db.tableExists("units") else { return unit }
      return try String.fetchOne(
        db, sql: "SELECT name FROM units WHERE uuid = ? OR name = ? LIMIT 1",
        arguments: [unit, unit]) ?? unit
    }
  }
}
