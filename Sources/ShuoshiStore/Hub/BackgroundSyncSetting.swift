import Foundation
import Yams

/// How often the console syncs with the hub in the background: `hub_sync_minutes` in
/// site.yaml (default 10; from 1 minute to a day). Read once when the console opens.
public enum BackgroundSyncSetting {
  public static let defaultMinutes = 10.0
  static let range = 1.0...1440.0

  /// The time between two syncs, in seconds.
  public static func interval(in directory: DataDirectory) -> TimeInterval {
    guard let text = try? String(contentsOf: SiteSettings.url(in: directory), encoding: .utf8),
      let map = (try? Yams.load(yaml: text)) as? [String: Any],
      let value = map["hub_sync_minutes"].flatMap({ Double("\($0)") }), range.contains(value)
    else { return defaultMinutes * 60 }
    return value * 60
  }
}
