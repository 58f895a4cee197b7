import Foundation

/// One line per push (`push <received> <added> <microseconds>`) appended to the file named by
/// `SHUOSHI_HUB_TIMINGS`, for the load script (scripts/hub-load.sh) to read the latency of each
/// batch at the hub. Off unless the variable is set; a line is written whole under a lock.
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

  static func push(received: Int, added: Int, took: Duration) {
    guard let file else { return }
    let (s, atto) = took.components
    let micros = s * 1_000_000 + atto / 1_000_000_000_000
    lock.withLock { file.write(Data("push \(received) \(added) \(micros)\n".utf8)) }
  }
}
