import Foundation

/// The fixed 72-byte header of a bundle file, in the clear and authenticated:
///
///     0   8  magic "SHUOSHIB"
///     8   1  format version (1)
///     9   1  cipher: 0 none, 1 AES-256-GCM
///    10   1  KDF: 0 none, 1 scrypt
///    11   1  scrypt log2 N
///    12   4  scrypt r (big-endian)
///    16   4  scrypt p (big-endian)
///    20  16  salt
///    36  12  nonce
///    48  16  key check: HMAC-SHA256(check key, bytes 0..<48), first 16 bytes
///    64   8  payload length (big-endian)
///
/// Then the payload: AES-GCM ciphertext and its 16-byte tag (AAD: the whole header); or,
/// unencrypted, the JSON followed by a SHA-256 of header and JSON.
struct BundleHeader: Equatable {
  static let magic = Array("SHUOSHIB".utf8)
  static let size = 72
  static let currentVersion: UInt8 = 1

  var version: UInt8 = currentVersion
  var encrypted: Bool
  var kdf: ScryptParams
  var salt: Data
  var nonce: Data
  var keyCheck: Data
  var payloadLength: UInt64

  /// The bytes the key check covers.
  var checkedPrefix: Data { Data(encode().prefix(48)) }

  func encode() -> Data {
    var out = Data(Self.magic)
    out.append(version)
    out.append(encrypted ? 1 : 0)
    out.append(encrypted ? 1 : 0)
    out.append(kdf.logN)
    out.append(contentsOf: Self.bigEndian(UInt64(kdf.r), bytes: 4))
    out.append(contentsOf: Self.bigEndian(UInt64(kdf.p), bytes: 4))
    out.append(Self.padded(salt, 16))
    out.append(Self.padded(nonce, 12))
    out.append(Self.padded(keyCheck, 16))
    out.append(contentsOf: Self.bigEndian(payloadLength, bytes: 8))
    return out
  }

  enum ParseError: Error { case notABundle, truncated, unsupported(Int), malformed }

  /// Parses the header of `file`; checks only its own shape.
  static func parse(_ file: Data) throws(ParseError) -> BundleHeader {
    let bytes = [UInt8](file.prefix(size))
    let head = Array(bytes.prefix(magic.count))
    guard head == Array(magic.prefix(head.count)), !head.isEmpty else { throw .notABundle }
    guard bytes.count == size else { throw .truncated }
    guard bytes[8] == currentVersion else { throw .unsupported(Int(bytes[8])) }
    guard bytes[9] <= 1, bytes[10] == bytes[9] else { throw .malformed }
    func int(_ from: Int, _ count: Int) -> UInt64 {
      bytes[from..<(from + count)].reduce(0) { $0 << 8 | UInt64($1) }
    }
    return BundleHeader(
      version: bytes[8], encrypted: bytes[9] == 1,
      kdf: ScryptParams(logN: bytes[11], r: UInt32(int(12, 4)), p: UInt32(int(16, 4))),
      salt: Data(bytes[20..<36]), nonce: Data(bytes[36..<48]), keyCheck: Data(bytes[48..<64]),
      payloadLength: int(64, 8))
  }

  static func bigEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
    (0..<bytes).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
  }

  static func padded(_ d: Data, _ n: Int) -> Data {
    d.count >= n ? Data(d.prefix(n)) : d + Data(repeating: 0, count: n - d.count)
  }
}
