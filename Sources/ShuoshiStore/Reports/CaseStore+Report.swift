import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// The report for `request`. Reads only the cases the report can count and, for each,
  /// either its projection row (when nothing happened to it after `asOf`) plus a few of its
  /// events, or — when it changed after `asOf` — its whole history replayed up to `asOf`.
  /// See docs/REPORTS.md, “How it is computed”.
  public func report(
    _ request: ReportRequest, rules: RoutingRules, calendar: WorkingCalendar, generatedAt: Date
  ) throws -> Report {
    guard request.asOf >= request.period.start else { throw ReportError.asOfBeforeStart }
    let (facts, sessions) = try reportInputs(request, calendar: calendar)
    var report = ReportBuilder(rules: rules, calendar: calendar).build(
      facts: facts, request: request, sessions: sessions, generatedAt: generatedAt)
    let voided = try voidedCount(request)
    report.voided = voided > 0 ? voided : nil
    report.surveyRounds = try surveyRoundReport(request, rules: rules, calendar: calendar)
    report.groupCases = try groupCaseCounts(request)
    let warnings = WarningCounts(try self.warnings(all: true), period: request.period)
    report.warnings = warnings.raised > 0 ? warnings : nil
    return report
  }

  /// How many cases of the scope received in the period are voided (作废): left out of every
  /// figure, so the report says how many.
  public func voidedCount(_ request: ReportRequest) throws -> Int {
    let scope = try scopeFilter(request.scope)
    return try reportRead { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM cases
          WHERE voided = 1 AND received_at >= ? AND received_at < ? AND \(scope.sql)
          """,
        arguments: [Millis.from(request.period.start), Millis.from(request.period.end)]
          + scope.arguments) ?? 0
    }
  }

  /// The facts of every case `request` can count, read the fast way, and the sessions it
  /// names.
  public func reportInputs(_ request: ReportRequest, calendar: WorkingCalendar) throws
    -> (facts: [CaseFacts], sessions: [BoothSession])
  {
    let scope = try scopeFilter(request.scope)
    return try reportRead { db in
      let reader = ReportReader(db: db, request: request, calendar: calendar, scope: scope)
      return (try reader.facts(), try SessionLog.all(db))
    }
  }

  /// The reference reading, for tests and checks: every case's whole history replayed up to
  /// `asOf`. Slow on a big store; gives the same report as `report`. The unit filter is not
  /// applied here.
  public func reportFactsByReplay(_ request: ReportRequest, calendar: WorkingCalendar)
    throws(StoreError)
    -> [CaseFacts]
  {
    try read { db in
      let events = try Row.fetchAll(
        db, sql: "\(EventRow.selectSQL) \(EventRow.ledgerOrder)"
      ).map(EventRow.decode)
      // Voided cases (作废) leave the reports, as they leave the queues.
      return Dictionary(grouping: events, by: \.caseUUID).values.filter {
        Case.replay($0)?.voided != true
      }.compactMap {
        CaseFacts.replay($0, asOf: request.asOf, calendar: calendar)
      }
      .filter { request.scope.contains($0) }
    }
  }

  /// The SQL that keeps the scope's cases: grid, unit (when the register allows), sessions.
  func scopeFilter(_ scope: ReportScope) throws -> ReportReader.ScopeSQL {
    var parts: [String] = []
    var args: [any DatabaseValueConvertible] = []
    if let grid = scope.gridID {
      parts.append("grid_id = ?")
      args.append(grid)
    }
    if let unit = scope.unitID {
      var unknown: [String]?  // set when the register has units but not this one
      let sql = try read { db -> String? in
        let caseColumns = try db.columns(in: "cases").map(\.name)
        if caseColumns.contains("unit_id") { return "unit_id = ?" }
        if try db.tableExists("grids"), try db.columns(in: "grids").map(\.name).contains("unit_id")
        {
          return "grid_id IN (SELECT id FROM grids WHERE unit_id = ?)"
        }
        // The register's grids name their unit by UUID; the unit is given by UUID or name.
        if try db.tableExists("units"),
          try db.columns(in: "grids").map(\.name).contains("unit_uuid")
        {
          let names = try String.fetchAll(db, sql: "SELECT name FROM units ORDER BY name")
          if names.isEmpty { return nil }
          let known =
            try Bool.fetchOne(
              db, sql: "SELECT EXISTS(SELECT 1 FROM units WHERE uuid = ? OR name = ?)",
              arguments: [unit, unit]) ?? false
          if !known {
            unknown = names
            return nil
          }
          return """
            grid_id IN (SELECT g.uuid FROM grids g JOIN units u ON u.uuid = g.unit_uuid
              WHERE u.uuid = ? OR u.name = ?)
            """
        }
        return nil
      }
      if let unknown { throw ReportError.unknownUnit(unit: unit, known: unknown) }
      guard let sql else { throw ReportError.unitsPending(unit: unit) }
      parts.append(sql)
      args += Array(repeating: unit, count: sql.filter { $0 == "?" }.count)
    }
    if !scope.sessions.isEmpty {
      parts.append("uuid IN (\(SessionLog.caseUUIDsSQL(count: scope.sessions.count)))")
      args += scope.sessions.map(\.uuidString)
    }
    return ReportReader.ScopeSQL(
      sql: parts.isEmpty ? "1" : parts.joined(separator: " AND "),
      arguments: StatementArguments(args))
  }

  func reportRead<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }
}
