/// Soft wrapping by display width, shared by `String.wrapped(to:)`, `TextArea` and dialogs.
public enum TextWrap {
  /// Splits one paragraph (no newlines) into line ranges of at most `width` cells.
  ///
  /// Breaks between words when a Latin word would be cut and an earlier space on the line
  /// exists; CJK text breaks between any two characters. One space at a break hangs at the
  /// end of its line (so the next line does not start with it). A character wider than
  /// `width` gets a line of its own. An empty paragraph is one empty line.
  public static func ranges(_ chars: ArraySlice<Character>, width: Int) -> [Range<Int>] {
    let width = Swift.max(1, width)
    var result: [Range<Int>] = []
    var start = chars.startIndex
    let end = chars.endIndex
    while start < end {
      var used = 0
      var i = start
      var lastSpaceBreak: Int?
      while i < end {
        let w = chars[i].displayWidth
        if used + w > width && i > start { break }
        used += w
        i += 1
        if chars[i - 1] == " " { lastSpaceBreak = i }
      }
      if i < end {
        if chars[i] == " " {
          i += 1
        } else if let b = lastSpaceBreak, b > start, isWordCharacter(chars[i]),
          isWordCharacter(chars[i - 1])
        {
          i = b
        }
      }
      result.append(start..<i)
      start = i
    }
    return result.isEmpty ? [start..<start] : result
  }

  /// Splits `text` into display lines of at most `width` cells; newlines always break.
  public static func lines(_ text: String, width: Int) -> [String] {
    var out: [String] = []
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let chars = Array(paragraph)
      for r in ranges(chars[...], width: width) {
        var line = String(chars[r])
        while line.last == " " { line.removeLast() }
        out.append(line)
      }
    }
    return out
  }

  private static func isWordCharacter(_ ch: Character) -> Bool {
    ch.displayWidth == 1 && !ch.isWhitespace
  }
}
