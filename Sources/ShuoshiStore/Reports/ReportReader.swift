import Foundation
import GRDB
import ShuoshiCore

/// Reads the case facts a report needs, without replaying the whole log.
///
/// 1. Candidates, by index: the cohort (received in the period), cases with an escalation or
///    retier in the period, and older cases that may be open at `asOf` (open now, or touched
///    after `asOf`) — each limited to the scope.
/// 2. A candidate whose row has not changed since `asOf` (`updated_at < asOf`) is read from
///    its row, plus its events of `CaseFacts.eventKinds`.
/// 3. A candidate touched after `asOf` has its whole history replayed up to `asOf`.
/// Events are read with SQLite's `json_extract` pulling out only the data fields needed (no
/// JSON decoding in Swift).
struct ReportReader {
  struct ScopeSQL {
    var sql: String
    var arguments: StatementArguments
  }

  let db: Database
  let request: ReportRequest
  let calendar: WorkingCalendar
  let scope: ScopeSQL

  static var columns: String { ReportCaseRow.columns }
  static var kindList: String { ReportEventRow.factKindList }

  func facts() throws -> [CaseFacts] {
    let start = Millis.from(request.period.start)
    let end = Millis.from(request.period.end)
    let asOf = Millis.from(request.asOf)
    var rows: [String: ReportCaseRow] = [:]
    func collect(_ sql: String, _ args: StatementArguments) throws {
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT \(Self.columns) FROM cases WHERE voided = 0 AND \(sql) AND \(scope.sql)",
        arguments: args + scope.arguments)
      while let row = try cursor.next() {
        let r = Self.decode(row)
        rows[r.uuid] = r
      }
    }
    // The cohort.
    try collect("received_at >= ? AND received_at < ?", [start, end])
    // Older cases moved between tiers in the period.
    try collect(
      """
      received_at < ? AND uuid IN (SELECT case_uuid FROM events
        WHERE kind IN ('escalated', 'retiered') AND at >= ? AND at < ?)
      """, [start, start, end])
    // Older cases with a 延期, 退单, 催办 or 督办 in the period.
    try collect(
      """
      received_at < ? AND uuid IN (SELECT case_uuid FROM events
        WHERE kind IN ('extended', 'returned', 'urged', 'supervised') AND at >= ? AND at < ?)
      """, [start, start, end])
    // Older cases that may be open at asOf: open now, or changed since.
    try collect(
      "received_at < ? AND \(CaseState.sqlIn(CaseState.open))", [start])
    try collect("received_at < ? AND updated_at >= ?", [start, asOf])

    let (exact, stale) = ReportFactsAssembly.split(rows.values, asOf: request.asOf)
    return ReportFactsAssembly.facts(
      exact: exact, light: try events(of: exact, allKinds: false), stale: stale,
      full: try events(of: stale, allKinds: true), asOf: request.asOf, calendar: calendar)
  }

  /// The events of these cases, oldest first per case — all of them (`allKinds`, enough to
  /// replay the case) or only those of `CaseFacts.eventKinds` — decoded without Foundation's
  /// JSON: SQLite's `json_extract` pulls out just the data fields that `Case.applying` and
  /// `CaseFacts` read, and the `created` event's resident and id come from the case row
  /// (they never change). Texts, summaries and triage reasons are left out.
  func events(of cases: [Case], allKinds: Bool) throws -> [UUID: [Event]] {
    var rows: [ReportEventRow] = []
    let fields = ReportEventRow.fields
    let extracted = fields.map {
      "CASE WHEN \(ReportEventRow.kindTest($0)) THEN json_extract(data, '$.\($0.key)') END"
    }.joined(separator: ",\n")
    let chunk = 500
    var i = 0
    while i < cases.count {
      let part = cases[i..<min(i + chunk, cases.count)]
      i += chunk
      let kinds = allKinds ? "" : "kind IN (\(ReportEventRow.factKindList)) AND"
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT case_uuid, uuid, kind, at, \(extracted)
          FROM events
          WHERE \(kinds) case_uuid IN (\(Array(repeating: "?", count: part.count).joined(separator: ",")))
          ORDER BY hlc, device, seq
          """, arguments: StatementArguments(part.map(\.uuid.uuidString)))
      while let row = try cursor.next() {
        var values: [ReportEventRow.Value?] = []
        values.reserveCapacity(fields.count)
        for (n, field) in fields.enumerated() {
          values.append(Self.value(row[4 + n] as DatabaseValue, as: field.type))
        }
        rows.append(
          ReportEventRow(
            caseUUID: row[0], uuid: row[1], kind: row[2], at: row[3] as Int64, values: values))
      }
    }
    return ReportFactsAssembly.events(rows, of: cases)
  }

  /// One extracted data field. Kept out of line: inlined into the loop above, Swift 6.3.1's
  /// optimiser crashes (a CopyPropagation ownership error) in release builds.
  @inline(never)
  static func value(_ v: DatabaseValue, as type: ReportEventRow.FieldType) -> ReportEventRow.Value?
  {
    switch type {
    case .text: String.fromDatabaseValue(v).map { .text($0) }
    case .flag: Int64.fromDatabaseValue(v).map { .flag($0 != 0) }
    case .number: Double.fromDatabaseValue(v).map { .number($0) }
    }
  }

  /// A case's report columns from a row of `columns`.
  static func decode(_ row: Row) -> ReportCaseRow {
    ReportCaseRow(
      uuid: row[0], id: row[1], receivedAt: row[2], residentName: row[3], residentPhone: row[4],
      householdID: row[5], gridID: row[6], category: row[7], tier: row[8], tierAtIntake: row[9],
      state: row[10], deadline: row[11], firstContactDue: row[12], firstContactAt: row[13],
      escalations: row[14], resolvedAt: row[15], closedAt: row[16], rating: row[17],
      reopenCount: row[18], updatedAt: row[19], followUpResult: row[20])
  }
}
