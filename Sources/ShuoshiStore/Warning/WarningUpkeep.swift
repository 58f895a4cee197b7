import Crypto
import Foundation
import GRDB
import ShuoshiCore

/// Linking at a save: the one place a case joins a matter and a warning is raised or raised
/// further. Called in its own transaction right after the save's (`CaseStore.linkPending`),
/// or inside an import's. Bounded: each of the case's keys reads at most
/// `WarningRules.maxCandidates` cases within the window, and a matter at most
/// `WarningRules.maxCases`.
struct WarningUpkeep {
  let rules: WarningRules
  let device: String
  let actor: Actor
  let now: Date
  /// False reads no stored profile (`matter_profiles`) and writes none for candidates: the
  /// linking cost before them, for the benchmark's before/after.
  var storedProfiles = true

  /// What linking did for one case.
  struct Outcome: Equatable {
    var linked: Int = 0
    var warning: UUID?
    var raised = false
  }

  /// Keys, links and (when the matter reaches 黄) the warning for the saved case `c`.
  @discardableResult
  func link(_ c: Case, _ db: Database) throws -> Outcome {
    guard let num = try Self.num(of: c.uuid, db) else { return Outcome() }
    let profile = MatterLinkProfile(c)
    try Self.writeKeys(profile, num: num, db)
    guard !c.voided else { return Outcome() }
    let linker = MatterLinker(rules: rules)
    let candidates = try Self.candidates(
      of: profile, num: num, rules: rules, stored: storedProfiles, db)
    // Candidates of an older store, derived from their rows this time, keep their profiles.
    for c in candidates where !c.stored && storedProfiles {
      try Self.writeProfile(c.profile, num: c.num, db)
    }
    let links = linker.links(profile, candidates.map(\.profile))
    let linked = zip(candidates, links).filter { $0.1 != nil }.map(\.0)
    guard !linked.isEmpty else { return Outcome() }
    // The matter: the linked cases' clusters joined with this case.
    var clusters = Set<String>()
    for l in linked { if let k = try Self.cluster(of: l.num, db) { clusters.insert(k) } }
    var nums = Set([num] + linked.map(\.num))
    for k in clusters.sorted() { nums.formUnion(try Self.members(of: k, db)) }
    let members = try WarningCandidateRows.profiles(Array(nums), stored: storedProfiles, db)
      .map(\.profile)
    var outcome = try settle(members, nums: nums, db)
    outcome.linked = linked.count
    return outcome
  }

  /// Makes `members` one matter (its cluster named after its first case) and raises its
  /// warning when it reaches 黄 — or raises it again when the level rose or cases joined.
  func settle(_ members: [MatterLinkProfile], nums: Set<Int64>, _ db: Database) throws -> Outcome {
    let anchor = members.min {
      ($0.receivedAt, $0.caseUUID.uuidString) < ($1.receivedAt, $1.caseUUID.uuidString)
    }
    guard let cluster = anchor?.caseUUID.uuidString else { return Outcome() }
    try Self.assign(nums, to: cluster, db)
    var outcome = Outcome()
    // A matter is a burst: the cases within the window before its newest one. A matter that
    // keeps coming back raises its warning further as new households join.
    let newest = members.map(\.receivedAt).max() ?? now
    let window = TimeInterval(rules.windowDays) * 86_400
    let recent = members.filter { newest.timeIntervalSince($0.receivedAt) <= window }
    let assessment = WarningAssessment(recent, rules: rules)
    guard let level = assessment.level else { return outcome }
    let uuid =
      try Self.existingWarning(for: recent.map(\.caseUUID), cluster: cluster, db)
      ?? Self.warningUUID(cluster: cluster)
    outcome.warning = uuid
    let current = try WarningProjection.load(uuid, db)
    let grows = !Set(assessment.cases).isSubset(of: Set(current?.cases ?? []))
    guard current == nil || level > current!.level || grows else { return outcome }
    let raised = EventPayload.WarningRaised(
      level: max(level, current?.level ?? level), cases: assessment.cases,
      households: assessment.households, place: assessment.place, party: assessment.party,
      firstAt: assessment.firstAt, reason: assessment.groupWord)
    _ = try EventLog.append(
      [EventDraft(.warningRaised(raised))], entity: uuid, device: device, by: actor, at: now, db)
    try WarningProjection.rebuild(uuid, cluster: cluster, db)
    outcome.raised = true
    return outcome
  }

