import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// `hub_report_facts`: written beside `hub_cases` by the same projection (`HubProjection`),
/// from the same fold of each case, so the two never disagree.
enum HubReportFactsTable {
  /// Stands for NULL in the bigint arrays sent to `UNNEST` (no case time is this far back).
  static let none = Int64.min

  struct Row {
    var entity, unit: String
    var k: Case
  }

  static func upsert(_ rows: [Row], _ c: PostgresConnection) async throws {
    guard !rows.isEmpty else { return }
    func ms(_ d: Date?) -> Int64 { d.map(HubProjection.ms) ?? none }
    let k = rows.map(\.k)
    try await c.query(
      """
      INSERT INTO hub_report_facts (uuid, unit, id, received_at, resident_name, resident_phone,
        household_id, grid_id, category, tier, tier_at_intake, state, deadline, first_contact_due,
        first_contact_at, escalations, resolved_at, closed_at, rating, reopen_count, updated_at,
        follow_up_result, voided, supervised)
      SELECT u, un, id, ra, rn, rp, NULLIF(hh, ''), NULLIF(gr, ''), ca, ti, tai, st,
        NULLIF(dl, \(none)), NULLIF(fcd, \(none)), NULLIF(fca, \(none)), esc,
        NULLIF(rs, \(none)), NULLIF(cl, \(none)), NULLIF(rt, ''), ro, ua, NULLIF(fu, ''), vo, su
      FROM UNNEST(\(rows.map(\.entity))::text[], \(rows.map(\.unit))::text[],
        \(k.map(\.id))::text[], \(k.map { HubProjection.ms($0.receivedAt) })::int8[],
        \(k.map(\.resident.name))::text[], \(k.map(\.resident.phone))::text[],
        \(k.map { $0.resident.householdID ?? "" })::text[],
        \(k.map { $0.resident.gridID ?? "" })::text[], \(k.map(\.category))::text[],
        \(k.map(\.tier.rawValue))::text[], \(k.map(\.tierAtIntake.rawValue))::text[],
        \(k.map(\.state.rawValue))::text[], \(k.map { ms($0.deadline) })::int8[],
        \(k.map { ms($0.firstContactDue) })::int8[], \(k.map { ms($0.firstContactAt) })::int8[],
        \(k.map { Int64($0.escalations) })::int8[], \(k.map { ms($0.resolvedAt) })::int8[],
        \(k.map { ms($0.closedAt) })::int8[], \(k.map { $0.rating?.rawValue ?? "" })::text[],
        \(k.map { Int64($0.reopenCount) })::int8[], \(k.map { HubProjection.ms($0.updatedAt) })::int8[],
        \(k.map { $0.followUpResult?.rawValue ?? "" })::text[], \(k.map(\.voided))::bool[],
        \(k.map(\.supervised))::bool[])
        AS t(u, un, id, ra, rn, rp, hh, gr, ca, ti, tai, st, dl, fcd, fca, esc, rs, cl, rt, ro,
          ua, fu, vo, su)
      ON CONFLICT (uuid) DO UPDATE SET unit = excluded.unit, id = excluded.id,
        received_at = excluded.received_at, resident_name = excluded.resident_name,
        resident_phone = excluded.resident_phone, household_id = excluded.household_id,
        grid_id = excluded.grid_id, category = excluded.category, tier = excluded.tier,
        tier_at_intake = excluded.tier_at_intake, state = excluded.state,
        deadline = excluded.deadline, first_contact_due = excluded.first_contact_due,
        first_contact_at = excluded.first_contact_at, escalations = excluded.escalations,
        resolved_at = excluded.resolved_at, closed_at = excluded.closed_at,
        rating = excluded.rating, reopen_count = excluded.reopen_count,
        updated_at = excluded.updated_at, follow_up_result = excluded.follow_up_result,
        voided = excluded.voided, supervised = excluded.supervised
      """, logger: HubDatabase.logger)
  }

  /// Fills the facts of the cases a hub held before `hub-v3-report-facts` (upgrades lose
  /// nothing): each re-projected from its events, a few thousand per transaction. Runs once;
  /// `hub_meta` records that it finished.
  static func backfill(_ db: HubDatabase) async throws {
    for try await _ in try await db.client.query(
      "SELECT 1 FROM hub_meta WHERE key = 'report-facts-filled'"
    ) { return }
    while true {
      var missing: [String] = []
      for try await uuid in try await db.client.query(
        """
        SELECT c.uuid FROM hub_cases c
        WHERE NOT EXISTS (SELECT 1 FROM hub_report_facts f WHERE f.uuid = c.uuid)
        ORDER BY c.uuid LIMIT 2000
        """
      ).decode(String.self) {
        missing.append(uuid)
      }
      if missing.isEmpty { break }
      let before = missing
      try await db.transaction { c in
        try await HubProjection.rebuild(
          touched: before, fresh: [], heldBefore: Set(before), c)
      }
      // A case the fold can no longer project would come back forever: stop instead.
      var still = 0
      for try await n in try await db.client.query(
        "SELECT count(*) FROM hub_report_facts WHERE uuid = ANY(\(before))"
      ).decode(Int64.self) {
        still = before.count - Int(n)
      }
      if still == before.count { break }
    }
    try await db.client.query(
      "INSERT INTO hub_meta (key, value) VALUES ('report-facts-filled', 'yes') ON CONFLICT (key) DO NOTHING"
    )
  }
}
