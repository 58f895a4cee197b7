import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// Browser accounts and their sessions (docs/HUB.md, "The browser view").
extension Hub {
  /// A session ends after this long without a request…
  public static let sessionIdle: TimeInterval = 30 * 60
  /// …and this long after login, whatever happens.
  public static let sessionLifetime: TimeInterval = 8 * 3600
  /// Failed logins in a row before the account waits `lockDelay` between tries.
  public static let failuresBeforeDelay = 5
  public static let lockDelay: TimeInterval = 5 * 60

  public func addUser(
    name: String, role: HubAccount.Role, unit: String?, password: String,
    cost: ScryptParams = .standard
  ) async throws {
    if let p = FieldKind.label.problem(in: name) { throw HubError.badField("name", p) }
    guard (role == .unit) == (unit != nil) else { throw HubAccountError.unitNeeded }
    guard BundleSecret.isStrongEnough(password) else { throw HubAccountError.weakPassword }
    let stored = try HubAccountPassword.hash(password, cost: cost)
    try await db.transaction { c in
      if let unit {
        var known: [String] = []
        for try await u in try await c.query(
          "SELECT name FROM units ORDER BY name", logger: HubDatabase.logger
        ).decode(String.self) {
          known.append(u)
        }
        guard known.contains(unit) else { throw HubAccountError.unknownUnit(unit, known: known) }
      }
      for try await _ in try await c.query(
        "SELECT 1 FROM hub_users WHERE name = \(name)", logger: HubDatabase.logger)
      {
        throw HubAccountError.nameTaken(name)
      }
      try await c.query(
        "INSERT INTO hub_users (name, role, unit, password) VALUES (\(name), \(role.rawValue), \(unit), \(stored))",
        logger: HubDatabase.logger)
    }
  }

  /// Removes an account; its sessions end with it.
  public func removeUser(name: String) async throws {
    var removed = 0
    for try await _ in try await db.client.query(
      "DELETE FROM hub_users WHERE name = \(name) RETURNING id")
    {
      removed += 1
    }
    if removed == 0 { throw HubAccountError.noSuchUser(name) }
  }

  public func users() async throws -> [HubAccount] {
    var out: [HubAccount] = []
    for try await (id, name, role, unit) in try await db.client.query(
      "SELECT id, name, role, unit FROM hub_users ORDER BY role, unit, name"
    ).decode((Int64, String, String, String?).self) {
      out.append(HubAccount(id: id, name: name, role: .init(rawValue: role) ?? .unit, unit: unit))
    }
    return out
  }

  /// Checks a login and opens a session: returns the cookie's token (only its SHA-256 is
  /// stored). From the fifth failure in a row on, the account refuses every try (the right
  /// password too) until `lockDelay` has passed since the last failure.
  public func login(name: String, password: String, now: Date) async throws -> String {
    var found: (Int64, String, Int, Date?)?
    for try await row in try await db.client.query(
      "SELECT id, password, failures, locked_until FROM hub_users WHERE name = \(name)"
    ).decode((Int64, String, Int, Date?).self) {
      found = row
    }
    guard let (id, stored, _, lockedUntil) = found else {
      // The same work as a real check, so timing does not tell which names exist.
      _ = try? HubAccountPassword.derive(password, salt: Data(count: 16), cost: .standard)
      throw HubAccountError.badLogin
    }
    if let lockedUntil, lockedUntil > now { throw HubAccountError.locked(until: lockedUntil) }
    guard HubAccountPassword.matches(password, stored: stored) else {
      let lock = now.addingTimeInterval(Self.lockDelay)
      try await db.client.query(
        """
        UPDATE hub_users SET failures = failures + 1,
          locked_until = CASE WHEN failures + 1 >= \(Self.failuresBeforeDelay) THEN \(lock) ELSE NULL END
        WHERE id = \(id)
        """)
      throw HubAccountError.badLogin
    }
    let token = Self.secret(bytes: 32)
    try await db.transaction { c in
      try await c.query(
        "UPDATE hub_users SET failures = 0, locked_until = NULL WHERE id = \(id)",
        logger: HubDatabase.logger)
      try await c.query(
        "INSERT INTO hub_sessions (token_hash, user_id, created_at, seen_at) VALUES (\(Self.digest(token)), \(id), \(now), \(now))",
        logger: HubDatabase.logger)
    }
    return token
  }

  /// The account behind a session token, when the session is neither idle 30 min nor older
  /// than 8 h (an ended one is deleted); touching it restarts the idle time.
  public func account(session token: String, now: Date) async throws -> HubAccount? {
    let hash = Self.digest(token)
    var found: (HubAccount, Date, Date)?
    for try await (id, name, role, unit, created, seen) in try await db.client.query(
      """
      SELECT u.id, u.name, u.role, u.unit, s.created_at, s.seen_at
      FROM hub_sessions s JOIN hub_users u ON u.id = s.user_id WHERE s.token_hash = \(hash)
      """
    ).decode((Int64, String, String, String?, Date, Date).self) {
      found = (
        HubAccount(id: id, name: name, role: .init(rawValue: role) ?? .unit, unit: unit), created,
        seen
      )
    }
    guard let (account, created, seen) = found else { return nil }
    guard now.timeIntervalSince(seen) < Self.sessionIdle,
      now.timeIntervalSince(created) < Self.sessionLifetime
    else {
      try await logout(session: token)
      return nil
    }
    try await db.client.query(
      "UPDATE hub_sessions SET seen_at = \(now) WHERE token_hash = \(hash)")
    return account
  }

  public func logout(session token: String) async throws {
    try await db.client.query("DELETE FROM hub_sessions WHERE token_hash = \(Self.digest(token))")
  }

  /// Writes one audit row: who did what to which case.
  public func audit(_ account: HubAccount, action: String, caseUUID: String?, now: Date)
    async throws
  {
    try await db.client.query(
      "INSERT INTO hub_web_audit (at, user_name, action, case_uuid) VALUES (\(now), \(account.name), \(action), \(caseUUID))"
    )
  }

  /// The audit rows, newest first: (when, who, action, case).
  public func webAudit(limit: Int = 200) async throws -> [(Date, String, String, String?)] {
    var out: [(Date, String, String, String?)] = []
    for try await row in try await db.client.query(
      "SELECT at, user_name, action, case_uuid FROM hub_web_audit ORDER BY id DESC LIMIT \(limit)"
    ).decode((Date, String, String, String?).self) {
      out.append(row)
    }
    return out
  }
}
