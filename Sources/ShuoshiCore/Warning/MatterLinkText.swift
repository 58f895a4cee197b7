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

  /// Character bigrams of each clause (a clause of one character adds itself), at most 400,
  /// as sorted integer codes (`BigramCodes`).
  public static func bigrams(_ text: String) -> [UInt64] { BigramCodes.of(text) }

  /// |A ∩ B| / |A ∪ B| of two texts' bigram codes, 0 when both are empty: a merge count over
  /// the two sorted lists (a re-scan compares millions of pairs).
  public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double { BigramCodes.jaccard(a, b) }
}
