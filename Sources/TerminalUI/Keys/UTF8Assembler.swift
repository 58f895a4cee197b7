/// Turns the bytes a terminal sends into Unicode scalars, one byte at a time, the way a UTF-8
/// decoder must (WHATWG/Unicode "maximal subpart" rule): a byte that cannot start or continue
/// a character is dropped at once, and a byte that breaks a sequence ends it and starts the
/// next, so a stray byte never swallows the keys typed after it. (ncurses's `wget_wch` did:
/// after `C3 28` the console took no more input.)
public struct UTF8Assembler: Sendable, Equatable {
  private var value: UInt32 = 0
  private var needed = 0
  private var seen = 0
  private var lower: UInt8 = 0x80
  private var upper: UInt8 = 0xBF

  public init() {}

  /// True in the middle of a character.
  public var isPending: Bool { needed > 0 }

  /// Forgets a character begun but not finished (a function key came in between).
  public mutating func reset() {
    value = 0
    needed = 0
    seen = 0
    lower = 0x80
    upper = 0xBF
  }

  /// Takes one byte; returns the scalar it completes, or nil (more to come, or dropped).
  public mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
    if needed == 0 {
      switch byte {
      case 0x00...0x7F: return Unicode.Scalar(byte)
      case 0xC2...0xDF:
        needed = 1
        value = UInt32(byte & 0x1F)
      case 0xE0...0xEF:
        if byte == 0xE0 { lower = 0xA0 }  // no overlong forms
        if byte == 0xED { upper = 0x9F }  // no surrogates
        needed = 2
        value = UInt32(byte & 0x0F)
      case 0xF0...0xF4:
        if byte == 0xF0 { lower = 0x90 }  // no overlong forms
        if byte == 0xF4 { upper = 0x8F }  // nothing past U+10FFFF
        needed = 3
        value = UInt32(byte & 0x07)
      default:
        return nil  // 80–C1, F5–FF never start a character
      }
      return nil
    }
    guard (lower...upper).contains(byte) else {
      reset()
      return feed(byte)
    }
    lower = 0x80
    upper = 0xBF
    value = value << 6 | UInt32(byte & 0x3F)
    seen += 1
    guard seen == needed else { return nil }
    let scalar = Unicode.Scalar(value)
    reset()
    return scalar
  }
}
