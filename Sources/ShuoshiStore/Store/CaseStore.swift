import Foundation
import GRDB
import GRDBSQLite
import ShuoshiCore

/// Facts about a data directory recorded at creation.
public struct StoreInfo: Sendable, Equatable {
  /// This laptop's identity in the merged ledger.
  public var deviceID: String
  /// Short code in every case id (`HJ` in `HJ-20261128-007`).
  public var siteCode: String
  /// This laptop's letter within the site (`A` in `HJ-A-20261207-001`); nil in a data
  /// directory made before laptops had letters, whose new ids keep the old form.
  public var laptop: String?
  public var schemaVersion: String
}

/// The case store: one SQLite file in the data directory, through GRDB. The only code that
/// touches files. Safe to share between threads; several processes may open one directory.
public final class CaseStore: Sendable {
  public let directory: DataDirectory
  public let info: StoreInfo
  let pool: DatabasePool

  /// The schema this build writes (the newest migration's name).
  public static var schemaVersion: String { Schema.latestVersion }

  /// Opens the store in `directory`, creating it (with `siteCode` and the laptop's letter)
  /// when there is none yet. A file that is not ours, empty or corrupt is refused and never
  /// overwritten. With `encryption` the directory's files are encrypted at rest (a new
  /// store is created encrypted; an encrypted one needs its key); nil is a plain store.
  public static func open(
    _ directory: DataDirectory, siteCode: String = "SS", laptop: String? = nil,
    create: Bool = true, encryption: StoreEncryption? = nil
  ) throws(StoreError) -> CaseStore {
    let dbPath = directory.databaseURL.path
    let exists = FileManager.default.fileExists(atPath: dbPath)
    let encrypted = try prepareEncryption(
      directory, encryption: encryption, databaseExists: exists, create: create)
    if exists {
      // An encrypted file has no plain header; the VFS checks its first page instead.
      if !encrypted { try DatabaseFileCheck.verifyHeader(atPath: dbPath) }
    } else {
      guard create else { throw .noStore(path: directory.path) }
      try directory.create()
      guard FileManager.default.isWritableFile(atPath: directory.path) else {
        throw .readOnly(path: directory.path)
      }
    }
    do {
      if exists { try DatabaseFileCheck.verifyOurs(path: dbPath) }
      let pool = try DatabasePool(path: dbPath, configuration: configuration(encrypted: encrypted))
      // GRDB's pool turns the writer to `synchronous = NORMAL` after `prepareDatabase` has run
      // (WAL set-up); NORMAL skips the fsync at commit, so a power cut could lose a save the
      // worker saw succeed. Set FULL again on the one writer connection.
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      let migrator = Schema.migrator
      if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
        let found = try pool.read { try migrator.appliedIdentifiers($0).sorted().last ?? "?" }
        throw StoreError.newerSchema(path: dbPath, found: found)
      }
      if exists, try pool.read({ try !migrator.hasCompletedMigrations($0) }) {
        try Backup.beforeMigration(pool, databasePath: dbPath)
      }
      try migrator.migrate(pool)
      let info = try pool.write { db in try Meta.ensure(db, siteCode: siteCode, laptop: laptop) }
      // Written only when it changes: a read-only command must not pay for a durable commit.
      if try pool.read({ try Meta.get($0, "last_writer_version") }) != ProgramVersion.current {
        try pool.write { db in try Meta.set(db, "last_writer_version", ProgramVersion.current) }
      }
      return CaseStore(directory: directory, info: info, pool: pool)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.map(error, path: dbPath)
    }
  }

  init(directory: DataDirectory, info: StoreInfo, pool: DatabasePool) {
    self.directory = directory
    self.info = info
    self.pool = pool
  }

  /// The last one out checkpoints: a command's saves reach the main database file after it has
  /// printed its result, not during the save.
  deinit { maintain() }

  static func configuration(encrypted: Bool = false) -> Configuration {
    var config = Configuration()
    // Two booths' processes on one directory wait for each other instead of failing.
    config.busyMode = .timeout(15)
    config.prepareDatabase { db in
      if encrypted { try prepareEncrypted(db) }
      // A saved case is on disk when the command returns (set again after the pool's WAL
      // set-up, see `open`).
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // Checkpoints run off the save path (see `maintain`), so a save never pays for copying
      // the WAL back into the database.
      try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
      // Deleted personal data (an erasure) is overwritten, not left in free pages.
      try db.execute(sql: "PRAGMA secure_delete = ON")
      SQLProfile.attach(to: db)
    }
    return config
  }

  /// Runs `body` in one write transaction, mapping SQLite errors to `StoreError`.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.write(body)
    } catch let error as StoreError {
      throw error
    } catch let error as EngineError {
      throw .engine(error)
    } catch let error as SurveyRoundError {
      throw .surveyRound(error)
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch let error as StoreError {
      throw error
    } catch let error as SurveyRoundError {
      throw .surveyRound(error)
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }

  /// Upkeep kept off the save path: one bounded step of search-index merging
  /// (`SearchIndexUpkeep`), then, once the write-ahead log has grown past `walLimit` bytes, a
  /// passive checkpoint that copies it back into the database (it never blocks a writer).
  /// Called when a store is released (after a command has printed its result) and by the
  /// console when idle — never inside a save. Checkpointing rarely and in bulk also spares
  /// saves the WAL restart.
  public func maintain(walLimit: Int = 4 << 20) {
    _ = try? pool.write { db in try SearchIndexUpkeep.merge(db) }
    let wal = directory.databaseURL.path + "-wal"
    let size =
      (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? NSNumber)??.intValue ?? 0
    guard size >= walLimit else { return }
    _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
  }

  /// `PRAGMA integrity_check`: "ok" when the file is sound.
  public func integrityCheck() throws(StoreError) -> String {
    try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "?" }
  }
}

extension StoreError {
  static func map(_ error: any Error, path: String) -> StoreError {
    guard let db = error as? DatabaseError else { return mapFile(error, path: path) }
    if db.extendedResultCode.rawValue == SQLITE_IOERR_DATA {
      let failed = EncryptedVFSState.failures.latest(of: path)
      return .encryption(.pageCheckFailed(path: failed?.path ?? path, page: failed?.page ?? 0))
    }
    switch db.resultCode {
    case .SQLITE_NOTADB: return .notADatabase(path: path)
    case .SQLITE_CORRUPT: return .corrupt(path: path, detail: db.message ?? "")
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_IOERR where DiskSpace.isFull(near: path): return .diskFull(path: path)
    case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .readOnly(path: path)
    default: return .io(path: path, detail: db.message ?? db.description)
    }
  }
}
