import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
  /// Result of one `wget_wch`: a key, nothing worth reporting (skip it), or an error.
  enum Decoded: Equatable {
    case key(Key)
    case skip
  }

  /// `status` is wget_wch's return (OK or KEY_CODE_YES), `code` the value it stored.
  static func decode(status: Int32, code: UInt32) -> Decoded {
    if status == shim_key_code_yes() { return .key(functionKey(Int32(bitPattern: code))) }
    if code < 0x20 || code == 0x7F {
      return Key.control(byte: code).map(Decoded.key) ?? .skip
    }
    // C1 controls and anything that is not a scalar value are dropped.
    guard code >= 0xA0 || code < 0x80, let scalar = Unicode.Scalar(code) else { return .skip }
    let ch = Character(scalar)
    return .key(.char(ch))
  }

  private static func functionKey(_ code: Int32) -> Key {
    switch code {
    case shim_key_resize(): return .resize
    case shim_key_btab(): return .backTab
    case shim_key_backspace(): return .backspace
    case shim_key_enter(): return .enter
    case shim_key_dc(): return .delete
    case shim_key_ic(): return .insert
    case shim_key_up(): return .up
    case shim_key_down(): return .down
    case shim_key_left(): return .left
    case shim_key_right(): return .right
    case shim_key_home(): return .home
    case shim_key_end(): return .end
    case shim_key_ppage(): return .pageUp
    case shim_key_npage(): return .pageDown
    case (shim_key_f(1))...(shim_key_f(63)): return .f(Int(code - shim_key_f0()))
    default: return .unknown(code)
    }
  }
}
