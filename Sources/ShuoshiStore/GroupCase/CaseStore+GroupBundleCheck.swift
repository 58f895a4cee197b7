import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Refuses a bundle whose group links (`grouped` events) name a parent that neither the
  /// bundle nor this laptop has, that make a case its own ancestor, or that leave a group case
  /// with more than `CaseEngine.maxGroupChildren` children (a hand-made bundle could attach
  /// thousands, which every screen of the group would then read). Run inside the import's
  /// transaction after the touched cases are projected, so a refusal imports nothing. Peers
  /// are not trusted: a hand-made bundle must not leave a child pointing at nothing or a loop
  /// that the console would follow forever.
  static func checkGroupLinks(
    _ fresh: [Event], touched: [UUID], path: String, _ db: Database
  ) throws {
    var parents: [UUID: Event] = [:]
    for e in fresh {
      guard case .grouped(let link) = e.payload else { continue }
      func refuse(_ problem: BundleFieldProblem) -> LedgerError {
        .invalidEvent(
          path: path, device: e.device, seq: e.seq, field: "data.otherCase", problem: problem)
      }
      guard let parent = link.otherCase else { throw refuse(.unknownGroupCase) }
      if parent == e.caseUUID { throw refuse(.groupCycle) }
      let known = try holds(parent, db)
      // A link between two cases this laptop holds neither of (another unit's, in the street
      // office's chain, which a unit laptop pulls without that unit's own chains): no group
      // of it is here to check, so the import goes on.
      if !known, try !holds(e.caseUUID, db) { continue }
      if !known { throw refuse(.unknownGroupCase) }
      if try hasCycle(from: e.caseUUID, db) { throw refuse(.groupCycle) }
      if parents[parent] == nil { parents[parent] = e }
    }
    try checkLinksPassedOver(touched, path: path, db)
    let count = try db.cachedStatement(
      sql: "SELECT COUNT(*) FROM case_groups WHERE parent_uuid = ?")
    for (parent, e) in parents.sorted(by: { $0.value.seq < $1.value.seq }) {
      let n = try Int.fetchOne(count, arguments: [parent.uuidString]) ?? 0
      guard n > CaseEngine.maxGroupChildren else { continue }
      throw LedgerError.invalidEvent(
        path: path, device: e.device, seq: e.seq, field: "data.otherCase",
        problem: .groupTooLarge(count: n, max: CaseEngine.maxGroupChildren))
    }
  }

  /// A link passed over while this laptop held neither case is checked when the child comes to
  /// be held (its own chain arrives later): the child's projected parent must be held too, and
  /// no loop. Refused as a link in the import is.
  private static func checkLinksPassedOver(_ touched: [UUID], path: String, _ db: Database)
    throws
  {
    let parentOf = try db.cachedStatement(
      sql: "SELECT parent_uuid FROM case_groups WHERE child_uuid = ?")
    let lastLink = try db.cachedStatement(
      sql: """
        SELECT device, seq FROM events WHERE case_uuid = ? AND kind = 'grouped'
        ORDER BY hlc DESC, device DESC, seq DESC LIMIT 1
        """)
    for child in touched {
      guard let parent = try String.fetchOne(parentOf, arguments: [child.uuidString]),
        try holds(child, db)
      else { continue }
      let problem: BundleFieldProblem
      if let p = UUID(uuidString: parent), try !holds(p, db) {
        problem = .unknownGroupCase
      } else if try hasCycle(from: child, db) {
        problem = .groupCycle
      } else {
        continue
      }
      let row = try Row.fetchOne(lastLink, arguments: [child.uuidString])
      throw LedgerError.invalidEvent(
        path: path, device: row?["device"] ?? "", seq: row?["seq"] ?? 0,
        field: "data.otherCase", problem: problem)
    }
  }

  private static func holds(_ uuid: UUID, _ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE uuid = ?)"),
      arguments: [uuid.uuidString]) ?? false
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
