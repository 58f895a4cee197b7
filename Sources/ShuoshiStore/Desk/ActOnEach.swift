import Foundation
import GRDB
import ShuoshiCore

/// What a batch did to one case: the events it wrote, or why the engine refused it.
public enum BatchResult: Sendable, Equatable {
  case done(Case, events: [UUID])
  /// The case was left as it was: the engine refused the action, or the case is gone.
  case skipped(id: String, StoreError)

  public var id: String {
    switch self {
    case .done(let c, _): return c.id
    case .skipped(let id, _): return id
    }
  }
}

extension CaseStore {
  /// One action on each of the cases `ids` (the queue's marked cases), in one transaction:
  /// each case goes through `act`, exactly as a single action does. A case the engine refuses
  /// (urge on a case that is not late) is skipped and reported; any other failure (the disk)
  /// rolls the whole batch back, so a batch is saved whole or not at all.
  public func actOnEach(
    _ action: Action, ids: [String], engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> [BatchResult] {
    let now = Millis.truncate(now)
    return try write { db in
      try ids.map { id in
        try skippingRefusal(id, db) {
          let c = try resolve(id, in: db)
          let before = try Self.lastEventNum(db)
          let updated = try act(action, on: c, engine: engine, by: actor, now: now, db)
          return .done(updated, events: try Self.events(of: c.uuid, after: before, db))
        }
      }
    }
  }

  /// Takes back a batch (`actOnEach`'s results) in one transaction: each case's batch events
  /// are undone, last first, through the same `undo` action as a single undo. A case where
  /// something else happened since (its undo would take back another event) is left as it is
  /// and reported.
  public func undoBatch(
    _ batch: [(id: String, events: [UUID])], engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> [BatchResult] {
    let now = Millis.truncate(now)
    return try write { db in
      try batch.map { entry in
        try skippingRefusal(entry.id, db) {
          var c = try resolve(entry.id, in: db)
          let before = try Self.lastEventNum(db)
          let batchEvents = Set(entry.events)
          while true {
            let history = try EventRow.history(of: c.uuid, in: db)
            let undone = Set(history.lazy.filter { $0.kind == .undone }.compactMap(\.undoneTarget))
            // Only undoable events are taken back; the rest (a routed assignment) go with them.
            let standing = history.filter {
              batchEvents.contains($0.uuid) && $0.kind.isUndoable && !undone.contains($0.uuid)
            }
            if standing.isEmpty { break }
            guard let target = CaseEngine.undoTarget(in: history),
              standing.contains(where: { $0.uuid == target.uuid })
            else { throw EngineError.nothingToUndo }
            c = try act(.undo, on: c, engine: engine, by: actor, now: now, db)
          }
          return .done(c, events: try Self.events(of: c.uuid, after: before, db))
        }
      }
    }
  }

  /// Runs one case's step in a savepoint: an engine refusal (or a case not found) rolls back
  /// that case alone and is reported; anything else aborts the batch.
  private func skippingRefusal(
    _ id: String, _ db: Database, _ step: () throws -> BatchResult
  ) throws -> BatchResult {
    do {
      var result: BatchResult?
      try db.inSavepoint {
        result = try step()
        return .commit
      }
      return result!
    } catch let error as EngineError {
      return .skipped(id: id, .engine(error))
    } catch let error as StoreError {
      if case .notFound = error { return .skipped(id: id, error) }
      // A case outside a 网格员's grid is skipped and named like one the engine refuses.
      if case .roleRefused = error { return .skipped(id: id, error) }
      throw error
    }
  }

  private static func lastEventNum(_ db: Database) throws -> Int64 {
    try Int64.fetchOne(db, sql: "SELECT MAX(num) FROM events") ?? 0
  }

  private static func events(of caseUUID: UUID, after num: Int64, _ db: Database) throws
    -> [UUID]
  {
    try String.fetchAll(
      db, sql: "SELECT uuid FROM events WHERE case_uuid = ? AND num > ? ORDER BY num",
      arguments: [caseUUID.uuidString, num]
    ).compactMap(UUID.init(uuidString:))
  }
}
