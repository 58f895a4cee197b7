import GRDB

/// 作废: a voided case keeps its row (its history, `show`, search by id) but leaves queues,
/// counts and reports, which all read `voided = 0`. No store before this one can hold a voided
/// case, so every existing row starts at 0.
enum SchemaV8Voided {
  static let identifier = "v8-voided"

  static func migrate(_ db: Database) throws {
    try db.execute(sql: "ALTER TABLE cases ADD COLUMN voided INTEGER NOT NULL DEFAULT 0")
  }
}
