import Yams

extension Node {
  /// The 1-based line where this node starts. Yams adds 1 to libyaml's 0-based marks, so
  /// `mark.line` is already the line a text editor shows.
  var line: Int? { mark?.line }

  /// What kind of node this is, for messages ("列表" / "a list").
  func kindName(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.scalar, .zh): return "文字"
    case (.mapping, .zh): return "映射"
    case (.sequence, .zh): return "列表"
    case (.alias, .zh): return "别名"
    case (.scalar, .en): return "text"
    case (.mapping, .en): return "a mapping"
    case (.sequence, .en): return "a list"
    case (.alias, .en): return "an alias"
    }
  }

  /// True for an empty value, `~` or `null`.
  var isNull: Bool {
    if case .scalar = self { return null != nil }
    return false
  }
}

extension ConfigError {
  /// Turns whatever Yams threw while composing `file` into an error with the file and line.
  init(yamlError error: any Error, file: String) {
    switch error {
    case YamlError.scanner(let context, let problem, let mark, _),
      YamlError.parser(let context, let problem, let mark, _),
      YamlError.composer(let context, let problem, let mark, _):
      let detail = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
      var zhFrom = ""
      var enFrom = ""
      if let start = context?.mark.line, start != mark.line {
        zhFrom = "（自第 \(start) 行起）"
        enFrom = " (from line \(start))"
      }
      self.init(
        file: file, line: mark.line, zh: "YAML 格式错误：\(detail)\(zhFrom)",
        en: "YAML syntax error: \(detail)\(enFrom)")
    case YamlError.reader(let problem, let offset, _, let yaml):
      let line = offset.map { ConfigError.line(ofCharacterOffset: $0, in: yaml) }
      self.init(
        file: file, line: line, zh: "无法读取文件：\(problem)", en: "cannot read the file: \(problem)")
    case YamlError.duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? ""
      let first = context.mark
      let again = ConfigError.lineOfRepeat(key: key, after: first, in: context.text)
      self.init(
        file: file, line: again ?? first.line,
        zh: "键 \(key) 重复（第 \(first.line) 行已有）",
        en: "key \(key) appears twice (first on line \(first.line))")
    default:
      self.init(
        file: file, line: nil, zh: "YAML 解析失败：\(error)", en: "YAML parse failed: \(error)")
    }
  }

  /// The line where `key` appears again at the same column as its first occurrence (Yams
  /// reports only the first); nil when it cannot be found.
  static func lineOfRepeat(key: String, after first: Mark, in yaml: String) -> Int? {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    guard first.line < lines.count else { return nil }
    for (i, line) in lines.enumerated().dropFirst(first.line) {
      let scalars = Array(line.unicodeScalars)
      guard scalars.count >= first.column else { continue }
      var rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
      guard rest.hasPrefix(key) else { continue }
      rest.removeFirst(key.count)
      if rest.drop(while: { $0 == " " }).hasPrefix(":") { return i + 1 }
    }
    return nil
  }

  /// 1-based line of the character at `offset` (counted in `Character`s from the start).
  static func line(ofCharacterOffset offset: Int, in text: String) -> Int {
    var line = 1
    for (i, c) in text.enumerated() {
      if i >= offset { break }
      if c.isNewline { line += 1 }
    }
    return line
  }
}
