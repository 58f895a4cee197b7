import Crypto
import Foundation
import ShuoshiStore
import _CryptoExtras

/// A browser account's password as stored: scrypt with the bundles' cost (`ScryptParams`),
/// a random 16-byte salt, 32 bytes of output — `scrypt$logN$r$p$salt$hash` in hex. Never a
/// plain hash.
enum HubAccountPassword {
  static func hash(_ password: String, cost: ScryptParams) throws -> String {
    var rng = SystemRandomNumberGenerator()
    let salt = Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) })
    let derived = try derive(password, salt: salt, cost: cost)
    return "scrypt$\(cost.logN)$\(cost.r)$\(cost.p)$\(hex(salt))$\(hex(derived))"
  }

  /// Whether `password` matches `stored` (compared in constant time). A stored value not in
  /// the format, or with a cost out of bounds, matches nothing.
  static func matches(_ password: String, stored: String) -> Bool {
    let parts = stored.split(separator: "$").map(String.init)
    guard parts.count == 6, parts[0] == "scrypt", let logN = UInt8(parts[1]),
      let r = UInt32(parts[2]), let p = UInt32(parts[3]), let salt = unhex(parts[4]),
      let expected = unhex(parts[5]), (10...20).contains(logN), (1...16).contains(r),
      (1...4).contains(p)
    else { return false }
    guard
      let derived = try? derive(
        password, salt: salt, cost: ScryptParams(logN: logN, r: r, p: p))
    else { return false }
    guard derived.count == expected.count else { return false }
    return zip(derived, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }

  static func derive(_ password: String, salt: Data, cost: ScryptParams) throws -> Data {
    let key = try KDF.Scrypt.deriveKey(
      from: Data(password.utf8), salt: salt, outputByteCount: 32, rounds: 1 << Int(cost.logN),
      blockSize: Int(cost.r), parallelism: Int(cost.p))
    return key.withUnsafeBytes { Data($0) }
  }

  static func hex(_ data: Data) -> String { Hex.encode(data) }

  static func unhex(_ text: String) -> Data? {
    guard text.utf8.count <= 256 else { return nil }
    return Hex.decode(text)
  }
}
