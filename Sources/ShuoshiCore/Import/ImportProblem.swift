/// One reason a file cannot be imported, at a line of the file (`households.csv:7: 电话无效`).
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  /// 1-based line; nil for the file as a whole.
  public var line: Int?
  public var zh: String
  public var en: String

  public init(file: String, line: Int?, zh: String, en: String) {
    self.file = file
    self.line = line
    self.zh = Self.clipQuoted(zh, open: "“", close: "”")
    self.en = Self.clipQuoted(en, open: "\"", close: "\"")
  }

  /// Cell values quoted in a message, cut to `limit` characters: a 300,000-character cell
  /// made a 300,000-character refusal (found by the import fuzz test, docs/FAULTS.md).
  static func clipQuoted(_ text: String, open: Character, close: Character, limit: Int = 40)
    -> String
  {
    guard text.count > limit else { return text }
    var out = ""
    var rest = Substring(text)
    while let o = rest.firstIndex(of: open) {
      out += rest[...o]
      let inner = rest[rest.index(after: o)...]
      let c = inner.firstIndex(of: close) ?? inner.endIndex
      let quoted = inner[..<c]
      out += quoted.count > limit ? quoted.prefix(limit - 1) + "…" : quoted
      guard c < inner.endIndex else { return out }
      out.append(close)
      rest = inner[inner.index(after: c)...]
    }
    return out + rest
  }

  /// `file:line: problem`.
  public func message(_ lang: Lang) -> String {
    let text = lang == .zh ? zh : en
    return line.map { "\(file):\($0): \(text)" } ?? "\(file): \(text)"
  }

  public var description: String { message(.zh) }
}

/// Why an import was refused. Nothing was imported: a file is all or nothing.
public struct ImportError: LocalizedMessage, Equatable {
  public var problems: [ImportProblem]

  public init(_ problems: [ImportProblem]) { self.problems = problems }

  public init(file: String, line: Int?, zh: String, en: String) {
    self.problems = [ImportProblem(file: file, line: line, zh: zh, en: en)]
  }

  /// The first problems (up to 20), one per line, after a line saying nothing was imported.
  public func message(_ lang: Lang) -> String {
    let n = problems.count
    let s = CoreStrings.forLang(lang)
    var lines = [s.importRefused(n)]
    lines += problems.prefix(20).map { "  " + $0.message(lang) }
    if n > 20 { lines.append(s.importMore(n - 20)) }
    return lines.joined(separator: "\n")
  }
}
