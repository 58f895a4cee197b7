import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Refuses a bundle whose group links (`grouped` events) name a parent that neither the
  /// bundle nor this laptop has, or that make a case its own ancestor. Run inside the import's
  /// transaction after the touched cases are projected, so a refusal imports nothing. Peers
  /// are not trusted: a hand-made bundle must not leave a child pointing at nothing or a loop
  /// that the console would follow forever.
  static func checkGroupLinks(_ fresh: [Event], path: String, _ db: Database) throws {
    for e in fresh {
      guard case .grouped(let link) = e.payload else { continue }
      func refuse(_ problem: BundleFieldProblem) -> LedgerError {
        .invalidEvent(
          path: path, device: e.device, seq: e.seq, field: "data.otherCase", problem: problem)
      }
      guard let parent = link.otherCase else { throw refuse(.unknownGroupCase) }
      if parent == e.caseUUID { throw refuse(.groupCycle) }
      let known =
        try Bool.fetchOne(
          db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE uuid = ?)"),
          arguments: [parent.uuidString]) ?? false
      if !known { throw refuse(.unknownGroupCase) }
      if try hasCycle(from: e.caseUUID, db) { throw refuse(.groupCycle) }
    }
  }

  /// True when following parents up from `child` comes back to it (bounded: a chain longer
  /// than any group can be is a loop too).
  private static func hasCycle(from child: UUID, _ db: Database) throws -> Bool {
    let up = try db.cachedStatement(sql: "SELECT parent_uuid FROM case_groups WHERE child_uuid = ?")
    var current = child.uuidString
    for _ in 0...CaseEngine.maxGroupChildren {
      guard let parent = try String.fetchOne(up, arguments: [current]) else { return false }
      if parent == child.uuidString { return true }
      current = parent
    }
    return true
  }
}
