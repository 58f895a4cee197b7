import Foundation
import ShuoshiCore

/// Reads the YAML files a person edits and builds the engine from them. Errors name the file
/// and line (`ConfigError`).
public struct ConfigFiles: Sendable {
  public let resources: Resources

  public init(resources: Resources) { self.resources = resources }

  /// The routing rules and the working-day calendar, ready to use.
  public func engine(timeZone: TimeZone = .current) throws(ConfigError) -> CaseEngine {
    CaseEngine(rules: try routingRules(), calendar: try calendar(timeZone: timeZone))
  }

  public func routingRules() throws(ConfigError) -> RoutingRules {
    let (text, path) = try read("data/routing.yaml")
    return try RoutingRules.parse(yaml: text, file: path)
  }

  public func calendar(timeZone: TimeZone) throws(ConfigError) -> WorkingCalendar {
    var years: [YearCalendar] = []
    for url in resources.files(in: "data/calendar", withExtension: "yaml") {
      let text = try read(url: url)
      years.append(try YearCalendar.parse(yaml: text, file: url.path))
    }
    return WorkingCalendar(years: years, timeZone: timeZone)
  }

  /// All files checked by `check-config`, with what each held or the error it gave.
  public func read(_ relative: String) throws(ConfigError) -> (String, String) {
    guard let url = resources.file(relative) else {
      throw ConfigError(
        file: relative, line: nil, zh: "找不到配置文件（已查找：\(searched(relative))）",
        en: "config file not found (looked in: \(searched(relative)))")
    }
    return (try read(url: url), url.path)
  }

  public func read(url: URL) throws(ConfigError) -> String {
    do {
      return try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw ConfigError(
        file: url.path, line: nil, zh: "无法读取或不是 UTF-8 文本", en: "unreadable or not UTF-8 text")
    }
  }

  func searched(_ relative: String) -> String {
    resources.roots.map { $0.appendingPathComponent(relative).path }.joined(separator: ", ")
  }
}
