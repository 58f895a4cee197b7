import Foundation

/// One line per push (`push <received> <added> <microseconds> <lock-wait microseconds>`) and per
/// pull (`pull <sent> <microseconds>`) appended to the file named by `SHUOSHI_HUB_TIMINGS`, for
/// the load script (scripts/hub-load.sh) to read the latency of each batch at the hub and how
/// much of a push was the wait for the ingest lock. Off unless the variable is set; a line is
/// written whole under a lock.
enum HubLoadTimings {
  private static let file: FileHandle? = {
    guard let path = ProcessInfo.processInfo.environment["SHUOSHI_HUB_TIMINGS"], !path.isEmpty
    else { return nil }
    if !FileManager.default.fileExists(atPath: path) {
      _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    let handle = FileHandle(forWritingAtPath: path)
    _ = try? handle?.seekToEnd()
    return handle
  }()
  private static let lock = NSLock()

  /// Whether timings are kept (so callers skip reading the clock otherwise).
  static var on: Bool { file != nil }

  static func push(received: Int, added: Int, took: Duration, lockWait: Duration) {
    write("push \(received) \(added) \(micros(took)) \(micros(lockWait))")
  }

  static func pull(sent: Int, took: Duration) {
    write("pull \(sent) \(micros(took))")
  }

  private static func write(_ line: String) {
    guard let file else { return }
    lock.withLock { file.write(Data((line + "\n").utf8)) }
  }

  private static func micros(_ d: Duration) -> Int64 {
    let (s, atto) = d.components
    return s * 1_000_000 + atto / 1_000_000_000_000
  }
}
