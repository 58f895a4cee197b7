import Foundation

/// The WAL's two salts (bytes 16–23 of its header, in every frame's associated data), cached
/// per database path in this process so a frame's read or write need not read the log header.
///
/// The salts change only when a writer starts a new log generation: it writes a new header
/// (through this VFS when the writer is in this process: `written`), or truncates the log. A
/// writer in another process can do so only between our transactions, and every transaction
/// of every connection here takes and drops shared-memory locks on the database file first —
/// each such call (`xShmLock`) empties the cache, so the first frame after it reads the header
/// again. A read of the header stores its salts only if nothing emptied the cache meanwhile
/// (`epoch`), so a slow reader never puts back salts a writer has just replaced.
final class PageCipherWALSalts: @unchecked Sendable {
  private let lock = NSLock()
  private var epoch: UInt64 = 0
  private var salts: (UInt32, UInt32)?

  /// The cached salts (nil: read the header) and the epoch to hand back to `remember`.
  func cached() -> (salts: (UInt32, UInt32)?, epoch: UInt64) {
    lock.withLock { (salts, epoch) }
  }

  /// Salts just read from the header, kept unless the cache was emptied since `epoch`.
  func remember(_ fresh: (UInt32, UInt32), readAt epoch: UInt64) {
    lock.withLock { if self.epoch == epoch { salts = fresh } }
  }

  /// A header this process just wrote.
  func written(_ fresh: (UInt32, UInt32)) {
    lock.withLock {
      epoch &+= 1
      salts = fresh
    }
  }

  func invalidate() {
    lock.withLock {
      epoch &+= 1
      salts = nil
    }
  }
}

/// Database path → its salts cache, shared by the database file (which sees the shared-memory
/// locks) and the WAL file (which reads and writes frames) of every connection to it.
final class PageCipherWALSaltsRegistry: @unchecked Sendable {
  private let lock = NSLock()
  private var caches: [String: PageCipherWALSalts] = [:]

  func salts(forDatabase path: String) -> PageCipherWALSalts {
    lock.withLock {
      if let c = caches[path] { return c }
      let c = PageCipherWALSalts()
      caches[path] = c
      return c
    }
  }
}
