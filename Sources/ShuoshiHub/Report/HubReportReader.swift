import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// The laptop's `ReportReader` over the hub's PostgreSQL: the same candidates (the cohort,
/// older cases moved or supervised in the period, older cases open now or changed since
/// `asOf`), read from `hub_report_facts` by index, and turned into facts by the same
/// `ReportFactsAssembly` — only the SQL text differs.
struct HubReportReader {
  let client: PostgresClient
  let request: ReportRequest
  let calendar: WorkingCalendar
  /// nil: the whole street.
  let unit: String?

  /// The facts of every case the report can count, and each case's unit.
  func facts() async throws -> (facts: [CaseFacts], units: [UUID: String]) {
    let start = HubProjection.ms(request.period.start)
    let end = HubProjection.ms(request.period.end)
    let asOf = HubProjection.ms(request.asOf)
    var rows: [String: ReportCaseRow] = [:]
    var unitOf: [String: String] = [:]
    func collect(_ condition: String) async throws {
      var binds = PostgresBindings()
      binds.append(unit)
      let sql = """
        SELECT \(ReportCaseRow.columns), unit FROM hub_report_facts
        WHERE NOT voided AND (\(condition)) AND ($1::text IS NULL OR unit = $1)
        """
      for try await row in try await client.query(
        PostgresQuery(unsafeSQL: sql, binds: binds), logger: HubDatabase.logger)
      {
        let (r, u) = try Self.decode(row)
        rows[r.uuid] = r
        unitOf[r.uuid] = u
      }
    }
    func kinds(_ list: [String]) -> String { list.map { "'\($0)'" }.joined(separator: ", ") }
    // The cohort.
    try await collect("received_at >= \(start) AND received_at < \(end)")
    // Older cases moved between tiers, or with a 延期, 退单, 催办 or 督办, in the period.
    for list in [["escalated", "retiered"], ["extended", "returned", "urged", "supervised"]] {
      try await collect(
        """
        received_at < \(start) AND uuid IN (SELECT entity FROM events
          WHERE kind IN (\(kinds(list))) AND at >= \(start) AND at < \(end))
        """)
    }
    // Older cases that may be open at asOf: open now, or changed since.
    try await collect("received_at < \(start) AND \(CaseState.sqlIn(CaseState.open))")
    try await collect("received_at < \(start) AND updated_at >= \(asOf)")

    let (exact, stale) = ReportFactsAssembly.split(rows.values, asOf: request.asOf)
    let facts = ReportFactsAssembly.facts(
      exact: exact, light: try await events(of: exact, allKinds: false), stale: stale,
      full: try await events(of: stale, allKinds: true), asOf: request.asOf, calendar: calendar)
    var units: [UUID: String] = [:]
    for (key, u) in unitOf { if let id = UUID(uuidString: key) { units[id] = u } }
    return (facts, units)
  }

  /// How many voided cases (作废) received in the period each unit of the scope has.
  func voided() async throws -> [String: Int] {
    var binds = PostgresBindings()
    binds.append(unit)
    let sql = """
      SELECT unit, count(*) FROM hub_report_facts
      WHERE voided AND received_at >= \(HubProjection.ms(request.period.start))
        AND received_at < \(HubProjection.ms(request.period.end))
        AND ($1::text IS NULL OR unit = $1)
      GROUP BY unit
      """
    var out: [String: Int] = [:]
    for try await (u, n) in try await client.query(
      PostgresQuery(unsafeSQL: sql, binds: binds), logger: HubDatabase.logger
    ).decode((String, Int64).self) {
      out[u] = Int(n)
    }
    return out
  }

  /// The units of the scope with a case received before the period's end, in name order (the
  /// street's table lists them even when none of their cases counts this month).
  func unitsWithCases() async throws -> [String] {
    var names: [String] = []
    for try await name in try await client.query("SELECT name FROM units ORDER BY name")
      .decode(String.self)
    {
      if unit == nil || unit == name { names.append(name) }
    }
    var out: [String] = []
    let end = HubProjection.ms(request.period.end)
    for name in names {
      for try await _ in try await client.query(
        "SELECT 1 FROM hub_report_facts WHERE unit = \(name) AND received_at < \(end) LIMIT 1",
        logger: HubDatabase.logger)
      {
        out.append(name)
      }
    }
    return out.sorted()
  }

