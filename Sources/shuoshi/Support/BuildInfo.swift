import Foundation
import ShuoshiStore

/// Version facts printed by `--version` and recorded in the data directory.
enum BuildInfo {
  static let version = ProgramVersion.current

  /// The day the binary was built: its file's modification time (a packaged binary keeps it).
  /// Read with `stat` and `localtime_r`, not a DateFormatter: the version line is built for
  /// every command, and loading the locale data cost a few milliseconds of each start.
  static var buildDate: String {
    var info = stat()
    var parts = tm()
    guard let exe = realpath("/proc/self/exe", nil) else { return "unknown" }
    defer { free(exe) }
    guard stat(exe, &info) == 0, localtime_r(&info.st_mtim.tv_sec, &parts) != nil else {
      return "unknown"
    }
    return String(
      format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday)
    )
  }

  static var versionLine: String {
    "shuoshi \(version) (built \(buildDate), schema \(CaseStore.schemaVersion))"
  }
}
