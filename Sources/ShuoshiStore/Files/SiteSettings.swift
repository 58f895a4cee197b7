import Foundation
import Yams

/// The settings that belong to a site, not to the person at the keyboard: the site code, the
/// community or village, who is on duty, the booth's phone and place, the time zone. They live in the data
/// directory (`site.yaml`, written durably), so a second data directory never shows the first
/// one's community or operator. (The laptop's letter lives in the store itself, beside the
/// device id, since it is what numbers the cases.) Personal settings — language, theme — stay
/// in the user's config (`UserConfig`).
public struct SiteSettings: Sendable, Equatable {
  public static let fileName = "site.yaml"

  public var siteCode: String?
  public var unitName: String?
  public var operatorName: String?
  public var boothPhone: String?
  public var boothPlace: String?
  /// An IANA zone name (`time_zone`); nil: `defaultTimeZone`.
  public var timeZone: String?

  /// Where the booths are: Beijing time, whatever the laptop's `TZ` (many run UTC).
  public static let defaultTimeZone = "Asia/Shanghai"

  public init(
    siteCode: String? = nil, unitName: String? = nil, operatorName: String? = nil,
    boothPhone: String? = nil, boothPlace: String? = nil, timeZone: String? = nil
  ) {
    self.siteCode = siteCode
    self.unitName = unitName
    self.operatorName = operatorName
    self.boothPhone = boothPhone
    self.boothPlace = boothPlace
    self.timeZone = timeZone
  }

  public static func url(in directory: DataDirectory) -> URL {
    directory.url.appendingPathComponent(fileName)
  }

  /// The data directory's settings; nil when it has none (made before 0.2, or never set up),
  /// and then the user's config is read as before.
  public static func load(from directory: DataDirectory) -> SiteSettings? {
    guard let text = try? String(contentsOf: url(in: directory), encoding: .utf8) else {
      return nil
    }
    let map = ((try? Yams.load(yaml: text)) as? [String: Any]) ?? [:]
    func value(_ key: String) -> String? { map[key].map { "\($0)" } }
    return SiteSettings(
      siteCode: value("site"), unitName: value("unit"), operatorName: value("operator"),
      boothPhone: value("booth_phone"), boothPlace: value("booth_place"),
      timeZone: value("time_zone"))
  }

  /// Writes the file into the data directory (0600, durably: temp file, fsync, rename).
  /// Keys the file holds for other settings (`lock_minutes`, …) are kept as they were:
  /// setting the site up again must not drop them.
  public func save(in directory: DataDirectory) throws(StoreError) {
    var map = Self.otherEntries(in: directory)
    map["site"] = siteCode
    map["unit"] = unitName
    map["operator"] = operatorName
    map["booth_phone"] = boothPhone
    map["booth_place"] = boothPlace
    map["time_zone"] = timeZone
    let text =
      "# shuoshi 站点设置 / site settings — written by `shuoshi init`; edit freely\n"
      + map.keys.sorted().map { "\($0): \(YAMLQuote.quote(map[$0]!))" }.joined(separator: "\n")
      + "\n"
    try DurableFile.write(Data(text.utf8), to: Self.url(in: directory), existing: .replace)
  }

  static let ownKeys: Set<String> = [
    "site", "unit", "operator", "booth_phone", "booth_place", "time_zone",
  ]

  /// The file's scalar entries that are not the site's own, as written.
  static func otherEntries(in directory: DataDirectory) -> [String: String] {
    guard let text = try? String(contentsOf: url(in: directory), encoding: .utf8),
      let map = (try? Yams.load(yaml: text)) as? [String: Any]
    else { return [:] }
    var kept: [String: String] = [:]
    for (key, value) in map where !ownKeys.contains(key) {
      if value is String || value is Int || value is Double || value is Bool {
        kept[key] = "\(value)"
      }
    }
    return kept
  }
}

extension UserConfig {
  /// The site's time zone: `time_zone` when it names one, else Beijing time (nil `unknown`
  /// when the setting names no zone, so the caller can say so).
  public var siteTimeZone: (zone: TimeZone, unknown: String?) {
    let fallback = TimeZone(identifier: SiteSettings.defaultTimeZone)!
    guard let name = timeZone?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
      return (fallback, nil)
    }
    return TimeZone(identifier: name).map { ($0, nil) } ?? (fallback, name)
  }

  /// The settings in effect for `directory`: the personal ones from this config, the site's
  /// from the data directory's `site.yaml` — or, for a directory without one (set up before
  /// 0.2), from this config as before.
  public func effective(for directory: DataDirectory) -> UserConfig {
    guard let site = SiteSettings.load(from: directory) else { return self }
    var c = personal
    c.siteCode = site.siteCode
    c.unitName = site.unitName
    c.operatorName = site.operatorName
    c.boothPhone = site.boothPhone
    c.boothPlace = site.boothPlace
    c.timeZone = site.timeZone
    return c
  }

  /// The site's part of this config (what a config of an earlier release holds).
  public var site: SiteSettings {
    SiteSettings(
      siteCode: siteCode, unitName: unitName, operatorName: operatorName, boothPhone: boothPhone,
      boothPlace: boothPlace, timeZone: timeZone)
  }

  /// This config without the site's settings.
  public var personal: UserConfig {
    var c = self
    c.siteCode = nil
    c.unitName = nil
    c.operatorName = nil
    c.boothPhone = nil
    c.boothPlace = nil
    c.timeZone = nil
    return c
  }
}
