import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// `hub_cases`: each case as the laptops' own fold (`Case.replay`) makes it from its merged
/// events in ledger order, and personal fields an erasure reached removed as a laptop
/// removes them (`Erasure.wiped`).
enum HubProjection {
  static func rebuild(entity: String, _ c: PostgresConnection) async throws {
    var history: [LedgerBatchEvent] = []
    var unit: String?
    for try await row in try await c.query(
      PostgresQuery(
        unsafeSQL: "\(HubLedgerRows.selectSQL) WHERE e.entity = $1 ORDER BY e.hlc, e.device, e.seq",
        binds: binds(entity)),
      logger: HubDatabase.logger)
    {
      let (event, u) = try HubLedgerRows.decode(row)
      history.append(event)
      unit = u
    }
    let wiped = Erasure.wiped(in: history.map(\.fullEvent))
    let present = history.filter { wiped.contains($0.uuid) && $0.personalBody != nil }
    if !present.isEmpty {
      let uuids = present.map(\.uuid.uuidString)
      try await c.query(
        "DELETE FROM event_personal WHERE event_uuid = ANY(\(uuids))", logger: HubDatabase.logger)
      history = history.map { wiped.contains($0.uuid) ? $0.withoutPersonal : $0 }
    }
    guard let k = Case.replay(history.map(\.fullEvent)) else { return }
    let deadline = k.deadline.map(Self.ms)
    try await c.query(
      """
      INSERT INTO hub_cases (uuid, unit, case_id, state, category, tier, received_at, deadline,
        updated_at, event_count, voided)
      VALUES (\(entity), \(unit ?? ""), \(k.id), \(k.state.rawValue), \(k.category),
        \(k.tier.rawValue), \(Self.ms(k.receivedAt)), \(deadline), \(Self.ms(k.updatedAt)),
        \(k.eventCount), \(k.voided))
      ON CONFLICT (uuid) DO UPDATE SET unit = excluded.unit, case_id = excluded.case_id,
        state = excluded.state, category = excluded.category, tier = excluded.tier,
        received_at = excluded.received_at, deadline = excluded.deadline,
        updated_at = excluded.updated_at, event_count = excluded.event_count,
        voided = excluded.voided
      """, logger: HubDatabase.logger)
  }

  static func binds(_ value: String) -> PostgresBindings {
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
