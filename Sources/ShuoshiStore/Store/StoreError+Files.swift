import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension StoreError {
  /// A Foundation or POSIX file error as a message a worker can act on: a full disk, a
  /// read-only disk, or the system's own words — never "NSCocoaErrorDomain error 512".
  public static func mapFile(_ error: any Error, path: String) -> StoreError {
    if let e = error as? StoreError { return e }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return DurableFile.fail(Int32(ns.code), path: path) }
    if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain
    {
      return DurableFile.fail(Int32(under.code), path: path)
    }
    if ns.domain == NSCocoaErrorDomain {
      switch CocoaError.Code(rawValue: ns.code) {
      case .fileWriteOutOfSpace: return .diskFull(path: path)
      case .fileWriteVolumeReadOnly: return .readOnly(path: path)
      default: break
      }
    }
    if DiskSpace.isFull(near: path) { return .diskFull(path: path) }
    // Foundation's own sentence ("The file doesn't exist."); other errors as they describe
    // themselves (a decoding error names the field).
    return .io(
      path: path,
      detail: ns.domain == NSCocoaErrorDomain ? ns.localizedDescription : String(describing: error))
  }
}

/// Free space where a file lives: SQLite reports a disk that filled up during a write as
/// "disk I/O error" (SQLITE_IOERR) as often as SQLITE_FULL, and Foundation as error 512.
enum DiskSpace {
  /// True when the file system holding `path` (or its nearest existing parent) has less than
  /// 64 KiB left for this user.
  static func isFull(near path: String) -> Bool {
    var p = path
    var fs = statvfs()
    while statvfs(p, &fs) != 0 {
      let parent = (p as NSString).deletingLastPathComponent
      if parent == p || parent.isEmpty { return false }
      p = parent
    }
    return UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 64 << 10
  }
}
