/// Finds a fixed set of phrases in a text, the way a worker would read it: within one group
/// of phrases the longest match wins where two overlap, and a stretch of text is never counted
/// twice (in “多个小区”, the district word 多个小区 is found, not also the residence word 小区).
/// Different groups do not compete: 煤气 may be both a risk word and a category keyword.
struct PhraseMatcher: Sendable {
  /// One occurrence in the text.
  struct Match: Sendable, Equatable {
    /// Index of the phrase in the list the matcher was built from.
    var phrase: Int
    /// Offset in Unicode scalars of the lowercased text.
    var start: Int
    var length: Int
  }

  private let phrases: [[Unicode.Scalar]]
  private let groups: [Int]
  private let byFirstScalar: [Unicode.Scalar: [Int]]

  /// `phrases[i]` belongs to `groups[i]`; overlaps are resolved within a group only.
  init(phrases: [String], groups: [Int]) {
    precondition(phrases.count == groups.count)
    let scalars = phrases.map { Array($0.lowercased().unicodeScalars) }
    var index: [Unicode.Scalar: [Int]] = [:]
    for (i, p) in scalars.enumerated() where !p.isEmpty { index[p[0], default: []].append(i) }
    self.phrases = scalars
    self.groups = groups
    self.byFirstScalar = index
  }

  /// The occurrences kept after resolving overlaps, in text order.
  func matches(in text: String) -> [Match] {
    let t = Array(text.lowercased().unicodeScalars)
    var found: [Match] = []
    for i in t.indices {
      guard let candidates = byFirstScalar[t[i]] else { continue }
      for p in candidates {
        let phrase = phrases[p]
        guard i + phrase.count <= t.count else { continue }
        var j = 1
        while j < phrase.count && t[i + j] == phrase[j] { j += 1 }
        if j == phrase.count { found.append(Match(phrase: p, start: i, length: phrase.count)) }
      }
    }
    // Longest first, then leftmost, then list order; keep what does not overlap a kept match
    // of the same group.
    found.sort {
      ($0.length, -$0.start, -$0.phrase) > ($1.length, -$1.start, -$1.phrase)
    }
    var taken: [Int: [Bool]] = [:]
    var kept: [Match] = []
    for m in found {
      let g = groups[m.phrase]
      var used = taken[g] ?? [Bool](repeating: false, count: t.count)
      guard !used[m.start..<(m.start + m.length)].contains(true) else { continue }
      for k in m.start..<(m.start + m.length) { used[k] = true }
      taken[g] = used
      kept.append(m)
    }
    return kept.sorted { ($0.start, $0.phrase) < ($1.start, $1.phrase) }
  }
}
