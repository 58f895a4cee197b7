import Foundation

/// Identities of register records. A record's UUID is minted from its natural key (unit name,
/// grid name, address, person name and phone), so two laptops importing the same file give the
/// same UUIDs and their ledgers merge instead of doubling. The hash is FNV-1a (128-bit, two
/// lanes), marked as an RFC 9562 version-8 UUID: deterministic, not a secret.
public enum RegisterID {
  /// The UUID for `key` in `namespace` (`unit`, `grid`, `household`, `person`).
  public static func stable(_ namespace: String, _ key: String) -> UUID {
    let bytes = Array("shuoshi/\(namespace)/\(key)".utf8)
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x84222325_cbf29ce4
    for byte in bytes {
      a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
      b = b ^ (a >> 29)
    }
    var out = [UInt8](repeating: 0, count: 16)
    for i in 0..<8 {
      out[i] = UInt8(truncatingIfNeeded: a >> (8 * (7 - i)))
      out[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * (7 - i)))
    }
    out[6] = (out[6] & 0x0F) | 0x80
    out[8] = (out[8] & 0x3F) | 0x80
    return UUID(
      uuid: (
        out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8], out[9], out[10],
        out[11], out[12], out[13], out[14], out[15]
      ))
  }

  /// The first eight hex digits, lower case: what the CLI prints and accepts (`3fa2b1c0`).
  public static func short(_ uuid: UUID) -> String {
    String(uuid.uuidString.lowercased().prefix(8))
  }
}
