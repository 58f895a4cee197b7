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
  let cipher: PageCipher
  let real: UnsafeMutablePointer<sqlite3_file>
  let path: String
  /// One page of scratch space (a file object is used by one connection at a time).
  let scratch = UnsafeMutableRawBufferPointer.allocate(
    byteCount: PageCipher.pageSize, alignment: 16)

  init(kind: Kind, cipher: PageCipher, real: UnsafeMutablePointer<sqlite3_file>, path: String) {
    self.kind = kind
    self.cipher = cipher
    self.real = real
    self.path = path
  }

  deinit { scratch.deallocate() }

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
    guard let kind, let path, let cipher = EncryptedVFSState.registry.cipher(forFile: path)
    else {
      // Not ours: the unix VFS opens it in place, with its own methods.
      return real.pointee.xOpen(real, name, file, flags, outFlags)
    }
    let raw = UnsafeMutableRawPointer(file)
    let inner = (raw + realOffset).assumingMemoryBound(to: sqlite3_file.self)
    file.pointee.pMethods = nil
    let rc = real.pointee.xOpen(real, name, inner, flags, outFlags)
    guard rc == SQLITE_OK else { return rc }
    let object = EncryptedVFSFile(kind: kind, cipher: cipher, real: inner, path: path)
    (raw + 8).storeBytes(
      of: Unmanaged.passRetained(object).toOpaque(), as: UnsafeMutableRawPointer.self)
    file.pointee.pMethods = UnsafePointer(ioMethods)
    return SQLITE_OK
  }

  static func of(_ file: UnsafeMutablePointer<sqlite3_file>?) -> EncryptedVFSFile {
    let p = UnsafeMutableRawPointer(file!).load(fromByteOffset: 8, as: UnsafeMutableRawPointer.self)
    return Unmanaged<EncryptedVFSFile>.fromOpaque(p).takeUnretainedValue()
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
