import Foundation
import GRDB
import ShuoshiCore

/// A case that arrived carrying a number a case here already had: two laptops of one site
/// without letters issued it before 0.2. Both keep the number printed on their receipts;
/// here the newcomer's row shows `shownAs` (`HJ-20261207-001-2`).
public struct SharedNumber: Sendable, Equatable {
  public var caseUUID: UUID
  /// The number on the case's receipt.
  public var id: String
  /// Its row id on this laptop.
  public var shownAs: String

  /// The case's shared number, when its row id is not the number it was given.
  static func of(_ uuid: UUID, _ db: Database) throws -> SharedNumber? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT c.id, l.base_id FROM cases c JOIN case_ledger l ON l.case_uuid = c.uuid
          WHERE c.uuid = ?
          """, arguments: [uuid.uuidString])
    else { return nil }
    let shown: String = row["id"]
    let base: String = row["base_id"]
    return shown == base ? nil : SharedNumber(caseUUID: uuid, id: base, shownAs: shown)
  }
}

extension CaseStore {
  /// The other cases that carry the number printed on `c`'s receipt (empty but for two
  /// laptops without letters that issued one id), oldest arrival first.
  public func sameNumber(as c: Case) throws(StoreError) -> [Case] {
    try read { db in
      try Self.carrying(base: Self.baseID(of: c.uuid, db) ?? c.id, db).filter {
        $0.uuid != c.uuid
      }
    }
  }

  /// The number on `c`'s receipt: its own id, whatever its row id here.
  public func number(of c: Case) throws(StoreError) -> String {
    try read { db in try Self.baseID(of: c.uuid, db) ?? c.id }
  }

  /// Cases whose receipts carry `base`, in the order they reached this laptop.
  static func carrying(base: String, _ db: Database) throws -> [Case] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT c.* FROM case_ledger l JOIN cases c ON c.uuid = l.case_uuid
        WHERE l.base_id = ? ORDER BY c.num
        """, arguments: [base]
    ).map(CaseRow.decode)
  }

  static func baseID(of uuid: UUID, _ db: Database) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT base_id FROM case_ledger WHERE case_uuid = ?", arguments: [uuid.uuidString])
  }

  /// The device that created each case, by uuid.
  static func creators(of cases: [Case], _ db: Database) throws -> [UUID: String] {
    var out: [UUID: String] = [:]
    for c in cases {
      out[c.uuid] = try String.fetchOne(
        db, sql: "SELECT created_device FROM case_ledger WHERE case_uuid = ?",
        arguments: [c.uuid.uuidString])
    }
    return out
  }

  /// The row id of a case, nil when it has no row yet.
  func caseIDIfAny(_ uuid: UUID, _ db: Database) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT id FROM cases WHERE uuid = ?", arguments: [uuid.uuidString])
  }

  /// The case a number typed by a worker (or read off a receipt) means: as `find`, except
  /// that a number two laptops without letters both issued finds the case created on this
  /// laptop, whose receipt was printed here, and with none (or two) created here asks which
  /// (`StoreError.ambiguous`, listing a key for each that opens only it).
  public func lookup(_ typed: String) throws(StoreError) -> Case {
    try read { db in
      let key = typed.trimmingCharacters(in: .whitespaces).uppercased()
      return try resolveShared(key, in: db) ?? resolve(typed, in: db)
    }
  }

  /// The number a worker typed, resolved when two laptops without letters both issued it: the
  /// case created on this laptop is the one whose receipt was printed here, so it answers;
  /// with none (or several) created here, the worker must choose (`ambiguous`, listing each
  /// case by a key that opens only it: its row id, or its uuid for the row that kept the
  /// number). nil when the number is not shared.
  func resolveShared(_ key: String, in db: Database) throws -> Case? {
    let sharing = try Self.carrying(base: key, db)
    guard sharing.count > 1 else { return nil }
    let creators = try Self.creators(of: sharing, db)
    let mine = sharing.filter { creators[$0.uuid] == info.deviceID }
    if mine.count == 1 { return mine[0] }
    throw StoreError.ambiguous(
      id: key, matches: sharing.map { $0.id == key ? $0.uuid.uuidString.lowercased() : $0.id })
  }
}
