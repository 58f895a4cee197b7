import Foundation
import PostgresNIO
import ShuoshiCore

/// Laptops: added by the street office with a one-time code, enrolled with it for a token,
/// revoked at once.
extension Hub {
  /// How long an enrolment code stays good.
  public static let codeLifetime: TimeInterval = 7 * 24 * 3600

  /// Adds a laptop to `unit` (made when new; `street` marks the street office) and returns
  /// its one-time enrolment code. A name is taken once.
  public func addLaptop(unit: String, name: String, street: Bool = false, now: Date) async throws
    -> HubEnrolmentCode
  {
    for (field, value) in [("unit", unit), ("name", name)] {
      if let p = FieldKind.label.problem(in: value) { throw HubError.badField(field, p) }
    }
    let code = Self.enrolmentCode()
    let expires = now.addingTimeInterval(Self.codeLifetime)
    try await db.transaction { c in
      try await c.query(
        "INSERT INTO units (name, street) VALUES (\(unit), \(street)) ON CONFLICT (name) DO NOTHING",
        logger: HubDatabase.logger)
      var taken = false
      for try await _ in try await c.query(
        "SELECT 1 FROM laptops WHERE name = \(name)", logger: HubDatabase.logger)
      {
        taken = true
      }
      if taken { throw HubError.laptopNameTaken(name) }
      var id: Int64 = 0
      for try await v in try await c.query(
        "INSERT INTO laptops (unit, name) VALUES (\(unit), \(name)) RETURNING id",
        logger: HubDatabase.logger
      ).decode(Int64.self) {
        id = v
      }
      try await c.query(
        "INSERT INTO enrolment_codes (code_hash, laptop_id, expires_at) VALUES (\(Self.digest(code)), \(id), \(expires))",
        logger: HubDatabase.logger)
    }
    return HubEnrolmentCode(laptop: name, unit: unit, code: code, expires: expires)
  }

  /// A code a worker can read out and type: 12 digits in groups of four.
  static func enrolmentCode() -> String {
    var rng = SystemRandomNumberGenerator()
    let digits = (0..<12).map { _ in String(UInt8.random(in: 0...9, using: &rng)) }
    return stride(from: 0, to: 12, by: 4).map { digits[$0..<$0 + 4].joined() }.joined(
      separator: "-")
  }

  /// Trades a one-time code for a token, binding the laptop to `device`. An expired, spent or
  /// unknown code is refused, and so is a device already bound to another laptop.
  public func enroll(code: String, device: String, now: Date) async throws -> String {
    guard IDFormat.isDeviceID(device) else { throw HubError.badField("device", nil) }
    let normalized = code.filter(\.isNumber)
    let token = Self.secret(bytes: 32)
    try await db.transaction { c in
      var found: (Int64, Date, Date?)?
      for try await row in try await c.query(
        "SELECT laptop_id, expires_at, used_at FROM enrolment_codes WHERE code_hash = \(Self.digest(Self.grouped(normalized))) FOR UPDATE",
        logger: HubDatabase.logger
      ).decode((Int64, Date, Date?).self) {
        found = row
      }
      guard let (laptop, expires, used) = found, used == nil, expires > now else {
        throw HubError.badCode
      }
      try await c.query(
        "UPDATE enrolment_codes SET used_at = \(now) WHERE code_hash = \(Self.digest(Self.grouped(normalized)))",
        logger: HubDatabase.logger)
      var other = false
      for try await _ in try await c.query(
        "SELECT 1 FROM laptops WHERE device = \(device) AND id <> \(laptop)",
        logger: HubDatabase.logger)
      {
        other = true
      }
      if other { throw HubError.deviceTaken }
      try await c.query(
        "UPDATE laptops SET device = \(device) WHERE id = \(laptop) AND revoked_at IS NULL",
        logger: HubDatabase.logger)
      try await c.query(
        "INSERT INTO tokens (token_hash, laptop_id) VALUES (\(Self.digest(token)), \(laptop))",
        logger: HubDatabase.logger)
    }
    return token
  }

  /// The code as `addLaptop` printed it (digits grouped by four).
  static func grouped(_ digits: String) -> String {
    let d = Array(digits)
    return stride(from: 0, to: d.count, by: 4).map { String(d[$0..<min($0 + 4, d.count)]) }
      .joined(separator: "-")
  }

  /// The enrolled, unrevoked laptop a bearer token belongs to; nil for any other token.
  /// Read on every request, so a revocation takes effect at once.
  public func laptop(token: String) async throws -> HubLaptop? {
    guard token.utf8.count == 64 else { return nil }
    let rows = try await db.client.query(
      """
      SELECT l.id, l.name, l.unit, u.street, l.device FROM tokens t
      JOIN laptops l ON l.id = t.laptop_id JOIN units u ON u.name = l.unit
      WHERE t.token_hash = \(Self.digest(token)) AND l.revoked_at IS NULL AND l.device IS NOT NULL
      """)
    for try await (id, name, unit, street, device) in rows.decode(
      (Int64, String, String, Bool, String).self)
    {
      return HubLaptop(id: id, name: name, unit: unit, street: street, device: device)
    }
    return nil
  }

  /// Revokes a laptop by name: its token is refused from the next request on.
  public func revoke(name: String, now: Date) async throws {
    var found = false
    for try await _ in try await db.client.query(
      "UPDATE laptops SET revoked_at = \(now) WHERE name = \(name) AND revoked_at IS NULL RETURNING id"
    ) {
      found = true
    }
    if !found { throw HubError.noSuchLaptop(name) }
  }

  /// Writes a refusal to the hub's log table (and returns it, for the caller to throw).
  @discardableResult
  func logRefusal(_ error: HubError, laptop: HubLaptop?) async -> HubError {
    _ = try? await db.client.query(
      "INSERT INTO refusals (laptop_id, reason) VALUES (\(laptop?.id), \(HubText.plain(error.description)))"
    )
    return error
  }

  /// The refusals logged, newest last: (laptop name or nil, reason).
  public func refusals() async throws -> [(laptop: String?, reason: String)] {
    var out: [(String?, String)] = []
    for try await row in try await db.client.query(
      "SELECT l.name, r.reason FROM refusals r LEFT JOIN laptops l ON l.id = r.laptop_id ORDER BY r.id"
    ).decode((String?, String).self) {
      out.append(row)
    }
    return out.map { (laptop: $0.0.map { HubText.plain($0) }, reason: HubText.plain($0.1)) }
  }
}
