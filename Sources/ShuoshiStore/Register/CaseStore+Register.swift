import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  // MARK: - Reading the register

  /// The whole register as values (for imports, the demo and exports).
  public func registerSnapshot() throws(StoreError) -> RegisterSnapshot {
    try read { db in try RegisterRecords.snapshot(db) }
  }

  /// Every unit, by name.
  public func units() throws(StoreError) -> [RegisterUnit] {
    try read { db in try RegisterRecords.units(db) }
  }

  /// The grids of one unit (all grids when nil), by name.
  public func grids(in unit: UUID? = nil) throws(StoreError) -> [Grid] {
    try read { db in try RegisterRecords.grids(db, unit: unit) }
  }

  /// The households of one grid, by address.
  public func households(inGrid grid: UUID) throws(StoreError) -> [Household] {
    try read { db in
      try RegisterRecords.households(
        db, sql: "WHERE grid_uuid = ? ORDER BY address_key, uuid", [grid.uuidString])
    }
  }

  /// People of the register, by name; only those with `role` and/or in `unit` when given.
  public func people(role: PersonRole? = nil, unit: UUID? = nil) throws(StoreError) -> [Person] {
    try read { db in
      var parts: [String] = []
      var args = StatementArguments()
      if let role {
        parts.append("roles LIKE ?")
        args += ["%,\(role.rawValue),%"]
      }
      if let unit {
        parts.append("unit_uuid = ?")
        args += [unit.uuidString]
      }
      let clause = parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND ")
      return try RegisterRecords.people(db, sql: "\(clause) ORDER BY name, uuid", args)
    }
  }

  /// The household answering to `id`: its UUID or a unique prefix of it (`3fa2b1c0`), an
  /// address (`六堰社区3栋2单元502`), or a member's name or phone when only one household has it.
  public func household(_ id: String) throws(StoreError) -> Household {
    try read { db in
      let key = id.trimmingCharacters(in: .whitespaces)
      var found = try byUUID(key, table: "households", db).compactMap {
        try RegisterRecords.household($0, db)
      }
      if found.isEmpty {
        let units = try RegisterRecords.units(db)
        let parsed = AddressParser.parse(
          key, units: units.map { AddressParser.UnitName(name: $0.name, kind: $0.kind) })
        if parsed.address.isComplete {
          let unit = units.first { $0.name == parsed.unitName }
          found = try RegisterRecords.households(
            db, sql: "WHERE address_key = ? \(unit == nil ? "" : "AND unit_uuid = ?")",
            unit == nil ? [parsed.address.key] : [parsed.address.key, unit!.uuid.uuidString])
        }
      }
      if found.isEmpty {
        let digits = PhoneNumber.digits(key)
        found = try RegisterRecords.households(
          db,
          sql: """
            WHERE uuid IN (SELECT household_uuid FROM household_members
              WHERE name = ? OR (phone = ? AND phone != ''))
            ORDER BY address_key
            """, [key, digits.count >= 7 ? digits : "-"])
      }
      if found.count == 1 { return found[0] }
      if found.isEmpty { throw StoreError.noRecord(.household, id: id) }
      throw StoreError.ambiguousRecord(
        .household, id: id,
        matches: found.prefix(6).map { "\(RegisterID.short($0.uuid)) \($0.address.text)" })
    }
  }

  /// The person answering to `id`: UUID or unique prefix, exact name, or phone.
  public func person(_ id: String) throws(StoreError) -> Person {
    try read { db in try findPerson(id, db) }
  }

  func findPerson(_ id: String, _ db: Database) throws -> Person {
    let key = id.trimmingCharacters(in: .whitespaces)
    var found = try byUUID(key, table: "people", db).compactMap {
      try RegisterRecords.person($0, db)
    }
    if found.isEmpty {
      found = try RegisterRecords.people(db, sql: "WHERE name = ? ORDER BY uuid", [key])
    }
    if found.isEmpty, PhoneNumber.isUsable(key) {
      found = try RegisterRecords.people(db, sql: "WHERE phone = ?", [PhoneNumber.digits(key)])
    }
    if found.count == 1 { return found[0] }
    if found.isEmpty { throw StoreError.noRecord(.person, id: id) }
    throw StoreError.ambiguousRecord(
      .person, id: id, matches: found.prefix(6).map { "\(RegisterID.short($0.uuid)) \($0.name)" })
  }

  /// UUIDs in `table` equal to `key` or starting with it (4+ hex digits).
  func byUUID(_ key: String, table: String, _ db: Database) throws -> [UUID] {
    let hex = key.lowercased()
    guard hex.count >= 4, hex.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return [] }
    return try String.fetchAll(
      db, sql: "SELECT uuid FROM \(table) WHERE uuid >= ? AND uuid < ? LIMIT 7",
      arguments: [hex.uppercased(), hex.uppercased() + "~"]
    ).compactMap(UUID.init(uuidString:))
  }

  // MARK: - Saving one record (the console's register forms)

  /// Saves a unit as it is now; nothing is written when it is unchanged. Returns whether an
  /// event was appended.
  @discardableResult
  public func save(unit: RegisterUnit, by actor: Actor, now: Date) throws(StoreError) -> Bool {
    try saveRecord(unit.uuid, RegisterSnapshot.draft(unit: unit), by: actor, now: now) { db in
      try RegisterRecords.unit(unit.uuid, db) == unit
    }
  }

  @discardableResult
  public func save(grid: Grid, by actor: Actor, now: Date) throws(StoreError) -> Bool {
    try saveRecord(grid.uuid, RegisterSnapshot.draft(grid: grid), by: actor, now: now) { db in
      try RegisterRecords.grid(grid.uuid, db) == grid
    }
  }

  @discardableResult
  public func save(household: Household, by actor: Actor, now: Date) throws(StoreError) -> Bool {
    try saveRecord(
      household.uuid, RegisterSnapshot.draft(household: household), by: actor, now: now
    ) {
      db in try RegisterRecords.household(household.uuid, db) == household
    }
  }

  @discardableResult
  public func save(person: Person, by actor: Actor, now: Date) throws(StoreError) -> Bool {
    try saveRecord(person.uuid, RegisterSnapshot.draft(person: person), by: actor, now: now) { db in
      try RegisterRecords.person(person.uuid, db) == person
    }
  }

  func saveRecord(
    _ entity: UUID, _ draft: EventDraft, by actor: Actor, now: Date,
    unchanged: (Database) throws -> Bool
  ) throws(StoreError) -> Bool {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try write { db in
      if try unchanged(db) { return false }
      try appendRegister([(entity, draft)], by: actor, at: now, db)
      return true
    }
  }

  /// Appends register drafts (one entity each) and projects them, in the caller's transaction.
  func appendRegister(
    _ changes: [(UUID, EventDraft)], by actor: Actor, at now: Date, _ db: Database
  )
    throws
  {
    for (entity, draft) in changes {
      for event in try EventLog.append(
        [draft], entity: entity, device: info.deviceID, by: actor, at: now, db)
      {
        try RegisterProjection.apply(event, in: db)
      }
    }
  }

  /// A register record's history (its `*_saved` events), oldest first.
  public func registerHistory(of entity: UUID) throws(StoreError) -> [Event] {
    try read { db in try EventRow.history(of: entity, in: db) }
  }

  /// Projects the register again from the log (after a ledger merge, or to repair).
  public func rebuildRegister() throws(StoreError) {
    try write { db in try RegisterProjection.rebuild(in: db) }
  }
}

extension CaseStore {
  /// The highest sequence number this device has stamped (0 for none): where a generator
  /// that stamps its own events must continue.
  func lastSeq() throws(StoreError) -> Int64 {
    try read { db in
      try Int64.fetchOne(
        db, sql: "SELECT MAX(seq) FROM events WHERE device = ?", arguments: [info.deviceID]) ?? 0
    }
  }
}
