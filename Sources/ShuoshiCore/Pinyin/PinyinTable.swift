import Foundation

/// Character → toneless pinyin readings, loaded from `data/pinyin.txt` (generated from
/// pypinyin's MIT-licensed table by `scripts/gen-pinyin-table.py`). Every reading of a
/// heteronym is kept (单 → dan, chan, shan), so a surname's reading is found too; `ü` is
/// written `v` and also accepted as `u` (吕 → lv, lu).
public struct PinyinTable: Sendable {
  let readings: [Character: [String]]

  public init(readings: [Character: [String]]) { self.readings = readings }

  /// Parses the table: `字<TAB>reading,reading`, `#` comments. A malformed line is a
  /// `ConfigError` naming the file and line.
  public static func parse(text: String, file: String) throws(ConfigError) -> PinyinTable {
    var table: [Character: [String]] = [:]
    table.reserveCapacity(27_000)
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t")
      guard fields.count == 2, fields[0].count == 1, let ch = fields[0].first else {
        throw ConfigError(
          file: file, line: lineNumber, zh: "应为“字<TAB>拼音”", en: "expected \"character<TAB>pinyin\"")
      }
      var list: [String] = []
      for r in fields[1].split(separator: ",") {
        let reading = String(r).trimmingCharacters(in: .whitespaces).lowercased()
        guard !reading.isEmpty, reading.allSatisfy({ $0.isASCII && $0.isLetter }) else {
          throw ConfigError(
            file: file, line: lineNumber, zh: "拼音“\(r)”应为不带声调的字母",
            en: "reading \"\(r)\" must be toneless letters")
        }
        for variant in [reading, reading.replacingOccurrences(of: "v", with: "u")]
        where !list.contains(variant) {
          list.append(variant)
        }
      }
      table[ch] = list
    }
    return PinyinTable(readings: table)
  }

  /// The readings of one character, most common first; empty for characters not in the table.
  public func readings(of ch: Character) -> [String] { readings[ch] ?? [] }

  /// How many characters the table knows.
  public var count: Int { readings.count }

  /// The first reading of every character that has one, other characters as they are:
  /// `张三` → `zhang san` (for sorting and display).
  public func spell(_ text: String) -> String {
    text.map { readings[$0]?.first ?? String($0) }.joined(separator: " ")
  }
}
