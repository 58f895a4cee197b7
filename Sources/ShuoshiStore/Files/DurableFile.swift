import Foundation

/// Writes a whole file so that a crash leaves either the old or the new content, never half:
/// a temporary file beside it, fsync, rename, fsync of the directory. Mode 0600.
public enum DurableFile {
  public static func write(_ data: Data, to url: URL) throws(StoreError) {
    let dir = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(
        at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch { throw .io(path: dir.path, detail: "\(error)") }
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    let fd = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw .io(path: tmp.path, detail: String(cString: strerror(errno))) }
    let ok = data.withUnsafeBytes { buf -> Bool in
      var offset = 0
      while offset < buf.count {
        let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
        if n <= 0 { return false }
        offset += n
      }
      return fsync(fd) == 0
    }
    let err = errno
    close(fd)
    guard ok else {
      unlink(tmp.path)
      throw err == ENOSPC
        ? .diskFull(path: url.path) : .io(path: url.path, detail: String(cString: strerror(err)))
    }
    guard rename(tmp.path, url.path) == 0 else {
      unlink(tmp.path)
      throw .io(path: url.path, detail: String(cString: strerror(errno)))
    }
    let dfd = open(dir.path, O_RDONLY)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }
}
