import Foundation

/// Matches what a worker types in a person picker against a name, the way Chinese pickers do:
///
/// - Chinese substrings: `张` and `张三` find 张三;
/// - pinyin initials: `zs` finds 张三, `ls` 李四, `zhs` 张三 (an initial may be `zh`/`ch`/`sh`);
/// - full pinyin and its prefixes: `zhangsan`, `zhangs`, `zhang'san`;
/// - mixed names and queries: `wl` finds 王Lily, `wangli` too; `张s` finds 张三;
/// - phone digits (3 or more): `5678` finds the person whose phone contains it.
///
/// Each character of the name takes a non-empty prefix of one of its readings (ASCII words
/// take a prefix of themselves), consecutive characters in turn, until the query is used up.
/// A match from the name's first character ranks above one from the middle (`san` → 张三).
public struct NameMatcher: Sendable {
  public let table: PinyinTable

  public init(table: PinyinTable) { self.table = table }

  enum Token {
    case han(Character, [String])
    case word(String)
    case literal(Character)
  }

  /// How well `query` matches `name` (higher is better), or nil for no match. 100 exact,
  /// 90 prefix, 80 substring, 75 all initials, 70 pinyin from the start, below 50 pinyin from
  /// the middle, 35/30 phone digits.
  public func score(name: String, phone: String = "", query raw: String) -> Int? {
    let query = Self.normalize(raw)
    guard !query.isEmpty else { return nil }
    let plainName = name.lowercased().filter { !$0.isWhitespace }
    if plainName == query { return 100 }
    if plainName.hasPrefix(query) { return 90 }
    if plainName.contains(query) { return 80 }
    let tokens = tokenize(name)
    let q = Array(query)
    for start in tokens.indices {
      var memo: [Int: Bool] = [:]
      if matches(q, 0, tokens, start, &memo) {
        if start == 0 {
          let initials = q.count == tokens.count && q.count > 1
          return initials ? 75 : 70
        }
        return max(40, 50 - start)
      }
    }
    if query.count >= 3, query.allSatisfy({ $0.isASCII && $0.isNumber }) {
      let digits = PhoneNumber.digits(phone)
      if digits.hasSuffix(query) { return 35 }
      if digits.contains(query) { return 30 }
    }
    return nil
  }

  /// Lower case, half-width, without spaces and apostrophes (`Zhang'San` → `zhangsan`).
  static func normalize(_ s: String) -> String {
    AddressNormalizer.halfWidth(s).lowercased().filter {
      !$0.isWhitespace && $0 != "'" && $0 != "’"
    }
  }

  func tokenize(_ name: String) -> [Token] {
    var out: [Token] = []
    var word = ""
    func flush() {
      if !word.isEmpty {
        out.append(.word(word))
        word = ""
      }
    }
    for ch in AddressNormalizer.halfWidth(name) {
      if ch.isASCII && (ch.isLetter || ch.isNumber) {
        word.append(Character(ch.lowercased()))
        continue
      }
      flush()
      if ch.isWhitespace || "·•.-_()（）".contains(ch) { continue }
      let readings = table.readings(of: ch)
      out.append(readings.isEmpty ? .literal(ch) : .han(ch, readings))
    }
    flush()
    return out
  }

  /// Can the query from `i` be used up by tokens from `j` on, one prefix per token?
  func matches(_ q: [Character], _ i: Int, _ t: [Token], _ j: Int, _ memo: inout [Int: Bool])
    -> Bool
  {
    if i == q.count { return true }
    if j == t.count { return false }
    let key = i * 1024 + j
    if let known = memo[key] { return known }
    var ok = false
    switch t[j] {
    case .han(let ch, let readings):
      if q[i] == ch { ok = matches(q, i + 1, t, j + 1, &memo) }
      for r in readings where !ok {
        ok = prefixes(of: Array(r), q, i) { matches(q, $0, t, j + 1, &memo) }
      }
    case .word(let w):
      ok = prefixes(of: Array(w), q, i) { matches(q, $0, t, j + 1, &memo) }
    case .literal(let ch):
      ok = q[i] == ch && matches(q, i + 1, t, j + 1, &memo)
    }
    memo[key] = ok
    return ok
  }

  /// Tries every non-empty prefix of `reading` that the query has at `i`, longest first.
  func prefixes(of reading: [Character], _ q: [Character], _ i: Int, _ next: (Int) -> Bool)
    -> Bool
  {
    var k = 0
    while k < reading.count, i + k < q.count, reading[k] == q[i + k] { k += 1 }
    while k > 0 {
      if next(i + k) { return true }
      k -= 1
    }
    return false
  }
}
