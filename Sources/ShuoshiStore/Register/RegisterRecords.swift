import Foundation
import GRDB
import ShuoshiCore

/// Reading the register tables back into values (from their `data` column). Units and grids
/// come in the order they were first saved (the order of the worker's file), which is how
/// a street lists them; households by address, people by name.
enum RegisterRecords {
  static func units(_ db: Database) throws -> [RegisterUnit] {
    try String.fetchAll(db, sql: "SELECT data FROM units ORDER BY rowid")
      .map { try RegisterJSON.decode(RegisterUnit.self, $0) }
  }

  static func grids(_ db: Database, unit: UUID? = nil) throws -> [Grid] {
    let rows: [String]
    if let unit {
      rows = try String.fetchAll(
        db, sql: "SELECT data FROM grids WHERE unit_uuid = ? ORDER BY rowid",
        arguments: [unit.uuidString])
    } else {
      rows = try String.fetchAll(db, sql: "SELECT data FROM grids ORDER BY rowid")
    }
    return try rows.map { try RegisterJSON.decode(Grid.self, $0) }
  }

  static func households(_ db: Database, sql: String, _ arguments: StatementArguments = [])
    throws -> [Household]
  {
    try String.fetchAll(db, sql: "SELECT data FROM households \(sql)", arguments: arguments)
      .map { try RegisterJSON.decode(Household.self, $0) }
  }

  static func people(_ db: Database, sql: String = "", _ arguments: StatementArguments = [])
    throws -> [Person]
  {
    try String.fetchAll(db, sql: "SELECT data FROM people \(sql)", arguments: arguments)
      .map { try RegisterJSON.decode(Person.self, $0) }
  }

  static func unit(_ id: UUID, _ db: Database) throws -> RegisterUnit? {
    try String.fetchOne(
      db, sql: "SELECT data FROM units WHERE uuid = ?", arguments: [id.uuidString]
    )
    .map { try RegisterJSON.decode(RegisterUnit.self, $0) }
  }

  static func grid(_ id: UUID, _ db: Database) throws -> Grid? {
    try String.fetchOne(
      db, sql: "SELECT data FROM grids WHERE uuid = ?", arguments: [id.uuidString]
    )
    .map { try RegisterJSON.decode(Grid.self, $0) }
  }

  static func household(_ id: UUID, _ db: Database) throws -> Household? {
    try households(db, sql: "WHERE uuid = ?", [id.uuidString]).first
  }

  static func person(_ id: UUID, _ db: Database) throws -> Person? {
    try people(db, sql: "WHERE uuid = ?", [id.uuidString]).first
  }

  static func snapshot(_ db: Database) throws -> RegisterSnapshot {
    RegisterSnapshot(
      units: try units(db), grids: try grids(db),
      households: try households(db, sql: "ORDER BY unit_uuid, address_key, uuid"),
      people: try people(db, sql: "ORDER BY name, uuid"))
  }
}
