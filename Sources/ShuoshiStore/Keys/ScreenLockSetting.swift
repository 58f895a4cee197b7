import Foundation
import Yams

/// `lock_minutes` in the data directory's `site.yaml`: how long the booth console waits
/// without a key before it locks (operators who sign in only). 5 by default; fractions are
/// allowed (tests lock after a few seconds), bounded to 3 seconds … 8 hours.
public enum ScreenLockSetting {
  public static let defaultMinutes = 5.0
  static let range = 0.05...480.0

  /// The idle time before the lock, in seconds.
  public static func idleLimit(in directory: DataDirectory) -> TimeInterval {
    guard let text = try? String(contentsOf: SiteSettings.url(in: directory), encoding: .utf8),
      let map = (try? Yams.load(yaml: text)) as? [String: Any],
      let value = map["lock_minutes"].flatMap({ Double("\($0)") }), range.contains(value)
    else { return defaultMinutes * 60 }
    return value * 60
  }
}
