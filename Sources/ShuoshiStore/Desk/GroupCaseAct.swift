import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// `action` on case `c` and, when `c` is a group case (母案) and the action is one that
  /// acts on children (`CaseEngine.actsOnChildren`), on each of its children too — in the
  /// caller's transaction, so the group step is saved whole. A child the engine refuses (one
  /// already resolved cannot be assigned) is left as it is. A resolution gives each child the
  /// parent's summary; each keeps its own resident, receipt and 回访.
  ///
  /// Undo of a parent takes back the group step: the parent's last step, and each child's last
  /// step when the same group step wrote it (same laptop, operator and instant, after it).
  /// `perform` goes through here, so the CLI and the console get the same group behaviour.
  func actThroughGroup(
    _ action: Action, on c: Case, engine: CaseEngine, by actor: Actor, now: Date,
    _ db: Database
  ) throws -> Case {
    let acting = action == .undo || CaseEngine.actsOnChildren(action)
    guard acting else { return try act(action, on: c, engine: engine, by: actor, now: now, db) }
    let children = try Self.children(of: c.uuid, db)
    guard !children.isEmpty else {
      return try act(action, on: c, engine: engine, by: actor, now: now, db)
    }
    if action == .undo {
      return try undoGroupStep(c, children, engine: engine, by: actor, now: now, db)
    }
    let updated = try act(action, on: c, engine: engine, by: actor, now: now, db)
    let childAction: Action
    if case .resolve(let summary, _) = action {
      childAction = .resolve(summary: summary, onSpot: false)
    } else {
      childAction = action
    }
    for child in children {
      try Self.unlessRefused(db) {
        _ = try act(childAction, on: child, engine: engine, by: actor, now: now, db)
      }
    }
    return updated
  }

  private func undoGroupStep(
    _ parent: Case, _ children: [Case], engine: CaseEngine, by actor: Actor, now: Date,
    _ db: Database
  ) throws -> Case {
    let target = CaseEngine.undoTarget(in: try EventRow.history(of: parent.uuid, in: db))
    let updated = try act(.undo, on: parent, engine: engine, by: actor, now: now, db)
    guard let target else { return updated }
    for child in children {
      let history = try EventRow.history(of: child.uuid, in: db)
      guard let own = CaseEngine.undoTarget(in: history), Self.sameStep(own, as: target) else {
        continue
      }
      try Self.unlessRefused(db) {
        _ = try act(.undo, on: child, engine: engine, by: actor, now: now, db)
      }
    }
    return updated
  }

  /// A child's event written by the same group step as the parent's `target`: of its kind (a
  /// group step writes the same action on each), by one laptop and operator at one instant (a
  /// transaction's `now`), after it in the laptop's sequence. So undoing the parent's own
  /// intake steps never takes back the children's `grouped` links written with them.
  static func sameStep(_ e: Event, as target: Event) -> Bool {
    e.kind == target.kind && e.device == target.device && e.operator == target.operator
      && e.at == target.at && e.seq > target.seq
  }

  /// Runs `step` in a savepoint; an engine refusal rolls back that step alone.
  static func unlessRefused(_ db: Database, _ step: () throws -> Void) throws {
    do {
      try db.inSavepoint {
        try step()
        return .commit
      }
    } catch is EngineError {
      return
    }
  }
}
