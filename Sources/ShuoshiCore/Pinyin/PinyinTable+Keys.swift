import Foundation

extension PinyinTable {
  /// The search keys of a name, for finding its cases by what a worker types: the initials and
  /// the full pinyin (`王桂兰` → `wgl`, `wangguilan`), lower case. A search key matches by
  /// prefix, so `wg` and `wanggui` find the name too. ASCII words count as one syllable
  /// (`王Lily` → `wl`, `wanglily`). A heteronym gives a key per reading (`单` → `dan`, `shan`,
  /// `chan`), at most `limit` of each kind; characters without a reading are skipped. Empty
  /// when the name has no reading at all (a purely Latin name is found by the text index).
  public func nameKeys(_ name: String, limit: Int = 8) -> [String] {
    var syllables: [[String]] = []
    var hasHan = false
    var word = ""
    func flush() {
      if !word.isEmpty {
        syllables.append([word])
        word = ""
      }
    }
    for ch in AddressNormalizer.halfWidth(name) {
      if ch.isASCII && ch.isLetter {
        word.append(Character(ch.lowercased()))
        continue
      }
      flush()
      let readings = readings(of: ch)
      guard !readings.isEmpty else { continue }
      hasHan = true
      syllables.append(Array(readings.prefix(3)))
    }
    flush()
    guard hasHan else { return [] }
    var full: [String] = [""]
    var initials: [String] = [""]
    for options in syllables {
      full = Array(full.flatMap { head in options.map { head + $0 } }.prefix(limit))
      var seen = Set<String>()
      initials = Array(
        initials.flatMap { head in options.map { head + String($0.prefix(1)) } }
          .filter { seen.insert($0).inserted }.prefix(limit))
    }
    var keys: [String] = []
    for key in initials + full where !keys.contains(key) { keys.append(key) }
    return keys
  }
}
