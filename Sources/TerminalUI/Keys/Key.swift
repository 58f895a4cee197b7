/// One keypress, as the backend decodes it.
///
/// Printable input, including Chinese text composed by an input method, arrives as
/// `.char`, one grapheme per key. Control letters arrive lowercase: Ctrl-S is
/// `.ctrl("s")`. The terminal sends Ctrl-I, Ctrl-M/Ctrl-J and Ctrl-H as Tab, Enter and
/// Backspace, so those arrive as `.tab`, `.enter` and `.backspace`, never as `.ctrl`.
public enum Key: Hashable, Sendable {
  /// A printable character (also a space).
  case char(Character)
  case enter, tab, backTab, escape, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown, insert
  /// A function key, F1 = `.f(1)`.
  case f(Int)
  /// Ctrl plus a letter, lowercase: `.ctrl("s")`.
  case ctrl(Character)
  /// The terminal changed size; redraw at the new size.
  case resize
  /// A key code the backend could not name.
  case unknown(Int32)

  /// The key a terminal sends for control byte `byte` (0x01…0x1F, 0x7F): Tab, Enter,
  /// Backspace, Esc or `.ctrl(letter)`; nil for bytes that name no key (e.g. NUL).
  public static func control(byte: UInt32) -> Key? {
    switch byte {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(byte) + 0x60)))
    default: return nil
    }
  }

  /// Ctrl plus `letter`, folding the combinations terminals send as other keys
  /// (Ctrl-I → Tab, Ctrl-M/Ctrl-J → Enter, Ctrl-H → Backspace, Ctrl-[ → Esc).
  public static func control(_ letter: Character) -> Key {
    let lower = Character(letter.lowercased())
    switch lower {
    case "i": return .tab
    case "m", "j": return .enter
    case "h": return .backspace
    case "[": return .escape
    default: return .ctrl(lower)
    }
  }

  /// The character this key types, if it is printable input.
  public var printable: Character? {
    if case .char(let c) = self { return c }
    return nil
  }
}