  /// A case seen by linking: its row number and profile (read back from `matter_profiles`,
  /// or derived from its row when it had none).
  struct Candidate {
    let num: Int64
    let profile: MatterLinkProfile
    var stored = true
  }

  static func num(of uuid: UUID, _ db: Database) throws -> Int64? {
    try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT num FROM cases WHERE uuid = ?"), arguments: [uuid.uuidString])
  }

  static func writeKeys(_ p: MatterLinkProfile, num: Int64, _ db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM matter_keys WHERE num = ?").execute(arguments: [num])
    try insertKeys(p, num: num, db)
  }

  /// The keys and profile of a case that has none (a re-scan empties the tables first).
  static func insertKeys(_ p: MatterLinkProfile, num: Int64, _ db: Database) throws {
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO matter_keys (key, at, num) VALUES (?, ?, ?)")
    for key in p.keys {
      try insert.execute(arguments: [key, Millis.from(p.receivedAt), num])
    }
    try writeProfile(p, num: num, db)
  }

  static func writeProfile(_ p: MatterLinkProfile, num: Int64, _ db: Database) throws {
    try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO matter_profiles (num, profile) VALUES (?, ?)"
    ).execute(arguments: [num, p.stored])
  }

  /// The cases sharing a key with `p` within the window, newest first, at most
  /// `maxCandidates` per key; merged-away cases are left out.
  static func candidates(
    of p: MatterLinkProfile, num: Int64, rules: WarningRules, stored: Bool = true,
    _ db: Database
  ) throws -> [Candidate] {
    let window = Int64(rules.windowDays) * 86_400_000
    let at = Millis.from(p.receivedAt)
    let query = try db.cachedStatement(
      sql: """
        SELECT num FROM matter_keys WHERE key = ? AND at BETWEEN ? AND ?
        ORDER BY at DESC LIMIT \(WarningRules.maxCandidates)
        """)
    var nums = Set<Int64>()
    for key in p.keys {
      nums.formUnion(try Int64.fetchAll(query, arguments: [key, at - window, at + window]))
    }
    nums.remove(num)
    return try WarningCandidateRows.profiles(Array(nums), stored: stored, db)
  }

  static func cluster(of num: Int64, _ db: Database) throws -> String? {
    try String.fetchOne(
      db.cachedStatement(sql: "SELECT cluster FROM matter_clusters WHERE num = ?"),
      arguments: [num])
  }

  static func members(of cluster: String, _ db: Database) throws -> [Int64] {
    try Int64.fetchAll(
      db.cachedStatement(
        sql: "SELECT num FROM matter_clusters WHERE cluster = ? LIMIT \(WarningRules.maxCases)"),
      arguments: [cluster])
  }

  static func assign(_ nums: Set<Int64>, to cluster: String, _ db: Database) throws {
    let upsert = try db.cachedStatement(
      sql: """
        INSERT INTO matter_clusters (num, cluster) VALUES (?, ?)
        ON CONFLICT(num) DO UPDATE SET cluster = excluded.cluster
        """)
    for n in nums { try upsert.execute(arguments: [n, cluster]) }
  }

  /// A warning already naming one of these cases (from this laptop or another), else the
  /// cluster's own — the survivor when it was folded into another (`WarningMergeStep`).
  static func existingWarning(for cases: [UUID], cluster: String, _ db: Database) throws -> UUID? {
    if let own = try String.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT COALESCE(merged_into, uuid) FROM warnings WHERE cluster = ?
          ORDER BY raised_at LIMIT 1
          """),
      arguments: [cluster])
    {
      return UUID(uuidString: own)
    }
    let query = try db.cachedStatement(
      sql: """
        SELECT COALESCE(w.merged_into, w.uuid) FROM warning_cases wc
        JOIN warnings w ON w.uuid = wc.warning_uuid
        WHERE wc.case_uuid = ? ORDER BY w.raised_at LIMIT 1
        """)
    for c in cases {
      if let found = try String.fetchOne(query, arguments: [c.uuidString]) {
        return UUID(uuidString: found)
      }
    }
    return nil
  }

  /// The warning of a matter is named after its first case, so two laptops that raise it from
  /// the same first case write to one warning.
  static func warningUUID(cluster: String) -> UUID {
    let digest = Array(SHA256.hash(data: Data("shuoshi-warning:\(cluster)".utf8)))
    var b = Array(digest.prefix(16))
    b[6] = (b[6] & 0x0F) | 0x50
    b[8] = (b[8] & 0x3F) | 0x80
    return UUID(
      uuid: (
        b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
        b[14], b[15]
      ))
  }
}
