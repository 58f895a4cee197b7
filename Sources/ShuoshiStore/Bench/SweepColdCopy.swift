import Foundation

/// Drops a benchmark's copy of the store from the page cache, as after a reboot: its dirty
/// pages are written out (`fsync`), then the kernel is told the file's cached pages are not
/// needed (`POSIX_FADV_DONTNEED`), so the next read of each page goes to the disk. Touches
/// only that file, and needs no privilege (unlike dropping the whole machine's cache).
enum SweepColdCopy {
  static func evict(_ path: String) {
    for file in [path, path + "-wal"] {
      let fd = open(file, O_RDONLY)
      guard fd >= 0 else { continue }
      defer { close(fd) }
      _ = fsync(fd)
      _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
    }
  }
}
