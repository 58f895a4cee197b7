import Foundation

/// The street office's key for the safe: 160 random bits written as 8 groups of 4 letters and
/// digits (base32, no 0/1/8/9 to confuse with O/I/B/g), printed once at set-up. It unwraps the
/// site data key when every operator has forgotten their PIN.
public struct RecoveryKey: Sendable, Equatable {
  let bytes: Data

  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

  static func random() -> RecoveryKey { RecoveryKey(bytes: BundleCrypto.randomBytes(20)) }

  /// `ABCD-EFGH-…`, 8 groups.
  public var text: String {
    var bits = 0
    var value = 0
    var chars: [Character] = []
    for byte in bytes {
      value = (value << 8) | Int(byte)
      bits += 8
      while bits >= 5 {
        chars.append(Self.alphabet[(value >> (bits - 5)) & 31])
        bits -= 5
      }
    }
    return stride(from: 0, to: chars.count, by: 4).map { String(chars[$0..<$0 + 4]) }
      .joined(separator: "-")
  }

  /// Reads a key as typed: case, spaces and dashes do not matter.
  public static func parse(_ typed: String) -> RecoveryKey? {
    let chars = typed.uppercased().filter { $0 != "-" && !$0.isWhitespace }
    guard chars.count == 32 else { return nil }
    var bits = 0
    var value = 0
    var out = Data()
    for c in chars {
      guard let i = alphabet.firstIndex(of: c) else { return nil }
      value = ((value << 5) | i) & 0xFFFF
      bits += 5
      if bits >= 8 {
        out.append(UInt8((value >> (bits - 8)) & 0xFF))
        bits -= 8
      }
    }
    return RecoveryKey(bytes: out)
  }
}
