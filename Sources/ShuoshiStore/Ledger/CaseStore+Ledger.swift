import Foundation
import GRDB
import ShuoshiCore

/// One case's unsettled conflict, as a conflicts screen lists it.
public struct ConflictItem: Sendable, Equatable {
  public var caseID: String
  public var conflict: CaseConflict
}

extension CaseStore {
  /// Checks every device's hash chain and every case's projection against a replay of its
  /// events. Read-only; `ok` is false when anything was altered, deleted or reordered.
  public func verify() throws(StoreError) -> VerifyReport {
    try read { db in try LedgerVerifier().run(db) }
  }

  /// The ledger side of a case: duplicate merges, erasure, open conflicts.
  public func ledgerState(of c: Case) throws(StoreError) -> CaseLedgerState {
    try read { db in CaseLedgerState.replay(try EventRow.history(of: c.uuid, in: db)) }
  }

  /// Every unsettled conflict, case by case (newest cases first): what a conflicts screen shows.
  public func conflicts() throws(StoreError) -> [ConflictItem] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.uuid, c.id FROM cases c JOIN case_ledger l ON l.case_uuid = c.uuid
          WHERE l.conflict = 1 ORDER BY c.received_at DESC, c.num DESC
          """)
      var items: [ConflictItem] = []
      for row in rows {
        guard let uuid = UUID(uuidString: row["uuid"]) else { continue }
        let history = try EventRow.history(of: uuid, in: db)
        items += Ledger(history).conflicts.map { ConflictItem(caseID: row["id"], conflict: $0) }
      }
      return items
    }
  }

  /// Settles a conflict of case `id` by keeping one version: `keep` is its number in the
  /// conflict's list (1 = first), or a prefix of its event uuid. The others stay in the
  /// history, set aside by a `settled` event (itself undoable) that carries the worker's
  /// `reason`, if given.
  public func settle(
    _ id: String, keep: String, field: LedgerField? = nil, reason: String? = nil, by actor: Actor,
    now: Date
  ) throws -> Case {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try ledgerWrite { db in
      let c = try resolve(id, in: db)
      try actor.require(.change, caseGrid: c.resident.gridID)
      let history = try EventRow.history(of: c.uuid, in: db)
      let open = Ledger(history).conflicts.filter { field == nil || $0.field == field }
      guard !open.isEmpty else { throw LedgerError.noConflict(id: c.id) }
      let wanted = keep.lowercased()
      var pick: (CaseConflict, Event)?
      for conflict in open {
        if let n = Int(wanted), (1...conflict.versions.count).contains(n) {
          pick = (conflict, conflict.versions[n - 1])
        } else if wanted.count >= 4,
          let v = conflict.versions.first(where: {
            $0.uuid.uuidString.lowercased().hasPrefix(wanted)
          })
        {
          pick = (conflict, v)
        }
        if pick != nil { break }
      }
      guard let (conflict, kept) = pick else {
        throw LedgerError.noSuchVersion(id: c.id, keep: keep)
      }
      let settled = EventPayload.Settled(
        target: kept.uuid,
        superseded: conflict.versions.filter { $0.uuid != kept.uuid }.map(\.uuid),
        field: conflict.field.rawValue, reason: reason)
      return try append(
        [EventDraft(.settled(settled))], to: c.uuid, existing: c, history: history, by: actor,
        at: now, db
      )
    }
  }

  /// Records that someone looked at a case's full personal details (an audit event) and
  /// returns the case; the caller may then show phone and ID numbers unmasked.
  public func reveal(_ id: String, by actor: Actor, now: Date) throws(StoreError) -> Case {
    try actor.require(.reveal)
    let now = Millis.truncate(now)
    return try write { db in
      let c = try resolve(id, in: db)
      return try appendReveal(c.uuid, by: actor, at: now, db) ?? c
    }
  }

  /// Records that someone was shown the full phone numbers of these records — cases,
  /// households, people of the register — as one `revealed` audit event on each, in one
  /// transaction. The CLI's `--reveal` flags call it before printing; the console's reveal
  /// writes the same event (`reveal`).
  public func recordReveal(of entities: [UUID], by actor: Actor, now: Date) throws(StoreError) {
    try actor.require(.reveal)
    let now = Millis.truncate(now)
    try write { db in
      for uuid in entities { _ = try appendReveal(uuid, by: actor, at: now, db) }
    }
  }

  /// Appends a `revealed` event to a case (reprojected: its event count changes; returns it)
  /// or to a register record (nil).
  func appendReveal(_ entity: UUID, by actor: Actor, at now: Date, _ db: Database) throws
    -> Case?
  {
    let draft = EventDraft(.revealed(.init(field: "phone")))
    guard
      let c = try Row.fetchOne(
        db, sql: "SELECT * FROM cases WHERE uuid = ?", arguments: [entity.uuidString]
      ).map(CaseRow.decode)
    else {
      try appendRegister([(entity, draft)], by: actor, at: now, db)
      return nil
    }
    return try append([draft], to: c.uuid, existing: c, by: actor, at: now, db)
  }

  /// Merges case `duplicate` into `keep`: a `merged` event on `keep` and a `merged_into` event
  /// on the duplicate, which then leaves the queues but stays findable. Reversed by `unmerge`.
  public func mergeCases(keep: String, duplicate: String, by actor: Actor, now: Date) throws
    -> (kept: Case, merged: Case)
  {
    try actor.require(.merge)
    let now = Millis.truncate(now)
    return try ledgerWrite { db in
      let a = try resolve(keep, in: db)
      let b = try resolve(duplicate, in: db)
      guard a.uuid != b.uuid else { throw LedgerError.sameCase(id: a.id) }
      for c in [a, b] {
        let state = CaseLedgerState.replay(try EventRow.history(of: c.uuid, in: db))
        if let into = state.mergedInto {
          throw LedgerError.alreadyMerged(id: c.id, into: try caseID(into, db))
        }
      }
      let bState = CaseLedgerState.replay(try EventRow.history(of: b.uuid, in: db))
      if let first = bState.absorbed.first {
        throw LedgerError.alreadyMerged(id: try caseID(first, db), into: b.id)
      }
      return try linkPair(
        a, EventPayload.merged, b, EventPayload.mergedInto, by: actor, at: now, db)
    }
  }

  /// Undoes the merge of case `id` (the duplicate): `unmerged` events on both cases; the
  /// duplicate is back in the queues.
  public func unmerge(_ id: String, by actor: Actor, now: Date) throws -> (
    kept: Case, restored: Case
  ) {
    try actor.require(.merge)
    let now = Millis.truncate(now)
    return try ledgerWrite { db in
      var b = try resolve(id, in: db)
      var state = CaseLedgerState.replay(try EventRow.history(of: b.uuid, in: db))
      if state.mergedInto == nil, let only = state.absorbed.first, state.absorbed.count == 1 {
        // Given the case kept: unmerge its one duplicate.
        b = try resolve(only.uuidString, in: db)
        state = CaseLedgerState.replay(try EventRow.history(of: b.uuid, in: db))
      }
      guard let into = state.mergedInto else { throw LedgerError.notMerged(id: b.id) }
      let a = try resolve(into.uuidString, in: db)
      return try linkPair(
        a, EventPayload.unmerged, b, EventPayload.unmerged, by: actor, at: now, db)
    }
  }

  /// One event on each of two cases naming the other (merge and unmerge are visible in both
  /// histories); returns the two cases after them.
  private func linkPair(
    _ a: Case, _ kindA: (EventPayload.CaseLink) -> EventPayload, _ b: Case,
    _ kindB: (EventPayload.CaseLink) -> EventPayload, by actor: Actor, at now: Date,
    _ db: Database
  ) throws -> (Case, Case) {
    let onA = EventPayload.CaseLink(otherCase: b.uuid, otherCaseID: b.id)
    let onB = EventPayload.CaseLink(otherCase: a.uuid, otherCaseID: a.id)
    let first = try append(
      [EventDraft(kindA(onA))], to: a.uuid, existing: a, by: actor, at: now, db)
    let second = try append(
      [EventDraft(kindB(onB))], to: b.uuid, existing: b, by: actor, at: now, db)
    return (first, second)
  }

  /// Short ids of the cases merged into `c`, and the case it was merged into (if any).
  public func mergeLinks(of c: Case) throws(StoreError) -> (absorbed: [String], mergedInto: String?)
  {
    try read { db in
      let state = CaseLedgerState.replay(try EventRow.history(of: c.uuid, in: db))
      return (
        try state.absorbed.map { try caseID($0, db) },
        try state.mergedInto.map { try caseID($0, db) }
      )
    }
  }

  func caseID(_ uuid: UUID, _ db: Database) throws -> String {
    try String.fetchOne(
      db, sql: "SELECT id FROM cases WHERE uuid = ?", arguments: [uuid.uuidString])
      ?? uuid.uuidString.lowercased()
  }

  /// A write transaction that lets `LedgerError` through and maps the rest like `write`.
  func ledgerWrite<T>(_ body: (Database) throws -> T) throws -> T {
    try write(passing: LedgerError.self, body)
  }

  /// A write transaction that lets a use case's own `Passed` errors through as they are and
  /// maps the rest like `write` (engine refusals, SQLite errors).
  func write<T, Passed: Error>(passing _: Passed.Type, _ body: (Database) throws -> T) throws
    -> T
  {
    do {
      return try pool.write(body)
    } catch let error as Passed {
      throw error
    } catch let error as StoreError {
      throw error
    } catch let error as EngineError {
      throw StoreError.engine(error)
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }
}
