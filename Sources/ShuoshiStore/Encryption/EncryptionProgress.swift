import Foundation

/// How far `StoreEncryption.encrypt` is: on a store of a million cases each step takes
/// minutes, so the worker is told which one runs and, while the copy is written, how much.
public enum EncryptionProgress: Sendable, Equatable {
  /// The plain store's hash chains and table rows (`StoreFingerprint`), to compare the copy with.
  case checkingPlain
  /// The encrypted copy being written: bytes so far, and the plain file's size.
  case copying(written: Int64, of: Int64)
  /// The copy's integrity check (every page read and its tag checked) and fingerprint.
  case checkingCopy
  /// Migration backups, encrypted too.
  case backups(Int)
  /// The copy renamed over the plain files, whose bytes are overwritten with zeros.
  case replacing
}

/// Reports the size of a file being written, every `interval` seconds, from its own thread,
/// until stopped (the copy's progress: SQLite's `VACUUM INTO` says nothing while it runs).
final class FileGrowthWatch: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false
  private let done = DispatchSemaphore(value: 0)

  init(
    path: String, total: Int64, interval: TimeInterval = 2,
    report: @escaping @Sendable (EncryptionProgress) -> Void
  ) {
    let thread = Thread { [self] in
      while !isStopped {
        Thread.sleep(forTimeInterval: interval)
        if isStopped { break }
        report(.copying(written: StoreEncryption.fileSize(path), of: total))
      }
      done.signal()
    }
    thread.start()
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  /// Stops the reports and waits for the thread, so none comes after the step.
  func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
    done.wait()
  }
}
