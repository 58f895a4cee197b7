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
    self.zh = zh
    self.en = en
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
    var lines = [
      lang == .zh
        ? "导入失败，未导入任何数据（共 \(n) 处问题）："
        : "import refused, nothing imported (\(n) problem\(n == 1 ? "" : "s")):"
    ]
    lines += problems.prefix(20).map { "  " + $0.message(lang) }
    if n > 20 { lines.append(lang == .zh ? "  ……另有 \(n - 20) 处" : "  … and \(n - 20) more") }
    return lines.joined(separator: "\n")
  }
}