  /// The events of these cases in ledger order — all of them, or only those of
  /// `CaseFacts.eventKinds` — with the data fields `ReportEventRow.fields` pulled out by
  /// PostgreSQL (the JSON parsed once per row).
  func events(of cases: [Case], allKinds: Bool) async throws -> [UUID: [Event]] {
    let fields = ReportEventRow.fields
    let extracted = fields.map { field -> String in
      let value: String
      switch field.type {
      case .text: value = "x.j ->> '\(field.key)'"
      case .flag: value = "(x.j ->> '\(field.key)')::boolean"
      case .number: value = "(x.j ->> '\(field.key)')::float8"
      }
      return "CASE WHEN \(ReportEventRow.kindTest(field, column: "e.kind")) THEN \(value) END"
    }.joined(separator: ",\n")
    let kinds = allKinds ? "" : "e.kind IN (\(ReportEventRow.factKindList)) AND"
    var rows: [ReportEventRow] = []
    let chunk = 5000
    var i = 0
    while i < cases.count {
      let part = cases[i..<min(i + chunk, cases.count)]
      i += chunk
      var binds = PostgresBindings()
      binds.append(part.map { $0.uuid.uuidString })
      let sql = """
        SELECT e.entity, e.uuid, e.kind, e.at, \(extracted)
        FROM events e CROSS JOIN LATERAL (SELECT e.data::jsonb AS j OFFSET 0) x
        WHERE \(kinds) e.entity = ANY($1)
        ORDER BY e.hlc, e.device, e.seq
        """
      for try await row in try await client.query(
        PostgresQuery(unsafeSQL: sql, binds: binds), logger: HubDatabase.logger)
      {
        // Cells read in order: a random-access lookup walks the row from its start each time.
        var cells = row.makeIterator()
        func next() throws -> PostgresCell {
          guard let cell = cells.next() else { throw HubReportRowTooShort() }
          return cell
        }
        let caseUUID = try next().decode(String.self)
        let uuid = try next().decode(String.self)
        let kind = try next().decode(String.self)
        let at = try next().decode(Int64.self)
        var values: [ReportEventRow.Value?] = []
        values.reserveCapacity(fields.count)
        for field in fields {
          let cell = try next()
          switch field.type {
          case .text: values.append(try cell.decode(String?.self).map { .text($0) })
          case .flag: values.append(try cell.decode(Bool?.self).map { .flag($0) })
          case .number: values.append(try cell.decode(Double?.self).map { .number($0) })
          }
        }
        rows.append(
          ReportEventRow(caseUUID: caseUUID, uuid: uuid, kind: kind, at: at, values: values))
      }
    }
    return ReportFactsAssembly.events(rows, of: cases)
  }

  /// A row of `ReportCaseRow.columns` plus the unit.
  static func decode(_ row: PostgresRow) throws -> (ReportCaseRow, String) {
    // Cells read in order (see `events`).
    var cells = row.makeIterator()
    func v<T: PostgresDecodable>(_ t: T.Type) throws -> T {
      guard let cell = cells.next() else { throw HubReportRowTooShort() }
      return try cell.decode(T.self)
    }
    let c = ReportCaseRow(
      uuid: try v(String.self), id: try v(String.self), receivedAt: try v(Int64.self),
      residentName: try v(String.self), residentPhone: try v(String.self),
      householdID: try v(String?.self), gridID: try v(String?.self),
      category: try v(String.self), tier: try v(String.self),
      tierAtIntake: try v(String.self), state: try v(String.self),
      deadline: try v(Int64?.self), firstContactDue: try v(Int64?.self),
      firstContactAt: try v(Int64?.self), escalations: Int(try v(Int32.self)),
      resolvedAt: try v(Int64?.self), closedAt: try v(Int64?.self),
      rating: try v(String?.self), reopenCount: Int(try v(Int32.self)),
      updatedAt: try v(Int64.self), followUpResult: try v(String?.self))
    return (c, try v(String.self))
  }
}

/// A row with fewer columns than its query selects (never, short of a bug).
struct HubReportRowTooShort: Error {}
