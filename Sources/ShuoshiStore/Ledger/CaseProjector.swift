import Foundation
import GRDB
import ShuoshiCore

/// A short case id that changed because two laptops gave the same id to different cases.
public struct IDRename: Sendable, Equatable {
  public var caseUUID: UUID
  public var from: String
  public var to: String
}

/// Rewrites a case's projection — the `cases` row, its `case_ledger` row and its search
/// entries — from its merged history. The one writer of the projection, for local changes
/// and imports alike, so both give the same row for the same events.
///
/// Short ids: cases whose `created` events carry the same id (two laptops with one site code)
/// are ranked by their `created` event in ledger order; the first keeps the id, the next get
/// `-2`, `-3`… — the same answer on every laptop, whatever the import order.
enum CaseProjector {
  /// Projects the case `uuid` from `history` (ledger order, personal fields joined). nil when
  /// the history has no `created` event yet (its creator's events have not arrived).
  @discardableResult
  static func project(
    _ uuid: UUID, history: [Event], indexSearch: Bool = true, _ db: Database
  ) throws -> (Case, [IDRename])? {
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
    let (finalID, renames) = try settleIDs(base: c.id, for: uuid, oldID: old?.id, db)
    c.id = finalID
    try db.cachedStatement(sql: CaseRow.upsertSQL).execute(arguments: CaseRow.arguments(c))
    let num =
      try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT num FROM cases WHERE uuid = ?"),
        arguments: [uuid.uuidString]) ?? 0
    if indexSearch { try SearchIndex.update(num: num, old: old, new: c, in: db) }
    return (c, renames)
  }

  /// The projection after this laptop appended `written` to a case whose stored row is
  /// `existing`: one fold step per event instead of a replay of the whole history. Exact
  /// because a new local event descends from every event of the case (its parents are the
  /// heads) and sorts after all of them, so it changes neither what replay skips nor the
  /// conflicts, and `case_ledger` stays as it is. nil for the kinds that do change those
  /// (undo, settle, merge, erase): the caller replays. `verify` replays everything.
  static func fold(_ existing: Case, with written: [Event], _ db: Database) throws -> Case? {
    guard let last = written.last,
      written.allSatisfy({ !Self.replayKinds.contains($0.kind) })
    else { return nil }
    var c = existing
    for e in written { c = c.applying(e) }
    c.eventCount = existing.eventCount + written.count
    c.updatedAt = last.at
    guard
      let num = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT num FROM cases WHERE uuid = ?"),
        arguments: [c.uuid.uuidString])
    else { return nil }
    try db.cachedStatement(sql: CaseRow.upsertSQL).execute(arguments: CaseRow.arguments(c))
    try SearchIndex.update(num: num, old: existing, new: c, in: db)
    return c
  }

  /// Kinds whose effect depends on the rest of the history (or change `case_ledger`).
  static let replayKinds: Set<EventKind> = [
    .created, .undone, .settled, .merged, .mergedInto, .unmerged, .erased,
  ]

  /// Re-reads and projects each case; returns the ids that changed.
  static func rebuild(_ uuids: [UUID], _ db: Database) throws -> [IDRename] {
    var renames: [IDRename] = []
    for uuid in uuids {
      let history = try EventRow.history(of: uuid, in: db)
      if let (_, r) = try project(uuid, history: history, db) { renames += r }
    }
    return renames
  }

  /// The final ids of every case sharing `base` (ranked by their `created` events), with the
  /// rows of the others renamed as needed. Returns the id of `uuid`.
  static func settleIDs(base: String, for uuid: UUID, oldID: String?, _ db: Database) throws
    -> (String, [IDRename])
  {
    let members = try String.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT case_uuid FROM case_ledger WHERE base_id = ?
          ORDER BY created_hlc, created_device, created_seq
          """), arguments: [base])
    guard members.count > 1 else {
      return (
        base,
        oldID != nil && oldID != base ? [IDRename(caseUUID: uuid, from: oldID!, to: base)] : []
      )
    }
    let final = Dictionary(
      uniqueKeysWithValues: members.enumerated().map { i, m in
        (m, i == 0 ? base : "\(base)-\(i + 1)")
      })
    var current: [String: String] = [:]
    for m in members {
      if let id = try String.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM cases WHERE uuid = ?"), arguments: [m])
      {
        current[m] = id
      }
    }
    let moving = current.filter { final[$0.key] != $0.value }
    // Through a temporary id (the uuid), so no two rows ever hold one id.
    for m in moving.keys.sorted() {
      try db.execute(sql: "UPDATE cases SET id = ? WHERE uuid = ?", arguments: [m, m])
    }
    var renames: [IDRename] = []
    for (m, from) in moving.sorted(by: { $0.key < $1.key }) {
      if m != uuid.uuidString {
        try db.execute(sql: "UPDATE cases SET id = ? WHERE uuid = ?", arguments: [final[m]!, m])
      }
      renames.append(IDRename(caseUUID: UUID(uuidString: m)!, from: from, to: final[m]!))
    }
    let mine = final[uuid.uuidString] ?? base
    if oldID == nil && mine != base {
      renames.append(IDRename(caseUUID: uuid, from: base, to: mine))
    }
    return (mine, renames)
  }
}
