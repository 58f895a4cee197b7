import Foundation
import ShuoshiStore

/// Version facts printed by `--version` and recorded in the data directory.
enum BuildInfo {
  static let version = ProgramVersion.current

  /// The day the binary was built: its file's modification time (a packaged binary keeps it).
  static var buildDate: String {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let attrs = try? FileManager.default.attributesOfItem(atPath: exe)
    guard let date = attrs?[.modificationDate] as? Date else { return "unknown" }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.dateFormat = "yyyy-MM-dd"
    return f.string(from: date)
  }

  static var versionLine: String {
    "shuoshi \(version) (built \(buildDate), schema \(CaseStore.schemaVersion))"
  }
}
