import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Warnings, highest level first, then newest; the closed ones (dismissed, taken on) only
  /// with `all`.
  public func warnings(all: Bool = false) throws(StoreError) -> [Warning] {
    try read { db in
      // A warning folded into another (`merged_into`) shows as its survivor only.
      let filter =
        "WHERE merged_into IS NULL" + (all ? "" : " AND state IN ('open', 'acknowledged')")
      return try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM warnings \(filter)
          ORDER BY CASE level WHEN 'red' THEN 0 WHEN 'orange' THEN 1 ELSE 2 END,
            updated_at DESC, uuid LIMIT 1000
          """
      ).map { row in
        let uuid = UUID(uuidString: row["uuid"]) ?? UUID()
        return WarningProjection.decode(row, cases: try WarningProjection.cases(of: uuid, db))
      }
    }
  }

  /// The warning whose short id (4+ hex digits) or UUID is `key`.
  public func warning(matching key: String) throws -> Warning {
    try warningRead { db in try Self.findWarning(key, db) }
  }

  /// A warning with its cases and why each is linked.
  public func evidence(of warning: Warning, rules: WarningRules) throws(StoreError)
    -> WarningEvidence
  {
    try read { db in
      let cases = try warning.cases.compactMap { uuid in
        try Row.fetchOne(
          db.cachedStatement(sql: "SELECT * FROM cases WHERE uuid = ?"),
          arguments: [uuid.uuidString]
        ).map(CaseRow.decode)
      }
      return WarningEvidence(warning: warning, cases: cases, rules: rules)
    }
  }

  /// The cases a case being typed could link to: the save's own bounded candidate search (its
  /// place and party keys, within the window), nothing written. The intake keeps them while
  /// the keys stay the same and scores the text as it changes (`relatedCount`).
  public func linkCandidates(for draft: Case, rules: WarningRules) throws(StoreError)
    -> [MatterLinkProfile]
  {
    try read { db in
      try WarningUpkeep.candidates(of: MatterLinkProfile(draft), num: -1, rules: rules, db)
        .map(\.profile)
    }
  }

  /// How many cases the case being typed would link to (the intake's 可能与 N 件相关).
  public func relatedCount(to draft: Case, rules: WarningRules) throws(StoreError) -> Int {
    let profile = MatterLinkProfile(draft)
    let linker = MatterLinker(rules: rules)
    return linker.links(profile, try linkCandidates(for: draft, rules: rules))
      .filter { $0 != nil }.count
  }

  /// 已阅: seen, kept under watch.
  public func acknowledgeWarning(
    _ key: String, note: String? = nil, by actor: Actor, now: Date
  ) throws -> Warning {
    try closeWarning(key, .warningAcknowledged(.init(reason: note)), by: actor, now: now)
  }

  /// 排除: not one matter, with the worker's reason.
  public func dismissWarning(
    _ key: String, reason: String, by actor: Actor, now: Date
  ) throws -> Warning {
    let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else { throw WarningError.reasonRequired }
    return try closeWarning(key, .warningDismissed(.init(reason: reason)), by: actor, now: now)
  }

  /// 转办: the warning's cases become one group case (母案/子案) through the group-case use
  /// case, at the tier the level asks for (`GroupCaseTier.forLevel`), each child's `grouped`
  /// naming the warning; then `warning_taken_on` names the group case. One transaction: a
  /// group that cannot form leaves the warning as it was, and no group without its warning.
  public func takeOnWarning(
    _ key: String, engine: CaseEngine, by actor: Actor, now: Date
  ) throws -> (warning: Warning, group: Case) {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try warningWrite { db in
      let w = try Self.findWarning(key, db)
      if let s = w.mergedInto { throw WarningFailure(error: .merged(into: Warning.shortID(s))) }
      guard w.isActive else { throw WarningFailure(error: .closed(w.state)) }
      // Only the cases this laptop holds: another laptop's may not have arrived yet.
      let here = try w.cases.filter { try WarningUpkeep.num(of: $0, db) != nil }
      let request = GroupCaseRequest(
        children: here.map(\.uuidString), tier: GroupCaseTier.forLevel(w.level),
        summary: w.groupSummary, warning: w.uuid)
      let group = try formGroup(request, engine: engine, by: actor, now: now, db)
      _ = try EventLog.append(
        [EventDraft(.warningTakenOn(.init(groupCase: group.uuid)))], entity: w.uuid,
        device: info.deviceID, by: actor, at: now, db)
      return (try WarningProjection.rebuild(w.uuid, db) ?? w, group)
    }
  }

  private func closeWarning(
    _ key: String, _ payload: EventPayload, by actor: Actor, now: Date
  ) throws -> Warning {
    try actor.require(.change)
    let now = Millis.truncate(now)
    if let reason = payload.data.reason, let p = FieldKind.text.problem(in: reason) {
      throw WarningError.invalidReason(p)
    }
    return try warningWrite { db in
      let w = try Self.findWarning(key, db)
      if let s = w.mergedInto { throw WarningFailure(error: .merged(into: Warning.shortID(s))) }
      guard w.isActive else { throw WarningFailure(error: .closed(w.state)) }
      _ = try EventLog.append(
        [EventDraft(payload)], entity: w.uuid, device: info.deviceID, by: actor, at: now, db)
      return try WarningProjection.rebuild(w.uuid, db) ?? w
    }
  }

  static func findWarning(_ key: String, _ db: Database) throws -> Warning {
    let k = key.trimmingCharacters(in: .whitespaces).lowercased()
    guard k.count >= 4, k.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
      throw WarningFailure(error: .notFound(key: key))
    }
    let found = try String.fetchAll(
      db, sql: "SELECT uuid FROM warnings WHERE lower(uuid) LIKE ? LIMIT 5", arguments: [k + "%"])
    guard let first = found.first, let uuid = UUID(uuidString: first) else {
      throw WarningFailure(error: .notFound(key: key))
    }
    guard found.count == 1 else {
      throw WarningFailure(
        error: .ambiguous(key: key, matches: found.map { String($0.lowercased().prefix(8)) }))
    }
    guard let w = try WarningProjection.load(uuid, db) else {
      throw WarningFailure(error: .notFound(key: key))
    }
    return w
  }

  func warningWrite<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.write(body)
    } catch let failure as WarningFailure {
      throw failure.error
    } catch let error as StoreError {
      throw error
    } catch let error as GroupCaseError {
      throw error
    } catch let error as EngineError {
      throw StoreError.engine(error)
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }

  func warningRead<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch let failure as WarningFailure {
      throw failure.error
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }
}
