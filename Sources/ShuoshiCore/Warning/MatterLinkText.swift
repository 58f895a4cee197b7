/// Text helpers for linking: clauses, the plain form of a name, and the similarity of two
/// grievances as the Jaccard index of their character bigrams (Han letters and digits only,
/// so punctuation and spacing do not count). Bigrams, not trigrams: short Chinese complaints
/// share two-character words (`物业`, `电梯`, `工资`) far more often than three (measured in
/// docs/WARNING.md).
public enum MatterLinkText {
  /// The text split at punctuation and spaces.
  static func clauses(_ text: String) -> [String] {
    text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "·") }).map(String.init)
  }

  /// Letters, digits and `·` only.
  static func plain(_ text: String) -> String {
    String(AddressNormalizer.halfWidth(text).filter { $0.isLetter || $0.isNumber || $0 == "·" })
  }

  /// Character bigrams of each clause (a clause of one character adds itself), at most 400.
  public static func bigrams(_ text: String) -> Set<String> {
    var out = Set<String>()
    for clause in clauses(AddressNormalizer.halfWidth(text)) {
      let c = Array(clause)
      if c.count == 1 { out.insert(clause) }
      for i in 0..<max(0, c.count - 1) where out.count < 400 { out.insert(String(c[i...i + 1])) }
    }
    return out
  }

  /// |A ∩ B| / |A ∪ B|, 0 when both are empty. Counted without building either set (a
  /// re-scan compares millions of pairs).
  public static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    var common = 0
    for x in small where large.contains(x) { common += 1 }
    let union = a.count + b.count - common
    return union == 0 ? 0 : Double(common) / Double(union)
  }
}
