import Foundation
import GRDBSQLite

/// The encrypting SQLite VFS: registered as the process's default VFS the first time an
/// encrypted store opens, wrapping the unix VFS it replaces. GRDB opens files with
/// `sqlite3_open_v2(path, flags, nil)` and no `SQLITE_OPEN_URI`, so a `?vfs=` name cannot
/// reach SQLite; instead the VFS decides per file: a database or WAL file in a directory
/// registered with a key is encrypted page by page (`EncryptedVFSFile`), every other file is
/// handed to the unix VFS untouched (same file object, same methods: a plain store opened in
/// the same process behaves exactly as without this VFS).
enum EncryptedVFS {
  static let name = "shuoshi-aes-gcm"

  /// Registers the VFS once (thread-safe: a static's initialiser runs once).
  static func install() { _ = installed }

  private static let installed: Bool = {
    guard let unix = sqlite3_vfs_find(nil) else { return false }
    EncryptedVFSState.real = unix
    let vfs = UnsafeMutablePointer<sqlite3_vfs>.allocate(capacity: 1)
    vfs.initialize(to: unix.pointee)  // every other entry (delete, access, time…) is unix's own
    vfs.pointee.pNext = nil
    vfs.pointee.zName = UnsafePointer(strdup(name))
    vfs.pointee.szOsFile = Int32(EncryptedVFSFile.realOffset) + unix.pointee.szOsFile
    vfs.pointee.xOpen = { _, zName, file, flags, outFlags in
      EncryptedVFSFile.open(name: zName, file: file, flags: flags, outFlags: outFlags)
    }
    return sqlite3_vfs_register(vfs, 1) == SQLITE_OK
  }()

  /// Files in `directory` are encrypted with `cipher` from now on in this process.
  static func register(directory: URL, cipher: PageCipher) {
    install()
    EncryptedVFSState.registry.set(cipher, for: Self.keys(for: directory))
  }

  static func unregister(directory: URL) {
    EncryptedVFSState.registry.remove(Self.keys(for: directory))
  }

  /// The directory as given and as SQLite will name it (symbolic links resolved).
  static func keys(for directory: URL) -> [String] {
    var keys = [directory.standardizedFileURL.path]
    if let real = realpath(directory.path, nil) {
      keys.append(String(cString: real))
      free(real)
    }
    return keys
  }
}

/// Process-wide state the C callbacks reach (they cannot capture context).
enum EncryptedVFSState {
  nonisolated(unsafe) static var real: UnsafeMutablePointer<sqlite3_vfs>?
  static let registry = CipherRegistry()
  static let failures = PageCheckFailures()
  static let walSalts = PageCipherWALSaltsRegistry()
}

/// Directory path → the cipher for its database files.
final class CipherRegistry: @unchecked Sendable {
  private let lock = NSLock()
  private var ciphers: [String: PageCipher] = [:]

  func set(_ cipher: PageCipher, for keys: [String]) {
    lock.withLock { for k in keys { ciphers[k] = cipher } }
  }

  func remove(_ keys: [String]) {
    lock.withLock { for k in keys { ciphers[k] = nil } }
  }

  /// The cipher for a file path (its directory's), if any.
  func cipher(forFile path: String) -> PageCipher? {
    let dir = (path as NSString).deletingLastPathComponent
    return lock.withLock { ciphers[dir] }
  }
}

/// The last page that failed its check, per file: the VFS can only return an error code
/// (`SQLITE_IOERR_DATA`); `StoreError.map` turns it into a message naming the page.
final class PageCheckFailures: @unchecked Sendable {
  private let lock = NSLock()
  /// The latest failures, newest last: several stores may fail at once in one process (the
  /// tests), so each store's error looks up its own file's.
  private var recent: [(path: String, page: Int)] = []
  private static let kept = 32

  func record(path: String, page: Int) {
    lock.withLock {
      recent.append((path, page))
      if recent.count > Self.kept { recent.removeFirst(recent.count - Self.kept) }
    }
  }

  /// The latest failure of the database at `path` or of its side files (`-wal`, `-journal`).
  func latest(of path: String) -> (path: String, page: Int)? {
    lock.withLock { recent.last { $0.path.hasPrefix(path) } }
  }
}

// SQLite's extended result codes (C macros Swift does not import).
let SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8)
let SQLITE_IOERR_WRITE = SQLITE_IOERR | (3 << 8)
let SQLITE_IOERR_DATA = SQLITE_IOERR | (32 << 8)
