import Foundation
import Yams

/// One node of a YAML configuration file, carrying the file name and a label that says what
/// it is, so every accessor fails with a `ConfigError` naming the file, the line and the thing:
///
/// ```swift
/// let root = try ConfigNode.parse(yaml: text, file: "data/keys.yaml")
/// for entry in try root.entries() {            // file order
///   let keys = try entry.value.stringList("keys")
/// }
/// ```
///
/// Dates, numbers and words are read from the scalar's text, never from Yams' implicit
/// typing (`2026-01-01` stays a date, not a timestamp; `no` stays the word "no").
/// Not `Sendable` (it holds a Yams node): parse, read, and keep only the values you build.
public struct ConfigNode {
  let node: Node
  /// The file this node came from, as named in messages.
  public let file: String
  /// What this node is, for messages; empty at the root.
  public let label: Label

  /// A description of a node for messages, in both languages (`分类 “noise”` / `category "noise"`).
  public struct Label: Sendable, Equatable {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) {
      self.zh = zh
      self.en = en
    }
    public static let root = Label(zh: "", en: "")
    var isEmpty: Bool { zh.isEmpty && en.isEmpty }
  }

  /// One `key: value` pair of a mapping.
  public struct Entry {
    public let key: String
    /// 1-based line of the key.
    public let keyLine: Int?
    public let value: ConfigNode
  }

  init(node: Node, file: String, label: Label) {
    self.node = node
    self.file = file
    self.label = label
  }

  /// Parses the first document of `yaml`. An empty file is an error; syntax errors and
  /// duplicate keys come back with their line.
  public static func parse(yaml: String, file: String) throws(ConfigError) -> ConfigNode {
    let root: Node?
    do {
      // The basic resolver tags every scalar a string: this type reads scalars' text itself,
      // and the default resolver's regular expressions loaded ICU at every start (~1.5 ms).
      root = try Yams.compose(yaml: yaml, .basic)
    } catch {
      throw ConfigError(yamlError: error, file: file)
    }
    guard let root, !root.isNull else {
      throw ConfigError(file: file, line: nil, zh: "文件是空的", en: "the file is empty")
    }
    return ConfigNode(node: root, file: file, label: .root)
  }

  /// The 1-based line where this node starts.
  public var line: Int? { node.line }

  /// Empty, `~` or `null`.
  public var isNull: Bool { node.isNull }
  public var isMapping: Bool { node.mapping != nil }
  public var isSequence: Bool { node.sequence != nil }

  /// This node under another description.
  public func labelled(zh: String, en: String) -> ConfigNode {
    ConfigNode(node: node, file: file, label: Label(zh: zh, en: en))
  }

  /// An error at this node's line.
  public func error(zh: String, en: String) -> ConfigError {
    ConfigError(file: file, line: line, zh: zh, en: en)
  }

  /// An error about this node, prefixed with its label: `分类 “noise” 的 tier …`.
  public func error(about zh: String, _ en: String) -> ConfigError {
    error(
      zh: label.isEmpty ? zh : "\(label.zh) \(zh)", en: label.isEmpty ? en : "\(label.en) \(en)")
  }

  // MARK: Scalars

  /// The scalar's text exactly as written (no implicit typing).
  public func string() throws(ConfigError) -> String {
    guard case .scalar(let scalar) = node, !node.isNull else {
      throw error(
        about: "应为文字，而不是\(node.isNull ? "空值" : node.kindName(.zh))",
        "must be text, not \(node.isNull ? "empty" : node.kindName(.en))")
    }
    return scalar.string
  }

  /// The scalar as a trimmed, non-empty text.
  public func nonEmptyString() throws(ConfigError) -> String {
    let text = try string().trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw error(about: "不能为空", "must not be empty") }
    return text
  }

  /// A whole number written in decimal.
  public func int() throws(ConfigError) -> Int {
    let text = try string().trimmingCharacters(in: .whitespaces)
    guard let value = Int(text) else {
      throw error(about: "应为整数，而不是 “\(text)”", "must be a whole number, not \"\(text)\"")
    }
    return value
  }

  /// `true`/`false` (also `yes`/`no`, any case).
  public func bool() throws(ConfigError) -> Bool {
    let text = try string().trimmingCharacters(in: .whitespaces).lowercased()
    switch text {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      throw error(about: "应为 true 或 false，而不是 “\(text)”", "must be true or false, not \"\(text)\"")
    }
  }

  /// A real calendar date written `YYYY-MM-DD`.
  public func civilDate() throws(ConfigError) -> CivilDate {
    let text = try string().trimmingCharacters(in: .whitespaces)
    guard text.count == 10, let date = CivilDate(iso: text), date.isValid else {
      throw error(
        about: "应为日期 YYYY-MM-DD，而不是 “\(text)”", "must be a date YYYY-MM-DD, not \"\(text)\"")
    }
    return date
  }

  // MARK: Sequences

  /// The items of a list, in order, each labelled `第 n 项` / `item n`.
  public func items() throws(ConfigError) -> [ConfigNode] {
    guard case .sequence(let sequence) = node else {
      throw error(about: "应为列表，而不是\(kindName(.zh))", "must be a list, not \(kindName(.en))")
    }
    return sequence.enumerated().map { i, item in
      ConfigNode(
        node: item, file: file,
        label: Label(
          zh: label.isEmpty ? "第 \(i + 1) 项" : "\(label.zh) 第 \(i + 1) 项",
          en: label.isEmpty ? "item \(i + 1)" : "item \(i + 1) of \(label.en)"))
    }
  }

  /// A list of non-empty texts. A single text is accepted as a list of one.
  public func strings() throws(ConfigError) -> [String] {
    if case .scalar = node, !node.isNull { return [try nonEmptyString()] }
    var result: [String] = []
    for item in try items() { result.append(try item.nonEmptyString()) }
    return result
  }

  // MARK: Mappings

  /// The pairs of a mapping in file order; keys must be texts.
  public func entries() throws(ConfigError) -> [Entry] {
    guard case .mapping(let mapping) = node else {
      throw error(
        about: "应为映射（键: 值），而不是\(kindName(.zh))",
        "must be a mapping (key: value), not \(kindName(.en))")
    }
    var result: [Entry] = []
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        throw ConfigError(
          file: file, line: key.line, zh: "键应为文字，而不是\(key.kindName(.zh))",
          en: "a key must be text, not \(key.kindName(.en))")
      }
      result.append(
        Entry(key: scalar.string, keyLine: key.line, value: child(value, key: scalar.string)))
    }
    return result
  }

  /// The value under `key`, or nil when the key is absent or its value is empty.
  public func value(_ key: String) throws(ConfigError) -> ConfigNode? {
    for entry in try entries() where entry.key == key {
      return entry.value.isNull ? nil : entry.value
    }
    return nil
  }

  /// The value under `key`; an error at this mapping's line when it is absent or empty.
  public func required(_ key: String) throws(ConfigError) -> ConfigNode {
    guard let value = try value(key) else {
      throw error(
        zh: label.isEmpty ? "缺少 \(key) 字段" : "\(label.zh) 缺少 \(key) 字段",
        en: label.isEmpty ? "missing \(key)" : "\(label.en) has no \(key)")
    }
    return value
  }

  /// A required, non-empty text.
  public func requiredString(_ key: String) throws(ConfigError) -> String {
    try required(key).nonEmptyString()
  }

  /// An optional non-empty text.
  public func optionalString(_ key: String) throws(ConfigError) -> String? {
    try value(key)?.nonEmptyString()
  }

  /// An optional whole number.
  public func optionalInt(_ key: String) throws(ConfigError) -> Int? {
    try value(key)?.int()
  }

  /// An optional flag; absent means `defaultValue`.
  public func optionalBool(_ key: String, default defaultValue: Bool = false) throws(ConfigError)
    -> Bool
  {
    try value(key)?.bool() ?? defaultValue
  }

  /// A list of texts; absent means empty.
  public func stringList(_ key: String) throws(ConfigError) -> [String] {
    try value(key)?.strings() ?? []
  }

  /// Rejects keys this mapping does not know (catches typos like `keyword:` for `keywords:`).
  public func checkKeys(allowed: Set<String>) throws(ConfigError) {
    for entry in try entries() where !allowed.contains(entry.key) {
      let known = allowed.sorted().joined(separator: ", ")
      throw ConfigError(
        file: file, line: entry.keyLine,
        zh: "\(label.isEmpty ? "" : "\(label.zh) ")未知字段 \(entry.key)（可用：\(known)）",
        en: "unknown key \(entry.key)\(label.isEmpty ? "" : " in \(label.en)") (known: \(known))")
    }
  }

  // MARK: -

  private func child(_ node: Node, key: String) -> ConfigNode {
    ConfigNode(
      node: node, file: file,
      label: Label(
        zh: label.isEmpty ? key : "\(label.zh) 的 \(key)",
        en: label.isEmpty ? key : "\(key) of \(label.en)"))
  }

  private func kindName(_ lang: Lang) -> String {
    node.isNull ? CoreStrings.forLang(lang).emptyValue : node.kindName(lang)
  }
}
