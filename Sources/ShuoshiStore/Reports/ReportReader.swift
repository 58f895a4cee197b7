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

  static let columns = """
    uuid, id, received_at, resident_name, resident_phone, household_id, grid_id, category, tier,
    tier_at_intake, state, deadline, first_contact_due, first_contact_at, escalations,
    resolved_at, closed_at, rating, reopen_count, updated_at, follow_up_result
    """

  static var kindList: String {
    CaseFacts.eventKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
  }

  func facts() throws -> [CaseFacts] {
    let start = Millis.from(request.period.start)
    let end = Millis.from(request.period.end)
    let asOf = Millis.from(request.asOf)
    var rows: [UUID: (Case, Int64)] = [:]
    func collect(_ sql: String, _ args: StatementArguments) throws {
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT \(Self.columns) FROM cases WHERE voided = 0 AND \(sql) AND \(scope.sql)",
        arguments: args + scope.arguments)
      while let row = try cursor.next() {
        let (c, updated) = Self.decode(row)
        rows[c.uuid] = (c, updated)
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

    var exact: [Case] = []
    var stale: [Case] = []
    for (c, updated) in rows.values {
      if updated < asOf { exact.append(c) } else { stale.append(c) }
    }
    var out: [CaseFacts] = []
    out.reserveCapacity(rows.count)
    let light = try events(of: exact, allKinds: false)
    for c in exact {
      out.append(
        CaseFacts(case: c, events: light[c.uuid] ?? [], asOf: request.asOf, calendar: calendar))
    }
    let full = try events(of: stale, allKinds: true)
    for c in stale {
      if let f = CaseFacts.replay(full[c.uuid] ?? [], asOf: request.asOf, calendar: calendar) {
        out.append(f)
      }
    }
    return out
  }

  /// The events of these cases, oldest first per case — all of them (`allKinds`, enough to
  /// replay the case) or only those of `CaseFacts.eventKinds` — decoded without Foundation's
  /// JSON: SQLite's `json_extract` pulls out just the data fields that `Case.applying` and
  /// `CaseFacts` read, and the `created` event's resident and id come from the case row
  /// (they never change). Texts, summaries and triage reasons are left out.
  func events(of cases: [Case], allKinds: Bool) throws -> [UUID: [Event]] {
    var out: [UUID: [Event]] = [:]
    let byUUID = Dictionary(cases.map { ($0.uuid.uuidString, $0) }) { a, _ in a }
    let chunk = 500
    var i = 0
    while i < cases.count {
      let part = cases[i..<min(i + chunk, cases.count)]
      i += chunk
      let kinds = allKinds ? "" : "kind IN (\(Self.kindList)) AND"
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT case_uuid, uuid, kind, at,
            CASE WHEN kind IN ('triaged', 'retiered', 'corrected')
              THEN json_extract(data, '$.category') END,
            CASE WHEN kind IN ('triaged', 'retiered', 'escalated', 'corrected', 'extended', 'returned')
              THEN json_extract(data, '$.tier') END,
            CASE WHEN kind IN ('retiered', 'escalated', 'returned')
              THEN json_extract(data, '$.fromTier') END,
            CASE WHEN kind IN ('triaged', 'retiered', 'escalated', 'corrected')
              THEN json_extract(data, '$.urgent') END,
            CASE kind WHEN 'triaged' THEN json_extract(data, '$.referred') END,
            CASE WHEN kind IN ('triaged', 'retiered', 'resumed', 'reopened', 'escalated', 'corrected',
              'extended', 'returned') THEN json_extract(data, '$.deadline') END,
            CASE WHEN kind IN ('triaged', 'corrected') THEN json_extract(data, '$.firstContactDue') END,
            CASE WHEN kind IN ('assigned', 'escalated') THEN json_extract(data, '$.assignee') END,
            CASE kind WHEN 'resolved' THEN json_extract(data, '$.onSpot') END,
            CASE WHEN kind IN ('rated', 'followed_up') THEN json_extract(data, '$.rating') END,
            CASE kind WHEN 'escalated' THEN json_extract(data, '$.escalation') END,
            CASE kind WHEN 'undone' THEN json_extract(data, '$.target') END,
            CASE kind WHEN 'created' THEN json_extract(data, '$.session') END,
            CASE kind WHEN 'escalated' THEN json_extract(data, '$.effectiveAt') END,
            CASE kind WHEN 'followed_up' THEN json_extract(data, '$.reached') END,
            CASE kind WHEN 'followed_up' THEN json_extract(data, '$.solved') END,
            CASE kind WHEN 'followed_up' THEN json_extract(data, '$.unreached') END,
            CASE kind WHEN 'returned' THEN json_extract(data, '$.owner') END,
            CASE kind WHEN 'supervised' THEN json_extract(data, '$.on') END
          FROM events
          WHERE \(kinds) case_uuid IN (\(Array(repeating: "?", count: part.count).joined(separator: ",")))
          ORDER BY hlc, device, seq
          """, arguments: StatementArguments(part.map(\.uuid.uuidString)))
      while let row = try cursor.next() {
        let caseKey: String = row[0]
        guard let c = byUUID[caseKey], let kind = EventKind(rawValue: row[2]) else { continue }
        var d = EventData()
        d.category = row[4]
        d.tier = (row[5] as String?).flatMap(Tier.init(rawValue:))
        d.fromTier = (row[6] as String?).flatMap(Tier.init(rawValue:))
        d.urgent = (row[7] as Int64?).map { $0 != 0 }
        d.referred = (row[8] as Int64?).map { $0 != 0 }
        d.deadline = (row[9] as Double?).map { Date(timeIntervalSince1970: $0 / 1000) }
        d.firstContactDue = (row[10] as Double?).map { Date(timeIntervalSince1970: $0 / 1000) }
        d.assignee = row[11]
        d.onSpot = (row[12] as Int64?).map { $0 != 0 }
        d.rating = (row[13] as String?).flatMap(Rating.init(rawValue:))
        d.escalation = (row[14] as String?).flatMap(EscalationReason.init(rawValue:))
        d.target = (row[15] as String?).flatMap(UUID.init(uuidString:))
        d.session = (row[16] as String?).flatMap(UUID.init(uuidString:))
        d.effectiveAt = (row[17] as Double?).map { Date(timeIntervalSince1970: $0 / 1000) }
        d.reached = (row[18] as Int64?).map { $0 != 0 }
        d.solved = (row[19] as String?).flatMap(Solved.init(rawValue:))
        d.unreached = (row[20] as Int64?).map { $0 != 0 }
        d.owner = row[21]
        d.on = (row[22] as Int64?).map { $0 != 0 }
        if kind == .created {
          d.caseID = c.id
          d.receivedAt = c.receivedAt
          d.resident = c.resident
        }
        out[c.uuid, default: []].append(
          Event(
            uuid: UUID(uuidString: row[1]) ?? UUID(), caseUUID: c.uuid, kind: kind,
            at: Millis.date(row[3] as Int64), operator: "", device: "", seq: 0, data: d))
      }
    }
    return out
  }

  /// A case from the report columns (what the facts read; other fields left empty), and its
  /// `updated_at`.
  static func decode(_ row: Row) -> (Case, Int64) {
    let resident = Resident(
      name: row[3], phone: row[4], address: "", householdID: row[5], gridID: row[6])
    var c = Case(
      uuid: UUID(uuidString: row[0]) ?? UUID(), id: row[1],
      receivedAt: Millis.date(row[2] as Int64),
      resident: resident, text: "")
    c.category = row[7]
    c.tier = Tier(rawValue: row[8]) ?? .residence
    c.tierAtIntake = Tier(rawValue: row[9]) ?? c.tier
    c.state = CaseState(rawValue: row[10]) ?? .new
    c.deadline = Millis.date(row[11] as Int64?)
    c.firstContactDue = Millis.date(row[12] as Int64?)
    c.firstContactAt = Millis.date(row[13] as Int64?)
    c.escalations = row[14]
    c.resolvedAt = Millis.date(row[15] as Int64?)
    c.closedAt = Millis.date(row[16] as Int64?)
    c.rating = (row[17] as String?).flatMap(Rating.init(rawValue:))
    c.reopenCount = row[18]
    let updated: Int64 = row[19]
    c.updatedAt = Millis.date(updated)
    c.followUpResult = (row[20] as String?).flatMap(FollowUpResult.init(rawValue:))
    return (c, updated)
  }
}
