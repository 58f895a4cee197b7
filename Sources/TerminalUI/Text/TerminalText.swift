/// The one rule for untrusted text on its way to a terminal: scalars a terminal would act on
/// (C0 and C1 controls, DEL, so every escape sequence), or that reorder or hide what is shown
/// (bidi overrides, isolates and marks; zero-width joiners outside an emoji sequence), are
/// rendered as visible escapes — `\e`, `\x07`, `⟨U+202E⟩` — and never emitted.
///
/// It lives in TerminalUI because it is a property of terminals, not of cases: the console's
/// `Surface.put` and the command line's output both read it, so "dangerous" is defined once.
/// (What may be *stored* is a different rule: `FieldKind` in ShuoshiCore.)
public enum TerminalText {
  /// What to do with line breaks and tabs.
  public enum Lines: Sendable {
    /// Multi-line output (a grievance body, a whole report): `\n`, `\r\n` and `\t` are kept.
    case keep
    /// One line or one table cell: they are shown as `\n`, `\t`.
    case escape
  }

  /// `text` with every dangerous scalar replaced by its visible escape. Text without any
  /// (nearly all of it) is returned as it is.
  public static func sanitized(_ text: String, lines: Lines = .escape) -> String {
    guard text.unicodeScalars.contains(where: { isSuspect($0) }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for ch in text {
      if let shown = visible(ch, lines: lines) { out += shown } else { out.append(ch) }
    }
    return out
  }

  /// Whether `ch` would be changed by `sanitized` (with line breaks escaped).
  public static func isDangerous(_ ch: Character) -> Bool {
    visible(ch, lines: .escape) != nil
  }

  /// The visible form of `ch`, or nil when it may be written as it is.
  public static func visible(_ ch: Character, lines: Lines) -> String? {
    let scalars = ch.unicodeScalars
    guard scalars.contains(where: { isSuspect($0) }) else { return nil }
    if lines == .keep && (ch == "\n" || ch == "\r\n" || ch == "\t") { return nil }
    // A joiner inside an emoji sequence (👨‍👩‍👧) is part of the picture: the grapheme
    // breaking rules glue ZWJ to a following pictograph only in such a sequence.
    let emoji = scalars.first.map { $0.value > 0x7F && $0.properties.isEmoji } ?? false
    var out = ""
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let s = scalars[index]
      scalars.formIndex(after: &index)
      if s == zeroWidthJoiner && emoji && index != scalars.endIndex {
        out.unicodeScalars.append(s)
      } else if isSuspect(s) {
        out += escape(s)
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  /// C0 controls (tab and newline included), DEL, C1 controls, bidi formatting and the
  /// zero-width (non-)joiners: the scalars `visible` looks at.
  public static func isSuspect(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

  static func escape(_ s: Unicode.Scalar) -> String {
    switch s.value {
    case 0x1B: return "\\e"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x00...0x1F, 0x7F...0x9F: return "\\x" + hex(s.value, digits: 2)
    default: return "⟨U+" + hex(s.value, digits: 4) + "⟩"
    }
  }

  static func hex(_ value: UInt32, digits: Int) -> String {
    let raw = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: Swift.max(0, digits - raw.count)) + raw
  }
}

extension StringProtocol {
  /// This text safe to write to a terminal (see `TerminalText`).
  public func terminalSafe(lines: TerminalText.Lines = .escape) -> String {
    TerminalText.sanitized(String(self), lines: lines)
  }
}
