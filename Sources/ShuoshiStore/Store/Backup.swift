import Foundation
import GRDB

/// Copies of the database written before anything risky (a schema migration), beside it.
///
/// Erasure and backups: a backup is a whole older database, residents' names and phones
/// included, in an older schema that this release does not edit. So `eraseResident` removes
/// every migration backup (`DataDirectory.migrationBackups`) once its own changes are
/// committed, and says so: rewriting old-schema copies would mean keeping an eraser for every
/// past schema, and a backup written without personal data could not restore a failed
/// migration. By the time a resident asks to be forgotten the migrated store has been in use
/// (and `verify` checks it), so the safety copy has done its job.
enum Backup {
  /// Writes `shuoshi.db.before-<schema>-<yyyyMMdd-HHmmss>` with SQLite's online backup, which
  /// gives a consistent copy even while another process writes.
  static func beforeMigration(_ pool: DatabasePool, databasePath: String) throws {
    let applied = try pool.read { try Schema.migrator.appliedIdentifiers($0).sorted().last } ?? "v0"
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.dateFormat = "yyyyMMdd-HHmmss"
    let path = "\(databasePath).before-\(applied)-\(f.string(from: Date()))"
    let copy = try DatabaseQueue(path: path)
    try pool.backup(to: copy)
    try copy.close()
  }
}

extension CaseStore {
  /// A consistent copy of this store into another (new) data directory, encrypted under
  /// its own database id when `encryption` is given.
  public func backup(to other: DataDirectory, encryption: StoreEncryption? = nil) throws(StoreError)
  {
    try other.create()
    if let encryption { try encryption.prepareCopy(in: other) }
    do {
      let copy = try DatabaseQueue(path: other.databaseURL.path)
      try pool.backup(to: copy)
      try copy.close()
    } catch {
      throw StoreError.map(error, path: other.databaseURL.path)
    }
    if encryption != nil { try StoreEncryption.switchToWAL(other.databaseURL.path) }
  }
}
