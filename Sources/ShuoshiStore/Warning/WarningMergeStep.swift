import Foundation
import GRDB
import ShuoshiCore

/// One matter, one warning: when the cases of two or more warnings fall in one matter (booth A
/// raised 黄 from a1…a3, booth B the same Saturday from b1…b3 of the same worksite, and a bundle
/// brought them together), they are folded into one. Run by an import after it links the cases
/// new here (`CaseStore.linkImported`), so a bundle and a hub batch fold alike.
///
/// The same on every laptop, whatever the order: each absorbed warning gets a `warning_merged`
/// naming the survivor (an edge), and which warning of an edge-connected group survives is
/// decided from the group alone (`survivor(of:)`), never from who merged first. Two laptops that
/// merged at the same time, even naming different survivors, agree once they meet: the edges
/// join, the rule picks one, and the survivor is raised with the union only when it lacks part
/// of it — a merge that arrives for a warning already merged is adopted, not repeated.
struct WarningMergeStep {
  let upkeep: WarningUpkeep

  /// How many warnings one group may hold: one matter is a few warnings, never hundreds.
  static let maxGroup = 50

  /// Folds each group the `touched` warnings belong to; returns the survivors written.
  @discardableResult
  func settle(_ touched: Set<UUID>, _ db: Database) throws -> Set<UUID> {
    var seen = Set<UUID>()
    var survivors = Set<UUID>()
    for start in touched.sorted(by: { $0.uuidString < $1.uuidString }) where !seen.contains(start) {
      let group = try Self.group(of: start, db)
      seen.formUnion(group)
      // A warning alone in its matter (the usual case) stands: nothing to read or write.
      guard group.count > 1 else {
        try Self.setMergedInto(start, nil, db)
        continue
      }
      if let s = try fold(group, db) { survivors.insert(s) }
    }
    return survivors
  }

  /// A warning of a group as its events add up, and the first complaint its first raise named
  /// (its origin: later raises — a union written elsewhere — never move it).
  struct Member {
    let warning: Warning
    let origin: Date
  }

  static func member(_ uuid: UUID, _ db: Database) throws -> Member? {
    let events = try WarningProjection.history(uuid, db)
    guard var w = Warning.replay(events) else { return nil }
    w.mergedInto = try WarningProjection.mergedInto(uuid, db)
    let origin = events.lazy.compactMap { e -> Date? in
      guard case .warningRaised(let r) = e.payload else { return nil }
      return r.firstAt ?? e.at
    }.first
    return Member(warning: w, origin: origin ?? w.firstAt)
  }

  /// The survivor of a matter's warnings: one already taken on as a group case (it keeps its
  /// group case and owner), else the one whose first complaint came first, ties by UUID. Read
  /// from the warnings' own events, so every laptop holding them picks the same one.
  static func survivor(of members: [Member]) -> Warning? {
    func key(_ m: Member) -> (Int, Date, String) {
      (m.warning.state == .takenOn ? 0 : 1, m.origin, m.warning.uuid.uuidString)
    }
    return members.min { key($0) < key($1) }?.warning
  }

  /// Makes `group` one warning; nil when it was one already.
  func fold(_ group: Set<UUID>, _ db: Database) throws -> UUID? {
    let found = try group.compactMap { try Self.member($0, db) }
    let members = found.map(\.warning)
    guard members.count > 1, let s = Self.survivor(of: found) else {
      for m in members where m.mergedInto != nil { try Self.setMergedInto(m.uuid, nil, db) }
      return nil
    }
    let others = members.filter { $0.uuid != s.uuid }.sorted {
      $0.uuid.uuidString < $1.uuid.uuidString
    }
    // An edge from each part not yet joined to the survivor's by `warning_merged` events.
    var parts = try Self.edgeParts(members.map(\.uuid), db)
    for m in others where parts[m.uuid] != parts[s.uuid] {
      _ = try EventLog.append(
        [EventDraft(.warningMerged(.init(survivor: s.uuid)))], entity: m.uuid,
        device: upkeep.device, by: upkeep.actor, at: upkeep.now, db)
      let joined = parts[m.uuid]
      for (k, v) in parts where v == joined { parts[k] = parts[s.uuid] }
    }
    for m in others { try WarningProjection.rebuild(m.uuid, db) }
    try raiseUnion(s, others, db)
    for m in others { try Self.setMergedInto(m.uuid, s.uuid, db) }
    try Self.setMergedInto(s.uuid, nil, db)
    return s.uuid
  }

