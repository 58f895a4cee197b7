import Foundation
import GRDB
import ShuoshiCore

/// Keeps the register tables equal to what the `*_saved` events say: each event carries the
/// whole record, so projecting is an upsert by UUID (the last event appended wins). Called in
/// the transaction that appends the event; `rebuild` replays the whole log (for a merged
/// ledger, or to repair a projection).
enum RegisterProjection {
  /// Applies one event; events that are not register events are ignored.
  static func apply(_ event: Event, in db: Database) throws {
    let at = Millis.from(event.at)
    switch event.payload {
    case .unitSaved(let d):
      guard let u = d.unit else { return }
      try db.cachedStatement(
        sql: """
          INSERT INTO units (uuid, name, kind, district, data, updated_at) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT(uuid) DO UPDATE SET name=excluded.name, kind=excluded.kind,
            district=excluded.district, data=excluded.data, updated_at=excluded.updated_at
          """
      ).execute(arguments: [
        u.uuid.uuidString, u.name, u.kind.rawValue, u.district, RegisterJSON.encode(u), at,
      ])
    case .gridSaved(let d):
      guard let g = d.grid else { return }
      try db.cachedStatement(
        sql: """
          INSERT INTO grids (uuid, unit_uuid, name, head_uuid, data, updated_at) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT(uuid) DO UPDATE SET unit_uuid=excluded.unit_uuid, name=excluded.name,
            head_uuid=excluded.head_uuid, data=excluded.data, updated_at=excluded.updated_at
          """
      ).execute(arguments: [
        g.uuid.uuidString, g.unitID.uuidString, g.name, g.headID?.uuidString,
        RegisterJSON.encode(g), at,
      ])
    case .householdSaved(let d):
      guard let h = d.household else { return }
      try project(h, at: at, in: db)
    case .personSaved(let d):
      guard let p = d.person else { return }
      try db.cachedStatement(
        sql: """
          INSERT INTO people (uuid, name, phone, roles, unit_uuid, grid_uuid, data, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(uuid) DO UPDATE SET name=excluded.name, phone=excluded.phone,
            roles=excluded.roles, unit_uuid=excluded.unit_uuid, grid_uuid=excluded.grid_uuid,
            data=excluded.data, updated_at=excluded.updated_at
          """
      ).execute(arguments: [
        p.uuid.uuidString, p.name, PhoneNumber.digits(p.phone), rolesColumn(p.roles),
        p.unitID?.uuidString, p.gridID?.uuidString, RegisterJSON.encode(p), at,
      ])
    default:
      return
    }
  }

  static func project(_ h: Household, at: Int64, in db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO households (uuid, unit_uuid, grid_uuid, address_key, building, grp, head_name,
          data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(uuid) DO UPDATE SET unit_uuid=excluded.unit_uuid, grid_uuid=excluded.grid_uuid,
          address_key=excluded.address_key, building=excluded.building, grp=excluded.grp,
          head_name=excluded.head_name, data=excluded.data, updated_at=excluded.updated_at
        """
    ).execute(arguments: [
      h.uuid.uuidString, h.unitID.uuidString, h.gridID?.uuidString, h.address.key,
      h.address.building, h.address.group, h.headName, RegisterJSON.encode(h), at,
    ])
    try db.cachedStatement(sql: "DELETE FROM household_members WHERE household_uuid = ?")
      .execute(arguments: [h.uuid.uuidString])
    let insert = try db.cachedStatement(
      sql: "INSERT INTO household_members (household_uuid, name, phone) VALUES (?, ?, ?)")
    for m in members(of: h) { try insert.execute(arguments: [h.uuid.uuidString, m.name, m.phone]) }
  }

  /// The `household_members` rows of a household: its members, and the household's own phone
  /// when no member has it.
  static func members(of h: Household) -> [(name: String, phone: String)] {
    var rows = h.members.map { (name: $0.name, phone: PhoneNumber.digits($0.phone ?? "")) }
    let own = PhoneNumber.digits(h.phone)
    if !own.isEmpty, !rows.contains(where: { $0.phone == own }) {
      rows.append((name: "", phone: own))
    }
    return rows
  }

  /// The tables whose rows carry one register record each, as `apply` writes them.
  static let recordTables = ["units", "grids", "households", "people"]

  /// The table, uuid and `data` column the event leaves (what `apply` writes); nil for
  /// events that are not register events. `verify` compares the tables with these.
  static func record(of event: Event) -> (table: String, uuid: UUID, data: String)? {
    let d = event.data
    switch event.kind {
    case .unitSaved: return d.unit.map { ("units", $0.uuid, RegisterJSON.encode($0)) }
    case .gridSaved: return d.grid.map { ("grids", $0.uuid, RegisterJSON.encode($0)) }
    case .householdSaved:
      return d.household.map { ("households", $0.uuid, RegisterJSON.encode($0)) }
    case .personSaved: return d.person.map { ("people", $0.uuid, RegisterJSON.encode($0)) }
    default: return nil
    }
  }

  /// `,grid_head,party_volunteer,`: each role between commas, for `LIKE '%,role,%'`.
  static func rolesColumn(_ roles: [PersonRole]) -> String {
    "," + roles.map(\.rawValue).joined(separator: ",") + ","
  }

  /// The register's event kinds as an SQL list, written as the `events_register` index's
  /// condition is, so SQLite uses that index.
  static let kindsSQL = EventKind.allCases.filter(\.isRegister).map { "'\($0.rawValue)'" }
    .joined(separator: ", ")

  /// Empties the register tables and projects every register event again, in log order.
  static func rebuild(in db: Database) throws {
    for table in ["units", "grids", "households", "household_members", "people"] {
      try db.execute(sql: "DELETE FROM \(table)")
    }
    let rows = try Row.fetchCursor(
      db, sql: "\(EventRow.selectSQL) WHERE e.kind IN (\(kindsSQL)) \(EventRow.ledgerOrder)")
    while let row = try rows.next() { try apply(try EventRow.decode(row), in: db) }
  }
}
