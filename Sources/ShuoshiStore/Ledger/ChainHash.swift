import Crypto
import Foundation
import ShuoshiCore

/// The canonical encoding of an event that its hash covers, and the hash itself. Each field
/// is written as a 4-byte big-endian length and its UTF-8 bytes, in a fixed order, so no two
/// different events encode alike. The hash commits to the device's previous event (`prev`),
/// which chains every laptop's events: an edited, missing or reordered event breaks it.
enum ChainHash {
  static let domain = "shuoshi-event-1"
  /// The `prev` of a device's first event.
  static let genesis = Data(repeating: 0, count: 32)

  static func hash(_ e: Event, dataJSON: String, personalDigest: Data?, prevHash: Data) -> Data {
    var h = SHA256()
    func field(_ s: String) {
      let bytes = Array(s.utf8)
      var n = UInt32(bytes.count).bigEndian
      withUnsafeBytes(of: &n) { h.update(bufferPointer: $0) }
      h.update(data: bytes)
    }
    field(domain)
    field(e.uuid.uuidString)
    field(e.caseUUID.uuidString)
    field(e.kind.rawValue)
    field(String(Millis.from(e.at)))
    field(e.operator)
    field(e.device)
    field(String(e.seq))
    field(String(e.hlc.raw))
    field(e.parents.map(\.uuidString).joined(separator: ","))
    field(dataJSON)
    field(personalDigest.map(Hex.encode) ?? "")
    field(Hex.encode(prevHash))
    return Data(h.finalize())
  }
}

/// Lower-case hexadecimal: the one codec for hashes, keys, pins, ids and password salts.
public enum Hex {
  public static func encode(_ data: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(data.count * 2)
    for b in data {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes of `text`: nil unless it is an even number of hex digits (either case).
  public static func decode(_ text: String) -> Data? {
    let bytes = Array(text.utf8)
    guard bytes.count % 2 == 0 else { return nil }
    func value(_ c: UInt8) -> UInt8? {
      switch c {
      case 48...57: return c - 48
      case 97...102: return c - 87
      case 65...70: return c - 55
      default: return nil
      }
    }
    var out = Data(capacity: bytes.count / 2)
    var i = 0
    while i < bytes.count {
      guard let hi = value(bytes[i]), let lo = value(bytes[i + 1]) else { return nil }
      out.append(hi << 4 | lo)
      i += 2
    }
    return out
  }
}