  /// Raises the survivor with the cases of all, at the level the union asks (levels only
  /// rise), naming the warnings folded in — only when it lacks any of that.
  func raiseUnion(_ s: Warning, _ others: [Warning], _ db: Database) throws {
    let current = Warning.replay(try WarningProjection.history(s.uuid, db)) ?? s
    var union = current.cases
    for m in others { for c in m.cases where !union.contains(c) { union.append(c) } }
    union = Array(union.prefix(WarningRules.maxCases))
    var nums: [Int64] = []
    for c in union { if let n = try WarningUpkeep.num(of: c, db) { nums.append(n) } }
    let profiles = try WarningCandidateRows.profiles(nums, stored: upkeep.storedProfiles, db)
      .map(\.profile)
    let assessment = WarningAssessment(profiles, rules: upkeep.rules)
    let level = ([assessment.level, current.level] + others.map(\.level)).compactMap { $0 }.max()!
    let absorbed = others.map(\.uuid)
    let fresh = absorbed.filter { !current.absorbed.contains($0) }
    let grows = !Set(union).isSubset(of: Set(current.cases))
    guard grows || level > current.level || !fresh.isEmpty else { return }
    let households = ([assessment.households, current.households] + others.map(\.households)).max()!
    let firstAt = ([assessment.firstAt, current.firstAt] + others.map(\.firstAt)).min()!
    let raised = EventPayload.WarningRaised(
      level: level, cases: union, households: households,
      place: assessment.place ?? current.place, party: assessment.party ?? current.party,
      firstAt: profiles.isEmpty ? current.firstAt : firstAt,
      reason: assessment.groupWord ?? current.groupWord, absorbed: absorbed)
    _ = try EventLog.append(
      [EventDraft(.warningRaised(raised))], entity: s.uuid, device: upkeep.device,
      by: upkeep.actor, at: upkeep.now, db)
    try WarningProjection.rebuild(s.uuid, db)
  }

  /// The warnings one matter holds, from `start`: those joined by merge edges, naming a case
  /// of the same matter (`matter_clusters`), or naming one of the same cases. Bounded.
  static func group(of start: UUID, _ db: Database) throws -> Set<UUID> {
    var group: Set<UUID> = [start]
    var queue = [start]
    while let w = queue.popLast(), group.count < maxGroup {
      for n in try neighbours(of: w, db) where !group.contains(n) && group.count < maxGroup {
        group.insert(n)
        queue.append(n)
      }
    }
    return group
  }

  static func neighbours(of w: UUID, _ db: Database) throws -> [UUID] {
    let id = w.uuidString
    let edges = try String.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT survivor FROM warning_merges WHERE absorbed = ?
          UNION SELECT absorbed FROM warning_merges WHERE survivor = ?
          """), arguments: [id, id])
    let matter = try String.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT DISTINCT other.warning_uuid FROM warning_cases mine
          JOIN cases c ON c.uuid = mine.case_uuid
          JOIN matter_clusters mc ON mc.num = c.num
          JOIN matter_clusters peer ON peer.cluster = mc.cluster
          JOIN cases pc ON pc.num = peer.num
          JOIN warning_cases other ON other.case_uuid = pc.uuid
          WHERE mine.warning_uuid = ? AND other.warning_uuid <> mine.warning_uuid
          UNION
          SELECT other.warning_uuid FROM warning_cases mine
          JOIN warning_cases other ON other.case_uuid = mine.case_uuid
          WHERE mine.warning_uuid = ? AND other.warning_uuid <> mine.warning_uuid
          LIMIT \(maxGroup)
          """), arguments: [id, id])
    return (edges + matter).compactMap(UUID.init(uuidString:))
  }

  /// Each warning's part of `ids` as joined by merge edges (union–find over `warning_merges`).
  static func edgeParts(_ ids: [UUID], _ db: Database) throws -> [UUID: UUID] {
    var parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
    func root(_ x: UUID) -> UUID {
      var x = x
      while let p = parent[x], p != x { x = p }
      return x
    }
    let query = try db.cachedStatement(
      sql: "SELECT survivor FROM warning_merges WHERE absorbed = ?")
    for a in ids {
      for s in try String.fetchAll(query, arguments: [a.uuidString]).compactMap(
        UUID.init(uuidString:))
      where parent[s] != nil {
        let (ra, rs) = (root(a), root(s))
        if ra != rs { parent[ra] = rs }
      }
    }
    return Dictionary(uniqueKeysWithValues: ids.map { ($0, root($0)) })
  }

  static func setMergedInto(_ uuid: UUID, _ survivor: UUID?, _ db: Database) throws {
    try db.cachedStatement(sql: "UPDATE warnings SET merged_into = ? WHERE uuid = ?")
      .execute(arguments: [survivor?.uuidString, uuid.uuidString])
  }
}
