import Foundation

/// `keyring.json` as stored: the recovery key's copy of the data key and one entry per
/// operator. Nothing in it is the data key in the clear.
struct KeyringFile: Codable, Equatable, Sendable {
  static let formatName = "shuoshi-keyring"
  var format = formatName
  var version = 1
  /// Names the data key (an HMAC of it): every copy must open to the same key.
  var keyID: String
  var recovery: KeyWrap
  var operators: [OperatorEntry]

  enum CodingKeys: String, CodingKey {
    case format, version, keyID = "key_id", recovery, operators
  }
}

/// One operator: who, what they may do, their sealed copy of the data key, and their wrong
/// tries (the rate limit survives a restart of the program).
struct OperatorEntry: Codable, Equatable, Sendable {
  var id: String
  var name: String
  var role: String
  var grid: String?
  var wrap: KeyWrap
  var failures: Int
  /// Unix seconds before which no try is taken.
  var nextTry: Double?

  enum CodingKeys: String, CodingKey {
    case id, name, role, grid, wrap, failures, nextTry = "next_try"
  }

  /// The associated data its wrap is sealed with: id, name, role and grid cannot be edited in
  /// the file without breaking the unwrap (events carry the name, so it is covered too).
  var context: Data { Self.context(id: id, name: name, role: role, grid: grid) }

  static func context(id: String, name: String, role: String, grid: String?) -> Data {
    Data(
      "shuoshi-keyring/1\u{0}operator\u{0}\(id)\u{0}\(name)\u{0}\(role)\u{0}\(grid ?? "")".utf8)
  }

  static let recoveryContext = Data("shuoshi-keyring/1\u{0}recovery".utf8)
}

/// The rule for a NEW PIN or passphrase (set-up, add, passwd, recover): six or more digits
/// that are not one digit repeated, or a passphrase as strong as a bundle's.
public enum OperatorSecret {
  public static func isAcceptable(_ secret: String) -> Bool {
    guard secret.count <= 1024 else { return false }
    if !secret.isEmpty, secret.allSatisfy({ $0.isASCII && $0.isNumber }) {
      return secret.count >= 6 && Set(secret).count > 1
    }
    return BundleSecret.isStrongEnough(secret)
  }
}
