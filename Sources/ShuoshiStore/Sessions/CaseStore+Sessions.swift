import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Every booth session in the log (this laptop's and merged ones), newest day first.
  public func sessions() throws(StoreError) -> [BoothSession] {
    try read { db in try SessionLog.all(db) }
  }

  /// The session open on this laptop for `day`, if any.
  public func openSession(on day: CivilDate) throws(StoreError) -> BoothSession? {
    try read { db in try SessionLog.open(on: day, device: info.deviceID, db) }
  }

  /// Closes a session (the one open on this laptop for `day` when `key` is nil).
  public func closeSession(
    _ key: String? = nil, day: CivilDate, by actor: Actor, now: Date
  ) throws -> BoothSession {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try sessionWrite { db in
      let target: BoothSession
      if let key {
        target = try SessionLog.find(key, db)
      } else {
        guard let open = try SessionLog.open(on: day, device: info.deviceID, db) else {
          throw SessionFailure(error: .noneOpen(day: day.description))
        }
        target = open
      }
      guard target.isOpen else { return target }
      _ = try EventLog.append(
        [EventDraft(.sessionClosed(.init()))], entity: target.uuid, device: info.deviceID,
        by: actor,
        at: now, db)
      return try SessionLog.session(target.uuid, db)!
    }
  }

  /// The session with this key: its short id (a unique UUID prefix), its UUID, or a day
  /// (`2026-11-28`) when one session was held that day.
  public func session(matching key: String) throws -> BoothSession {
    try sessionRead { db in try SessionLog.find(key, db) }
  }

  /// The sessions matching a key: a short id or UUID gives one; a day gives every session
  /// held that day, on any laptop.
  public func sessions(matching key: String) throws -> [BoothSession] {
    try sessionRead { db in
      if let day = CivilDate(iso: key) {
        let found = try SessionLog.all(db).filter { $0.day == day }
        if found.isEmpty { throw SessionFailure(error: .notFound(key: key)) }
        return found
      }
      return [try SessionLog.find(key, db)]
    }
  }

  /// The cases taken in these sessions, oldest first.
  public func cases(inSessions sessions: [UUID]) throws(StoreError) -> [Case] {
    guard !sessions.isEmpty else { return [] }
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM cases WHERE voided = 0
            AND uuid IN (\(SessionLog.caseUUIDsSQL(count: sessions.count)))
          ORDER BY received_at, num
          """, arguments: StatementArguments(sessions.map(\.uuidString))
      ).map(CaseRow.decode)
    }
  }
}

extension CaseStore {
  /// A write that may refuse with a `SessionError` (thrown as itself; SQLite errors become
  /// `StoreError`s as elsewhere).
  func sessionWrite<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.write(body)
    } catch let failure as SessionFailure {
      throw failure.error
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }

  /// A read that may refuse with a `SessionError`.
  func sessionRead<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch let failure as SessionFailure {
      throw failure.error
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }
}

/// Carries a `SessionError` out of a GRDB transaction (which only lets `Error` through).
struct SessionFailure: Error {
  let error: SessionError
}

/// Reads booth sessions from their events.
enum SessionLog {
  static let kinds = "e.kind IN ('session_opened', 'session_closed')"

  /// Every session, newest day first (then newest opened).
  static func all(_ db: Database) throws -> [BoothSession] {
    let events = try Row.fetchAll(
      db, sql: "\(EventRow.selectSQL) WHERE \(kinds) \(EventRow.ledgerOrder)"
    ).map(EventRow.decode)
    return Dictionary(grouping: events, by: \.caseUUID).values.compactMap(BoothSession.replay)
      .sorted { ($1.day, $1.openedAt) < ($0.day, $0.openedAt) }
  }

  static func session(_ uuid: UUID, _ db: Database) throws -> BoothSession? {
    let events = try Row.fetchAll(
      db, sql: "\(EventRow.selectSQL) WHERE \(kinds) AND e.case_uuid = ? \(EventRow.ledgerOrder)",
      arguments: [uuid.uuidString]
    ).map(EventRow.decode)
    return BoothSession.replay(events)
  }

  static func open(on day: CivilDate, device: String, _ db: Database) throws -> BoothSession? {
    try all(db).first { $0.day == day && $0.device == device && $0.isOpen }
  }

  static func find(_ key: String, _ db: Database) throws -> BoothSession {
    let k = key.trimmingCharacters(in: .whitespaces).lowercased()
    let all = try all(db)
    var matches: [BoothSession]
    if let day = CivilDate(iso: k) {
      matches = all.filter { $0.day == day }
    } else {
      matches = all.filter { $0.uuid.uuidString.lowercased().hasPrefix(k) && k.count >= 4 }
    }
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty { throw SessionFailure(error: .notFound(key: key)) }
    throw SessionFailure(error: .ambiguous(key: key, matches: matches.map(\.shortID)))
  }

  /// `SELECT case_uuid …` of the cases whose created event names one of `count` sessions
  /// (arguments: the sessions' UUID strings). Uses the `events_created_by_session` index.
  static func caseUUIDsSQL(count: Int) -> String {
    """
    SELECT case_uuid FROM events WHERE kind = 'created'
      AND json_extract(data, '$.session') IS NOT NULL
      AND json_extract(data, '$.session') IN (\(Array(repeating: "?", count: count).joined(separator: ",")))
    """
  }
}
