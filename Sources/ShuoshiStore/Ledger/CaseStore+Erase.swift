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

/// What an erasure would reach (the preview without `--yes`).
public struct ErasurePlan: Sendable, Equatable {
  public var cases: [Case]
  /// Household members (and households' contact numbers) of the register.
  public var members: [RemovedMember]
  /// Receipt files of the cases under `receipts/`.
  public var receipts: [URL]
  /// Copies of the database written before schema migrations: removed whole (see `Backup`).
  public var backups: [URL]

  public var isEmpty: Bool { cases.isEmpty && members.isEmpty }
}

/// What an erasure did.
public struct ErasureReport: Sendable, Equatable {
  /// The cases whose resident was erased (their counts stay in the reports).
  public var caseIDs: [String]
  /// Personal records of the cases deleted from the database.
  public var personalRecords: Int
  /// Household members taken off the register, and its personal records deleted.
  public var members: [RemovedMember] = []
  public var registerRecords = 0
  /// Files removed: the cases' receipts, the migration backups.
  public var receipts: [URL] = []
  public var backups: [URL] = []
  /// Steps after the committed erasure that failed (compacting the file, removing a file):
  /// the erasure itself is saved, but copies may remain until the step is done again.
  public var unfinished: [ErasureLeftover] = []
}

/// A clean-up step an erasure could not finish, and why.
public struct ErasureLeftover: Sendable, Equatable {
  public enum Step: Sendable, Equatable {
    /// Rewriting the database so deleted bytes leave no free page behind (needs free space).
    case compaction
    case removeFile
  }
  public var step: Step
  public var path: String
  public var error: StoreError
}

extension CaseStore {
  /// The cases of a resident, not yet erased: what an erasure would touch (a preview).
  public func residentCases(_ selector: ResidentSelector) throws(StoreError) -> [Case] {
    try read { db in try matchingCases(selector, db) }
  }

  /// Everything an erasure of `selector` would reach: cases, register members, files.
  public func erasurePlan(_ selector: ResidentSelector) throws(StoreError) -> ErasurePlan {
    let (cases, members) = try read { db in
      let cases = try matchingCases(selector, db)
      let matches = try Self.registerMatches(selector, residents: cases.map(\.resident), db)
      return (cases, matches.flatMap { $0.1.removals(in: $0.0) })
    }
    return ErasurePlan(
      cases: cases, members: members, receipts: cases.flatMap { directory.receiptFiles(of: $0.id) },
      backups: directory.migrationBackups())
  }

  /// Erases a resident who asked to be forgotten, everywhere shuoshi keeps them:
  /// - cases: an `erased` tombstone on each, their personal fields deleted from
  ///   `event_personal` (the log keeps only salted digests, so every chain still verifies),
  ///   the search index rows rewritten and merged; counts, categories, tiers and dates stay;
  /// - the register: taken off their households (`eraseFromRegister`), earlier versions wiped;
  /// - after the commit: the file vacuumed so no page keeps the old bytes, the cases' receipt
  ///   files and the migration backups removed. A failure there is reported in `unfinished`
  ///   (the erasure is saved; run it again to finish), never thrown as if nothing was saved.
  public func eraseResident(_ selector: ResidentSelector, by actor: Actor, now: Date) throws
    -> ErasureReport
  {
    try actor.require(.erase)
    let now = Millis.truncate(now)
    var report = try ledgerWrite { db -> ErasureReport in
      let cases = try matchingCases(selector, db)
      let matches = try Self.registerMatches(selector, residents: cases.map(\.resident), db)
      guard !cases.isEmpty || !matches.isEmpty else { throw LedgerError.nothingToErase }
      var deleted = 0
      for c in cases {
        _ = try append(
          [EventDraft(.erased(.init()))], to: c.uuid, existing: c, by: actor, at: now, db)
        deleted += try Self.wipePersonal(of: c.uuid, db)
      }
      let register = try eraseFromRegister(matches, by: actor, at: now, db)
      try SearchIndex.optimize(db)
      return ErasureReport(
        caseIDs: cases.map(\.id), personalRecords: deleted, members: register.removed,
        registerRecords: register.records)
    }
    let cleanup = finishErasure(receipts: report.caseIDs.flatMap { directory.receiptFiles(of: $0) })
    report.receipts = cleanup.receipts
    report.backups = cleanup.backups
    report.unfinished = cleanup.unfinished
    return report
  }

  /// The clean-up after an erasure's commit: the file vacuumed, `receipts` and the migration
  /// backups removed. Failures are returned, not thrown: the erasure is already saved. Run on
  /// its own (`erase-resident --yes` with nothing left to erase) it finishes a clean-up an
  /// earlier erasure could not (a full disk).
  public func finishErasure(receipts: [URL] = []) -> (
    receipts: [URL], backups: [URL], unfinished: [ErasureLeftover]
  ) {
    var unfinished: [ErasureLeftover] = []
    do { try compact() } catch {
      unfinished.append(
        ErasureLeftover(
          step: .compaction, path: directory.databaseURL.path,
          error: StoreError.map(error, path: directory.databaseURL.path)))
    }
    let removedReceipts = removeFiles(receipts, &unfinished)
    let backups = removeFiles(directory.migrationBackups(), &unfinished)
    return (removedReceipts, backups, unfinished)
  }

  /// Removes each file; returns those removed and notes the others.
  func removeFiles(_ urls: [URL], _ unfinished: inout [ErasureLeftover]) -> [URL] {
    urls.filter { url in
      if unlink(url.path) == 0 || errno == ENOENT { return true }
      unfinished.append(
        ErasureLeftover(
          step: .removeFile, path: url.path, error: DurableFile.fail(errno, path: url.path)))
      return false
    }
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
