import Foundation
import GRDB

/// A maintainer's probe: with `SHUOSHI_PROFILE_SQL=<ms>` every statement slower than that many
/// milliseconds is written to stderr with its duration (COMMIT included, so the fsync shows).
/// Used to find where a save's time goes (docs/PERFORMANCE.md). SQLite's own profile clock
/// ticks in whole milliseconds, so the probe times statements itself, start to finish.
enum SQLProfile {
  static let thresholdMs: Double? = ProcessInfo.processInfo.environment["SHUOSHI_PROFILE_SQL"]
    .flatMap(Double.init)

  static func attach(to db: Database) {
    guard let threshold = thresholdMs else { return }
    var started: [String: UInt64] = [:]
    db.trace(options: [.statement, .profile]) { event in
      switch event {
      case .statement(let s):
        started[s.sql] = DispatchTime.now().uptimeNanoseconds
      case .profile(let s, _):
        guard let start = started.removeValue(forKey: s.sql) else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard ms >= threshold else { return }
        let sql = s.sql.split(whereSeparator: \.isNewline).joined(separator: " ")
        let line = String(format: "sql %8.3f ms  ", ms) + sql.prefix(400) + "\n"
        FileHandle.standardError.write(Data(line.utf8))
      }
    }
  }
}
