import Foundation
import GRDBSQLite

/// One file opened through the encrypting VFS. Memory layout SQLite allocates for us
/// (`szOsFile`): the `sqlite3_file` header (our methods), a pointer to this object, then the
/// unix VFS's own file object at `realOffset`, to which every call is forwarded.
final class EncryptedVFSFile {
  static let realOffset = 16
  static let walHeaderSize = 32
  static let frameHeaderSize = 24
  static var pageSize: Int { PageCipher.pageSize }
  static var frameSize: Int { frameHeaderSize + pageSize }
  /// SQLite never writes the page holding the lock byte (offset 2^30); it reads as zeros.
  static let lockBytePage = (0x4000_0000 / PageCipher.pageSize) + 1

  enum Kind { case database, wal, journal }

  let kind: Kind
  /// This file's own cipher context (a file object is used by one connection at a time).
  let cipher: PageCipherContext
  let real: UnsafeMutablePointer<sqlite3_file>
  let path: String
  /// The log's salts, shared with every connection's files of this database in the process.
  let walSalts: PageCipherWALSalts
  /// One frame of scratch space (a file object is used by one connection at a time): a WAL
  /// frame's header and page are read in one call; a database page uses the first page.
  let frameScratch = UnsafeMutableRawBufferPointer.allocate(
    byteCount: EncryptedVFSFile.frameSize, alignment: 16)
  var scratch: UnsafeMutableRawBufferPointer {
    UnsafeMutableRawBufferPointer(rebasing: frameScratch[0..<Self.pageSize])
  }
  /// The last frame header this file wrote (SQLite writes a frame's 24-byte header, then its
  /// page), and that frame's number; -1 when none is known.
  let lastFrameHeader = UnsafeMutableRawPointer.allocate(
    byteCount: EncryptedVFSFile.frameHeaderSize, alignment: 8)
  var lastFrameHeaderFrame = -1

  init(
    kind: Kind, cipher: PageCipherContext, real: UnsafeMutablePointer<sqlite3_file>,
    path: String, walSalts: PageCipherWALSalts
  ) {
    self.kind = kind
    self.cipher = cipher
    self.real = real
    self.path = path
    self.walSalts = walSalts
  }

  deinit {
    frameScratch.deallocate()
    lastFrameHeader.deallocate()
  }

  var methods: sqlite3_io_methods { real.pointee.pMethods.pointee }

  // MARK: Opening

  static func open(
    name: UnsafePointer<CChar>?, file: UnsafeMutablePointer<sqlite3_file>?, flags: Int32,
    outFlags: UnsafeMutablePointer<Int32>?
  ) -> Int32 {
    guard let real = EncryptedVFSState.real, let file else { return SQLITE_CANTOPEN }
    let path = name.map { String(cString: $0) }
    let kind: Kind?
    if flags & SQLITE_OPEN_MAIN_DB != 0 {
      kind = .database
    } else if flags & SQLITE_OPEN_WAL != 0 {
      kind = .wal
    } else if flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL) != 0 {
      kind = .journal
    } else {
      kind = nil
    }
    guard let kind, let path, let keyed = EncryptedVFSState.registry.cipher(forFile: path)
    else {
      // Not ours: the unix VFS opens it in place, with its own methods.
      return real.pointee.xOpen(real, name, file, flags, outFlags)
    }
    // libcrypto without AES-256-GCM, or a key it refused: the file is not opened at all.
    guard let cipher = keyed.makeContext() else { return SQLITE_CANTOPEN }
    let databasePath = kind == .wal && path.hasSuffix("-wal") ? String(path.dropLast(4)) : path
    let walSalts = EncryptedVFSState.walSalts.salts(forDatabase: databasePath)
    // A new file object may meet a log another process (or a deleted file) left: read afresh.
    walSalts.invalidate()
    let raw = UnsafeMutableRawPointer(file)
    let inner = (raw + realOffset).assumingMemoryBound(to: sqlite3_file.self)
    file.pointee.pMethods = nil
    let rc = real.pointee.xOpen(real, name, inner, flags, outFlags)
    guard rc == SQLITE_OK else { return rc }
    let object = EncryptedVFSFile(
      kind: kind, cipher: cipher, real: inner, path: path, walSalts: walSalts)
    (raw + 8).storeBytes(
      of: Unmanaged.passRetained(object).toOpaque(), as: UnsafeMutableRawPointer.self)
    file.pointee.pMethods = UnsafePointer(ioMethods)
    return SQLITE_OK
  }

  static func of(_ file: UnsafeMutablePointer<sqlite3_file>?) -> EncryptedVFSFile {
    let p = UnsafeMutableRawPointer(file!).load(fromByteOffset: 8, as: UnsafeMutableRawPointer.self)
    return Unmanaged<EncryptedVFSFile>.fromOpaque(p).takeUnretainedValue()
  }

  /// Calls `body` with the file's object without a retain and release per call (SQLite keeps
  /// the object alive from xOpen to xClose): the VFS callbacks' hot path.
  @inline(__always)
  static func with<R>(
    _ file: UnsafeMutablePointer<sqlite3_file>?, _ body: (EncryptedVFSFile) -> R
  ) -> R {
    let p = UnsafeMutableRawPointer(file!).load(fromByteOffset: 8, as: UnsafeMutableRawPointer.self)
    return Unmanaged<EncryptedVFSFile>.fromOpaque(p)._withUnsafeGuaranteedRef(body)
  }

  static func release(_ file: UnsafeMutablePointer<sqlite3_file>?) {
    let p = UnsafeMutableRawPointer(file!).load(fromByteOffset: 8, as: UnsafeMutableRawPointer.self)
    Unmanaged<EncryptedVFSFile>.fromOpaque(p).release()
  }

  // MARK: Raw access to the underlying file

  func readRaw(_ buf: UnsafeMutableRawPointer, _ count: Int, at offset: Int) -> Int32 {
    methods.xRead(real, buf, Int32(count), sqlite3_int64(offset))
  }

  func writeRaw(_ buf: UnsafeRawPointer, _ count: Int, at offset: Int) -> Int32 {
    methods.xWrite(real, buf, Int32(count), sqlite3_int64(offset))
  }

  func fail(page: Int) -> Int32 {
    EncryptedVFSState.failures.record(path: path, page: page)
    return SQLITE_IOERR_DATA
  }
}
