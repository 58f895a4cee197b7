/// Widths of text in terminal cells.
///
/// A grapheme takes 0, 1 or 2 cells: 0 for control characters and lone combining marks,
/// 2 for East Asian Wide/Fullwidth characters (中, ，, ｶ is 1 but ア is 2) and emoji, 1 for
/// the rest (East Asian Ambiguous characters such as “…” and box drawing count as 1, as in
/// glibc). Emoji sequences (ZWJ families, flags, keycaps, `❤️`) are one 2-cell grapheme.
/// The tables agree with glibc's `wcwidth`, which the ncurses backend uses to place cells.
public enum DisplayWidth {
  private static let zeroWidthJoiner: UInt32 = 0x200D
  private static let emojiVariationSelector: UInt32 = 0xFE0F
  private static let keycap: UInt32 = 0x20E3

  /// Cells taken by one code point on its own: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return v >= 0x20 ? 1 : 0 }
    if v < 0xA0 { return 0 }  // DEL and C1 controls
    if contains(DisplayWidthTable.zero, v) { return 0 }
    if contains(DisplayWidthTable.wide, v) { return 2 }
    return 1
  }

  /// Cells taken by one grapheme cluster (what `Character` is).
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x80 && scalars.count == 1 { return of(first) }
    if first.properties.generalCategory == .control { return 0 }
    // Emoji sequences render as one picture: flags, ZWJ sequences, `❤️`, keycaps.
    if scalars.count > 1, first.properties.isEmoji {
      if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }  // a flag: two regional indicators
      for s in scalars.dropFirst()
      where s.value == emojiVariationSelector || s.value == zeroWidthJoiner || s.value == keycap {
        return 2
      }
    }
    // Otherwise the first non-zero-width scalar decides (combining marks add nothing).
    for s in scalars {
      let w = of(s)
      if w > 0 { return w }
    }
    return 0
  }

  /// Cells taken by a string, grapheme by grapheme.
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    var total = 0
    for ch in text { total += of(ch) }
    return total
  }

  /// Cells taken by a run of characters.
  public static func of<C: Collection>(_ characters: C) -> Int where C.Element == Character {
    var total = 0
    for ch in characters { total += of(ch) }
    return total
  }

  private static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
    var lo = 0
    var hi = table.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let r = table[mid]
      if v < r.lowerBound {
        hi = mid - 1
      } else if v > r.upperBound {
        lo = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
