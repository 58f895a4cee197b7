import Foundation
import GRDB
import GRDBSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// What `shuoshi encrypt` did.
public struct EncryptionMigrationReport: Sendable, Equatable {
  public var cases: Int
  public var events: Int
  /// Migration backups (`shuoshi.db.before-…`) encrypted along with the store.
  public var backups: Int
  /// Side files (receipts, settings) sealed.
  public var sideFiles: Int
}

extension StoreEncryption {
  /// Turns the plain data directory into an encrypted one, atomically: the encrypted copy is
  /// built beside it (`.encrypting/`, through the VFS with `VACUUM INTO`), opened and checked
  /// (integrity check, every hash chain and its head, case and event counts, the same
  /// `verify` findings), and only then the marker is written and the copy renamed over the
  /// plain file, whose old bytes are overwritten with zeros (best effort: a file system may
  /// keep older blocks, so the user is told to empty backups of the old file). Interrupted
  /// after the marker, a second run finishes the renames; before it, the plain store is
  /// untouched and a second run starts again. `progress` hears of each step (and of the
  /// copy's bytes every few seconds, from another thread).
  public func encrypt(
    _ directory: DataDirectory,
    progress: @escaping @Sendable (EncryptionProgress) -> Void = { _ in }
  ) throws(StoreError) -> EncryptionMigrationReport {
    let staging = DataDirectory(url: directory.url.appendingPathComponent(".encrypting"))
    if let marker = try EncryptionMarker.read(in: directory) {
      guard marker.keyCheck == keyCheck else { throw .encryption(.wrongKey(path: directory.path)) }
      let plainHeader =
        (try? DatabaseFileCheck.verifyHeader(atPath: directory.databaseURL.path)) != nil
      guard plainHeader, let staged = try EncryptionMarker.read(in: staging),
        staged.databaseID == marker.databaseID
      else { throw .encryption(.alreadyEncrypted(path: directory.path)) }
      progress(.checkingCopy)
      var report = try check(staging, against: nil)
      progress(.replacing)
      try publish(staging, into: directory)
      report.sideFiles = Self.removeReceipts(of: directory)
      return report
    }
    guard FileManager.default.fileExists(atPath: directory.databaseURL.path) else {
      throw .noStore(path: directory.path)
    }
    try? FileManager.default.removeItem(at: staging.url)  // a run stopped before the marker
    try staging.create()
    let marker = EncryptionMarker.new(for: self)
    try marker.write(in: staging)
    EncryptedVFS.register(directory: staging.url, cipher: marker.cipher(self))
    defer { EncryptedVFS.unregister(directory: staging.url) }
    var report: EncryptionMigrationReport
    do {
      let plain = try CaseStore.open(directory, create: false)
      progress(.checkingPlain)
      let expected = try plain.fingerprint()
      try plain.maintainBeforeCopy()
      let total = Self.fileSize(directory.databaseURL.path)
      progress(.copying(written: 0, of: total))
      let watch = FileGrowthWatch(
        path: staging.databaseURL.path, total: total, report: progress)
      do {
        defer { watch.stop() }
        try Self.vacuum(plain.pool, into: staging.databaseURL.path)
      }
      progress(.copying(written: Self.fileSize(staging.databaseURL.path), of: total))
      try Self.switchToWAL(staging.databaseURL.path)
      progress(.checkingCopy)
      report = try check(staging, against: expected)
    }
    let backups = directory.migrationBackups().filter { Self.isDatabaseFile($0) }
    if !backups.isEmpty { progress(.backups(backups.count)) }
    for backup in backups {
      let queue = try Self.plainQueue(backup.path)
      try Self.vacuum(
        queue, into: staging.url.appendingPathComponent(backup.lastPathComponent).path)
      try? queue.close()
      report.backups += 1
    }
    try marker.write(in: directory)
    progress(.replacing)
    try publish(staging, into: directory)
    report.sideFiles = Self.removeReceipts(of: directory)
    return report
  }

  static func fileSize(_ path: String) -> Int64 {
    var st = stat()
    return stat(path, &st) == 0 ? Int64(st.st_size) : 0
  }

  /// The receipt files in `receipts/` are reprintable copies of what the store holds; an
  /// encrypted directory keeps none (the console prints from `$XDG_RUNTIME_DIR`), so they
  /// are zeroed and removed. Returns how many.
  static func removeReceipts(of directory: DataDirectory) -> Int {
    let fm = FileManager.default
    let names = (try? fm.contentsOfDirectory(atPath: directory.receiptsURL.path)) ?? []
    for name in names {
      let path = directory.receiptsURL.appendingPathComponent(name).path
      let fd = Glibc.open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
      if fd >= 0 {
        zero(fd)
        close(fd)
      }
      unlink(path)
    }
    rmdir(directory.receiptsURL.path)
    return names.count
  }

