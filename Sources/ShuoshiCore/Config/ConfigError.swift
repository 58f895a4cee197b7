/// A mistake in a configuration file a person edits (`data/routing.yaml`, a calendar year,
/// `data/keys.yaml`, a theme), naming the file and, when known, the line.
///
/// `message(.zh)` reads `data/routing.yaml:42: 分类 “noise” 缺少 tier 字段`;
/// `message(.en)` reads `data/routing.yaml:42: category "noise" has no tier`.
public struct ConfigError: LocalizedMessage, Equatable, Sendable, CustomStringConvertible {
  /// The file as the reader named it (a path relative to the data folder reads best).
  public var file: String
  /// 1-based line of the offending node; nil when the problem is the file as a whole.
  public var line: Int?
  /// The problem in Chinese, without the file and line.
  public var zh: String
  /// The problem in English, without the file and line.
  public var en: String

  public init(file: String, line: Int?, zh: String, en: String) {
    self.file = file
    self.line = line
    self.zh = zh
    self.en = en
  }

  /// `file:line: problem` (or `file: problem` without a line).
  public func message(_ lang: Lang) -> String {
    let text = lang == .zh ? zh : en
    if let line { return "\(file):\(line): \(text)" }
    return "\(file): \(text)"
  }

  /// The Chinese message, so a stray `print(error)` still says where.
  public var description: String { message(.zh) }
}
