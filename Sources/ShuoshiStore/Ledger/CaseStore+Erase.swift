import Foundation
import GRDB
import ShuoshiCore

/// Whose personal details to erase: by phone, by name, or the resident of a case.
public enum ResidentSelector: Sendable, Equatable {
  case phone(String)
  case name(String)
  /// The resident of this case (same name and phone across all their cases).
  case caseID(String)
}

/// What an erasure did.
public struct ErasureReport: Sendable, Equatable {
  /// The cases whose resident was erased (their counts stay in the reports).
  public var caseIDs: [String]
  /// Personal records deleted from the database.
  public var personalRecords: Int
}

extension CaseStore {
  /// The cases of a resident, not yet erased: what an erasure would touch (a preview).
  public func residentCases(_ selector: ResidentSelector) throws(StoreError) -> [Case] {
    try read { db in try matchingCases(selector, db) }
  }

  /// Erases a resident who asked to be forgotten: an `erased` tombstone on each of their cases,
  /// their personal fields deleted from `event_personal` (the log keeps only salted digests,
  /// so every chain still verifies), the search index rows rewritten and merged, and the file
  /// vacuumed so no page keeps the old bytes. Case counts, categories, tiers and dates stay.
  public func eraseResident(_ selector: ResidentSelector, by actor: Actor, now: Date) throws
    -> ErasureReport
  {
    let now = Millis.truncate(now)
    let report = try ledgerWrite { db -> ErasureReport in
      let cases = try matchingCases(selector, db)
      guard !cases.isEmpty else { throw LedgerError.nothingToErase }
      var deleted = 0
      for c in cases {
        _ = try append([EventDraft(.erased)], to: c.uuid, existing: c, by: actor, at: now, db)
        deleted += try Self.wipePersonal(of: c.uuid, db)
      }
      try SearchIndex.optimize(db)
      return ErasureReport(caseIDs: cases.map(\.id), personalRecords: deleted)
    }
    try compact()
    return report
  }

  /// Deletes the personal records an erasure reaches in one case and reprojects it; returns
  /// how many were deleted.
  static func wipePersonal(of caseUUID: UUID, _ db: Database) throws -> Int {
    let history = try EventRow.storedHistory(of: caseUUID, in: db)
    let wiped = Erasure.wiped(in: history.map(\.event))
    let present = history.filter { wiped.contains($0.event.uuid) && $0.personal != nil }
    guard !present.isEmpty else { return 0 }
    try PersonalRows.delete(present.map(\.event.uuid), in: db)
    _ = try CaseProjector.rebuild([caseUUID], db)
    return present.count
  }

  /// Rewrites the file without free pages and empties the write-ahead log, so deleted
  /// personal data leaves no bytes behind.
  func compact() throws {
    do {
      try pool.barrierWriteWithoutTransaction { db in
        try db.execute(sql: "VACUUM")
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }

  func matchingCases(_ selector: ResidentSelector, _ db: Database) throws -> [Case] {
    let notErased = "uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE erased = 1)"
    func digits(_ s: String) -> String { s.filter { $0.isASCII && $0.isNumber } }
    switch selector {
    case .name(let name):
      let n = name.trimmingCharacters(in: .whitespaces)
      return try Row.fetchAll(
        db, sql: "SELECT * FROM cases WHERE resident_name = ? AND \(notErased) ORDER BY num",
        arguments: [n]
      ).map(CaseRow.decode)
    case .phone(let phone):
      let want = digits(phone)
      guard want.count >= 4 else { return [] }
      return try Row.fetchAll(
        db, sql: "SELECT * FROM cases WHERE phone_tail = ? AND \(notErased) ORDER BY num",
        arguments: [String(want.suffix(4))]
      ).map(CaseRow.decode).filter { digits($0.resident.phone) == want }
    case .caseID(let id):
      let c = try resolve(id, in: db)
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM cases WHERE resident_name = ? AND \(notErased) ORDER BY num",
        arguments: [c.resident.name]
      ).map(CaseRow.decode)
      let same = rows.filter {
        digits($0.resident.phone) == digits(c.resident.phone)
          && (!c.resident.phone.isEmpty || $0.resident.address == c.resident.address)
      }
      return c.resident.name.isEmpty ? [] : same
    }
  }
}

extension SearchIndex {
  /// Merges the index segments so deleted rows' terms are dropped, not just marked deleted.
  static func optimize(_ db: Database) throws {
    try db.execute(sql: "INSERT INTO cases_fts(cases_fts) VALUES('optimize')")
    try db.execute(sql: "INSERT INTO cases_fts_short(cases_fts_short) VALUES('optimize')")
  }
}