  /// Marks a new directory encrypted and registers it, so a copy written into it is sealed.
  func prepareCopy(in directory: DataDirectory) throws(StoreError) {
    let marker = EncryptionMarker.new(for: self)
    try marker.write(in: directory)
    EncryptedVFS.register(directory: directory.url, cipher: marker.cipher(self))
  }

  /// Opens the encrypted copy and compares it with the plain store's fingerprint: SQLite's
  /// integrity check reads every page (each page's tag checked), then the hash chains and
  /// every table's rows must be the plain store's (`StoreFingerprint`).
  func check(_ staging: DataDirectory, against expected: StoreFingerprint?) throws(StoreError)
    -> EncryptionMigrationReport
  {
    let copy = try CaseStore.open(staging, create: false, encryption: self)
    let integrity = try copy.integrityCheck()
    guard integrity == "ok" else { throw .encryption(.verifyFailed(detail: integrity)) }
    let found = try copy.fingerprint()
    if let expected, let difference = found.difference(from: expected) {
      throw .encryption(.verifyFailed(detail: difference))
    }
    return EncryptionMigrationReport(
      cases: found.caseCount, events: found.eventCount, backups: 0, sideFiles: 0)
  }

  /// Renames every file of `staging` over its plain namesake, zeroing the plain bytes.
  func publish(_ staging: DataDirectory, into directory: DataDirectory) throws(StoreError) {
    let fm = FileManager.default
    let names = ((try? fm.contentsOfDirectory(atPath: staging.path)) ?? [])
      .filter {
        $0 != EncryptionMarker.fileName && !$0.hasPrefix(".")
          && Self.isDatabaseFile(URL(fileURLWithPath: $0))
      }
    for name in names {
      let target = directory.url.appendingPathComponent(name).path
      for suffix in ["-wal", "-shm", "-journal"] { unlink(target + suffix) }
      let old = Glibc.open(target, O_RDWR | O_CLOEXEC)
      guard rename(staging.url.appendingPathComponent(name).path, target) == 0 else {
        if old >= 0 { close(old) }
        throw DurableFile.fail(errno, path: target)
      }
      if old >= 0 {
        Self.zero(old)
        close(old)
      }
    }
    Self.syncDirectory(directory.path)
    try? fm.removeItem(at: staging.url)
    Self.syncDirectory(directory.path)
  }

  /// Overwrites a file's bytes with zeros and syncs (the plain copy, already unlinked).
  static func zero(_ fd: Int32) {
    var st = stat()
    guard fstat(fd, &st) == 0 else { return }
    let chunk = [UInt8](repeating: 0, count: 1 << 20)
    var offset = 0
    while offset < Int(st.st_size) {
      let n = min(chunk.count, Int(st.st_size) - offset)
      let w = chunk.withUnsafeBytes { pwrite(fd, $0.baseAddress!, n, off_t(offset)) }
      if w <= 0 { break }
      offset += w
    }
    fsync(fd)
  }

  static func syncDirectory(_ path: String) {
    let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
  }

  static func isDatabaseFile(_ url: URL) -> Bool {
    !["-wal", "-shm", "-journal"].contains { url.lastPathComponent.hasSuffix($0) }
  }

  static func plainQueue(_ path: String) throws(StoreError) -> DatabaseQueue {
    do {
      var config = Configuration()
      config.readonly = true
      return try DatabaseQueue(path: path, configuration: config)
    } catch {
      throw StoreError.map(error, path: path)
    }
  }

  /// The copy `VACUUM INTO` writes is in rollback-journal mode; switching it to WAL through a
  /// journal would put page 1 in clear into the journal (the VFS refuses that), so the switch
  /// goes through `journal_mode = OFF` (the copy is new: nothing to roll back to).
  static func switchToWAL(_ path: String) throws(StoreError) {
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = OFF")
        try db.execute(sql: "PRAGMA journal_mode = WAL")
      }
      try queue.close()
    } catch {
      throw StoreError.map(error, path: path)
    }
  }

  /// `VACUUM INTO` a new file through the VFS, asking for the reserved bytes the nonce and
  /// tag need (the copy takes the larger of the source's reserve and the one asked for).
  static func vacuum(_ source: some DatabaseWriter, into path: String) throws(StoreError) {
    do {
      try source.writeWithoutTransaction { db in
        var reserve = Int32(PageCipher.reserve)
        _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve)
        try db.execute(sql: "VACUUM INTO ?", arguments: [path])
      }
    } catch {
      throw StoreError.map(error, path: path)
    }
  }
}

extension CaseStore {
  /// Everything in the main file before it is copied (the WAL checkpointed).
  func maintainBeforeCopy() throws(StoreError) {
    do {
      _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    } catch {
      throw StoreError.map(error, path: directory.databaseURL.path)
    }
  }
}
