import Foundation
import Yams

/// The per-user settings file, `$XDG_CONFIG_HOME/shuoshi/config.yaml`: who is on duty, which
/// site this laptop is, the booth's phone. Flags on the command line win over it.
public struct UserConfig: Sendable, Equatable {
  public var operatorName: String?
  public var siteCode: String?
  public var unitName: String?
  public var lang: String?
  public var theme: String?
  public var boothPhone: String?
  /// Where the booth is, printed on receipts ("凭编号到 <place> 或致电 <phone> 查询").
  public var boothPlace: String?
  /// The site's time zone (`time_zone`, an IANA name); times show in it whatever the
  /// machine's `TZ` says. Default `SiteSettings.defaultTimeZone`.
  public var timeZone: String?
  /// `bundle_clock_skew_hours`: how far ahead of this laptop's clock a bundle's events may
  /// read (default `BundleLimits.defaultClockSkew`, 24 hours).
  public var bundleClockSkewHours: Double?

  public init() {}

  public static func url(environment: [String: String]) -> URL {
    let home = environment["HOME"] ?? NSHomeDirectory()
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
    return URL(fileURLWithPath: base).appendingPathComponent("shuoshi/config.yaml")
  }

  /// Reads the file; a missing file is an empty config, an unreadable one is ignored.
  public static func load(environment: [String: String]) -> UserConfig {
    let url = url(environment: environment)
    guard let text = try? String(contentsOf: url, encoding: .utf8),
      let map = (try? Yams.load(yaml: text)) as? [String: Any]
    else { return UserConfig() }
    var c = UserConfig()
    c.operatorName = map["operator"].map { "\($0)" }
    c.siteCode = map["site"].map { "\($0)" }
    c.unitName = map["unit"].map { "\($0)" }
    c.lang = map["lang"].map { "\($0)" }
    c.theme = map["theme"].map { "\($0)" }
    c.boothPhone = map["booth_phone"].map { "\($0)" }
    c.boothPlace = map["booth_place"].map { "\($0)" }
    c.timeZone = map["time_zone"].map { "\($0)" }
    c.bundleClockSkewHours = map["bundle_clock_skew_hours"].flatMap { Double("\($0)") }.flatMap {
      $0.isFinite && $0 >= 0 ? $0 : nil
    }
    return c
  }
}

extension UserConfig {
  /// Writes the file (0600, durably: temp file, fsync, rename).
  public func save(environment: [String: String]) throws(StoreError) {
    let url = UserConfig.url(environment: environment)
    var map: [String: String] = [:]
    map["operator"] = operatorName
    map["site"] = siteCode
    map["unit"] = unitName
    map["lang"] = lang
    map["theme"] = theme
    map["booth_phone"] = boothPhone
    map["booth_place"] = boothPlace
    map["time_zone"] = timeZone
    map["bundle_clock_skew_hours"] = bundleClockSkewHours.map { "\($0)" }
    let text =
      "# shuoshi 配置 / settings — written by `shuoshi init`; edit freely\n"
      + map.keys.sorted().map { "\($0): \(YAMLQuote.quote(map[$0]!))" }.joined(separator: "\n")
      + "\n"
    try DurableFile.write(Data(text.utf8), to: url, existing: .replace)
  }
}

/// Quotes a scalar for YAML so names like `yes` or `08` stay strings.
enum YAMLQuote {
  static func quote(_ s: String) -> String {
    "\""
      + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }
}
