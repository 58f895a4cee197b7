import Foundation
import GRDB
import ShuoshiCore

/// Rewrites a case's projection — the `cases` row, its `case_ledger` row and its search
/// entries — from its merged history. The one writer of the projection, for local changes
/// and imports alike, so both give the same row for the same events.
///
/// Short ids never change: the number printed on a resident's receipt opens that case for good
/// (its identity is the uuid). Laptops with letters never issue the same id; when two laptops
/// without letters did (ids made before 0.2), the case that reached this laptop first keeps the
/// id in its row and a later one gets the first free `-2`, `-3`… as its row id here — a row id
/// only, since looking up the printed number finds every case that carries it
/// (`CaseStore.lookup`, `sameNumber`).
enum CaseProjector {
  /// Projects the case `uuid` from `history` (ledger order, personal fields joined). nil when
  /// the history has no `created` event yet (its creator's events have not arrived).
  @discardableResult
  static func project(
    _ uuid: UUID, history: [Event], indexSearch: Bool = true, _ db: Database
  ) throws -> Case? {
    guard var c = Case.replay(history),
      let created = history.first(where: { $0.kind == .created })
    else { return nil }
    let state = CaseLedgerState.replay(history)
    try db.cachedStatement(
      sql: """
        INSERT INTO case_ledger (case_uuid, base_id, created_hlc, created_device, created_seq,
          merged_into, erased, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(case_uuid) DO UPDATE SET base_id = excluded.base_id,
          created_hlc = excluded.created_hlc, created_device = excluded.created_device,
          created_seq = excluded.created_seq, merged_into = excluded.merged_into,
          erased = excluded.erased, conflict = excluded.conflict
        """
    ).execute(arguments: [
      uuid.uuidString, c.id, created.hlc.raw, created.device, created.seq,
      state.mergedInto?.uuidString, state.erased, state.hasConflict,
    ])
    let old = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT * FROM cases WHERE uuid = ?"), arguments: [uuid.uuidString]
    ).map(CaseRow.decode)
    c.id = try old?.id ?? freeID(base: c.id, db)
    try db.cachedStatement(sql: CaseRow.upsertSQL).execute(arguments: CaseRow.arguments(c))
    let num =
      try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT num FROM cases WHERE uuid = ?"),
        arguments: [uuid.uuidString]) ?? 0
    if indexSearch { try SearchIndex.update(num: num, old: old, new: c, in: db) }
    try GroupCaseProjection.write(uuid, history: history, db)
    return c
  }

  /// The projection after this laptop appended `written` to a case whose stored row is
  /// `existing`: one fold step per event instead of a replay of the whole history. Exact
  /// because a new local event descends from every event of the case (its parents are the
  /// heads) and sorts after all of them, so it changes neither what replay skips nor the
  /// conflicts, and `case_ledger` stays as it is. nil for the kinds that do change those
  /// (undo, settle, merge, erase): the caller replays. `verify` replays everything.
  /// `storedRow`: the case's row as stored, when the caller read it in this transaction (the
  /// sweep), so it is not looked up again by uuid.
  static func fold(
    _ existing: Case, with written: [Event], storedRow: SweepStoredRow? = nil, _ db: Database
  ) throws -> Case? {
    guard let last = written.last,
      written.allSatisfy({ !Self.replayKinds.contains($0.kind) })
    else { return nil }
    var c = existing
    for e in written { c = c.applying(e) }
    c.eventCount = existing.eventCount + written.count
    c.updatedAt = last.at
    guard
      let row = try storedRow
        ?? Row.fetchOne(
          db.cachedStatement(sql: "SELECT * FROM cases WHERE uuid = ?"),
          arguments: [c.uuid.uuidString]
        ).map(SweepStoredRow.init)
    else { return nil }
    // Only the columns that changed: each column named costs a rewrite of its indexes' entries.
    if let (sql, arguments) = CaseRow.update(row, to: c) {
      try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
    try SearchIndex.update(num: row.num, old: existing, new: c, in: db)
    return c
  }

  /// Kinds whose effect depends on the rest of the history (or change `case_ledger`).
  static let replayKinds: Set<EventKind> = [
    .created, .undone, .settled, .merged, .mergedInto, .unmerged, .erased, .grouped, .ungrouped,
  ]

  /// Re-reads and projects each case.
  static func rebuild(_ uuids: [UUID], _ db: Database) throws {
    for uuid in uuids {
      let history = try EventRow.history(of: uuid, in: db)
      try project(uuid, history: history, db)
    }
  }

  /// The row id of a case new to this laptop: its own id, or when a case already holds that
  /// (two laptops without letters issued it) the first free `-2`, `-3`….
  static func freeID(base: String, _ db: Database) throws -> String {
    let taken = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?)")
    var id = base
    var n = 1
    while try Bool.fetchOne(taken, arguments: [id]) ?? false {
      n += 1
      id = "\(base)-\(n)"
    }
    return id
  }
}
