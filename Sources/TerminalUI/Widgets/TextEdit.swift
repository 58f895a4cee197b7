/// The editing keys every `TextField` and `TextArea` knows, as in a shell (readline): one
/// table read by both widgets and by the help and key docs that list them, so the list cannot
/// drift from what the fields do. They are fixed, not bound in a keymap: a focused field takes
/// them before any screen sees the key.
public enum TextEdit: String, CaseIterable, Sendable {
  /// To the start of the line (in a text area: of the visual line).
  case lineStart
  /// To the end of the line.
  case lineEnd
  /// Delete from the start of the line to the cursor.
  case deleteToStart
  /// Delete the word before the cursor: blanks, then a run of CJK characters or a run of
  /// other non-blank characters (`wordStart`).
  case deleteWord
  /// Delete from the cursor to the end of the line.
  case deleteToEnd

  /// The keys that perform the edit, in the order help lists them.
  public var keys: [Key] {
    switch self {
    case .lineStart: return [.ctrl("a"), .home]
    case .lineEnd: return [.ctrl("e"), .end]
    case .deleteToStart: return [.ctrl("u")]
    case .deleteWord: return [.ctrl("w")]
    case .deleteToEnd: return [.ctrl("k")]
    }
  }

  /// The edit `key` performs in a text field, if any.
  public init?(_ key: Key) {
    guard let edit = Self.allCases.first(where: { $0.keys.contains(key) }) else { return nil }
    self = edit
  }

  /// Where the word before `cursor` starts: back over blanks (line breaks included), then
  /// over a run of CJK characters (汉字, kana, hangul) or a run of other non-blank
  /// characters. `你好 world` with the cursor at the end: `world` goes, then `你好`; in
  /// `报修abc` the `abc` goes first, then `报修`.
  public static func wordStart(in characters: [Character], before cursor: Int) -> Int {
    var i = cursor
    while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
    guard i > 0 else { return 0 }
    let cjk = isCJK(characters[i - 1])
    while i > 0 && !characters[i - 1].isWhitespace && isCJK(characters[i - 1]) == cjk { i -= 1 }
    return i
  }

  /// Whether `c` is written without spaces between words: Han ideographs, kana, hangul.
  static func isCJK(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return s.properties.isIdeographic || (0x3040...0x30FF).contains(s.value)
      || (0xAC00...0xD7A3).contains(s.value) || (0x1100...0x11FF).contains(s.value)
  }
}
