import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// `hub_cases`: each case as the laptops' own fold (`Case.replay`) makes it from its merged
/// events in ledger order, and personal fields an erasure reached removed as a laptop
/// removes them (`Erasure.wiped`).
enum HubProjection {
  /// Re-projects the entities a batch touched, whole history each (the fold needs it: undo and
  /// settled conflicts skip earlier events). An entity new to the hub has no history but the
  /// batch's own, already checked events, so only the entities held before (`heldBefore`) are
  /// read back — in one query; the rows are written in one statement.
  static func rebuild(
    touched: [String], fresh: [LedgerBatchEvent], heldBefore: Set<String>,
    _ c: PostgresConnection
  ) async throws {
    guard !touched.isEmpty else { return }
    var histories: [String: [LedgerBatchEvent]] = [:]
    for e in fresh where !heldBefore.contains(e.entity.uuidString) {
      histories[e.entity.uuidString, default: []].append(e)
    }
    for key in histories.keys {
      histories[key]?.sort { ($0.hlc.raw, $0.device, $0.seq) < ($1.hlc.raw, $1.device, $1.seq) }
    }
    var units: [String: String] = [:]
    for try await (entity, unit) in try await c.query(
      "SELECT entity, unit FROM entity_units WHERE entity = ANY(\(touched))",
      logger: HubDatabase.logger
    ).decode((String, String).self) {
      units[entity] = unit
    }
    let reread = touched.filter { heldBefore.contains($0) }
    if !reread.isEmpty {
      for try await row in try await c.query(
        PostgresQuery(
          unsafeSQL:
            "\(HubLedgerRows.selectSQL) WHERE e.entity = ANY($1) ORDER BY e.entity, e.hlc, e.device, e.seq",
          binds: binds(reread)),
        logger: HubDatabase.logger)
      {
        let (event, _) = try HubLedgerRows.decode(row)
        histories[event.entity.uuidString, default: []].append(event)
      }
    }
    var wipedUUIDs: [String] = []
    var rows: [Row] = []
    var facts: [HubReportFactsTable.Row] = []
    for entity in touched {
      guard var history = histories[entity] else { continue }
      let wiped = Erasure.wiped(in: history.map(\.fullEvent))
      let present = history.filter { wiped.contains($0.uuid) && $0.personalBody != nil }
      if !present.isEmpty {
        wipedUUIDs += present.map(\.uuid.uuidString)
        history = history.map { wiped.contains($0.uuid) ? $0.withoutPersonal : $0 }
      }
      guard let k = Case.replay(history.map(\.fullEvent)) else { continue }
      rows.append(Row(entity: entity, unit: units[entity] ?? "", k))
      facts.append(HubReportFactsTable.Row(entity: entity, unit: units[entity] ?? "", k: k))
    }
    if !wipedUUIDs.isEmpty {
      try await c.query(
        "DELETE FROM event_personal WHERE event_uuid = ANY(\(wipedUUIDs))",
        logger: HubDatabase.logger)
    }
    try await upsert(rows, c)
    try await HubReportFactsTable.upsert(facts, c)
  }

  /// A `hub_cases` row.
  struct Row {
    var entity, unit, caseID, state, category, tier: String
    var receivedAt, updatedAt: Int64
    var deadline: Int64?
    var eventCount: Int64
    var voided: Bool

    init(entity: String, unit: String, _ k: Case) {
      self.entity = entity
      self.unit = unit
      caseID = k.id
      state = k.state.rawValue
      category = k.category
      tier = k.tier.rawValue
      receivedAt = HubProjection.ms(k.receivedAt)
      updatedAt = HubProjection.ms(k.updatedAt)
      deadline = k.deadline.map(HubProjection.ms)
      eventCount = Int64(k.eventCount)
      voided = k.voided
    }
  }

  static func upsert(_ rows: [Row], _ c: PostgresConnection) async throws {
    guard !rows.isEmpty else { return }
    try await c.query(
      """
      INSERT INTO hub_cases (uuid, unit, case_id, state, category, tier, received_at, deadline,
        updated_at, event_count, voided)
      SELECT u, un, id, st, ca, ti, ra, CASE WHEN hd THEN dl END, ua, ec, vo
      FROM UNNEST(\(rows.map(\.entity))::text[], \(rows.map(\.unit))::text[],
        \(rows.map(\.caseID))::text[], \(rows.map(\.state))::text[], \(rows.map(\.category))::text[],
        \(rows.map(\.tier))::text[], \(rows.map(\.receivedAt))::int8[],
        \(rows.map { $0.deadline ?? 0 })::int8[], \(rows.map { $0.deadline != nil })::bool[],
        \(rows.map(\.updatedAt))::int8[], \(rows.map(\.eventCount))::int8[],
        \(rows.map(\.voided))::bool[]) AS t(u, un, id, st, ca, ti, ra, dl, hd, ua, ec, vo)
      ON CONFLICT (uuid) DO UPDATE SET unit = excluded.unit, case_id = excluded.case_id,
        state = excluded.state, category = excluded.category, tier = excluded.tier,
        received_at = excluded.received_at, deadline = excluded.deadline,
        updated_at = excluded.updated_at, event_count = excluded.event_count,
        voided = excluded.voided
      """, logger: HubDatabase.logger)
  }

  static func binds(_ value: [String]) -> PostgresBindings {
    var b = PostgresBindings()
    b.append(value)
    return b
  }
}

extension HubProjection {
  /// Whole milliseconds since 1970, as the laptops store times.
  static func ms(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
  }
}
