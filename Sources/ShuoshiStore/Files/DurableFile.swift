import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The one way shuoshi writes a whole file (bundles, receipts, reports, settings): a new file
/// beside the target (mode 0600, a name no one else uses), written, fsynced, then renamed over
/// the target and the directory fsynced, so a crash leaves either the old or the new content,
/// never half. A file the program did not create is never deleted or truncated: an existing
/// target is replaced only when the caller says so (`--force`, or the program's own files),
/// and on any failure only the temporary file is removed.
public enum DurableFile {
  /// What to do when the target already exists.
  public enum Existing: Sendable, Equatable {
    /// Refuse with `StoreError.fileExists` and leave it untouched (a path the user named).
    case refuse
    /// Replace it atomically (`--force`, or a file the program owns: settings, `receipts/`).
    case replace
  }

  /// Throws `.fileExists` when `url` exists and may not be replaced: call it before costly
  /// work (asking a passphrase, sealing a bundle). `write` checks again, atomically.
  public static func check(_ url: URL, existing: Existing) throws(StoreError) {
    guard existing == .refuse else { return }
    var st = stat()
    if lstat(url.path, &st) == 0 { throw .fileExists(path: url.path) }
  }

  public static func write(_ data: Data, to url: URL, existing: Existing) throws(StoreError) {
    try check(url, existing: existing)
    let dir = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(
        at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError.mapFile(error, path: dir.path)
    }
    let (tmp, fd) = try createTemporary(beside: url)
    let written = data.withUnsafeBytes { buf -> Bool in
      var offset = 0
      while offset < buf.count {
        let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { return false }
        offset += n
      }
      return fsync(fd) == 0
    }
    let writeError = errno
    let closed = close(fd) == 0
    let closeError = errno
    guard written, closed else {
      unlink(tmp)
      throw fail(written ? closeError : writeError, path: url.path)
    }
    try publish(tmp, at: url.path, existing: existing)
    let dfd = open(dir.path, O_RDONLY | O_DIRECTORY)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }

  /// `.<name>.<random>.tmp` beside the target, created exclusively (never someone's file).
  static func createTemporary(beside url: URL) throws(StoreError) -> (String, Int32) {
    let dir = url.deletingLastPathComponent().path
    for _ in 0..<16 {
      let tag = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      let tmp = "\(dir)/.\(url.lastPathComponent).\(tag).tmp"
      let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if fd >= 0 { return (tmp, fd) }
      if errno != EEXIST { throw fail(errno, path: url.path) }
    }
    throw fail(EEXIST, path: url.path)
  }

  /// Moves the written temporary file to `path`. Without permission to replace, a hard link
  /// claims the name atomically (it fails if anything is there); on file systems without
  /// hard links (FAT on a USB stick) the name is checked just before the rename.
  static func publish(_ tmp: String, at path: String, existing: Existing) throws(StoreError) {
    defer { unlink(tmp) }  // after a rename or link the temporary name is gone or redundant
    if existing == .replace {
      guard rename(tmp, path) == 0 else { throw fail(errno, path: path) }
      return
    }
    if link(tmp, path) == 0 { return }
    let err = errno
    if err == EEXIST { throw .fileExists(path: path) }
    guard err == EPERM || err == ENOTSUP || err == EOPNOTSUPP || err == EMLINK else {
      throw fail(err, path: path)
    }
    var st = stat()
    if lstat(path, &st) == 0 { throw .fileExists(path: path) }
    guard rename(tmp, path) == 0 else { throw fail(errno, path: path) }
  }

  /// A write failure as a message a worker can act on (a full disk says so).
  static func fail(_ err: Int32, path: String) -> StoreError {
    switch err {
    case ENOSPC, EDQUOT: return .diskFull(path: path)
    case EROFS: return .readOnly(path: path)
    default: return .io(path: path, detail: String(cString: strerror(err)))
    }
  }
}
