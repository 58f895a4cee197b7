import Crypto
import Foundation

/// The key an encrypted data directory is opened with: the site's 32-byte data key (from
/// the signed-in operator's keyring entry). Pages and side files use separate sub-keys
/// derived by HKDF-SHA256, so one key never serves two formats.
// SymmetricKey is immutable once made (swift-crypto does not mark it Sendable yet).
public struct StoreEncryption: @unchecked Sendable {
  public let dataKey: SymmetricKey

  /// Refuses a key that is not 32 bytes (AES-256).
  public init(dataKey: SymmetricKey) throws(StoreError) {
    guard dataKey.bitCount == 256 else { throw .encryption(.badKey) }
    self.dataKey = dataKey
  }

  /// A fresh random key (tests, and the keyring's set-up).
  public static func random() -> StoreEncryption {
    // A 256-bit key always passes `init`.
    try! StoreEncryption(dataKey: SymmetricKey(size: .bits256))
  }

  func subKey(_ purpose: String) -> SymmetricKey {
    HKDF<SHA256>.deriveKey(
      inputKeyMaterial: dataKey, salt: Data("shuoshi data directory".utf8),
      info: Data(purpose.utf8), outputByteCount: 32)
  }

  var pageKey: SymmetricKey { subKey("pages v1") }
  var fileKey: SymmetricKey { subKey("side files v1") }

  /// An HMAC of a constant under its own sub-key: tells a wrong key from a damaged file
  /// without storing anything that helps find the key.
  var keyCheck: String {
    let mac = HMAC<SHA256>.authenticationCode(
      for: Data("shuoshi key check".utf8), using: subKey("key check v1"))
    return Data(mac).base64EncodedString()
  }

  /// Interim (until operators sign in, issue 16 keyring): the key in a file named by
  /// `$SHUOSHI_DATA_KEY_FILE`, base64 of 32 raw bytes. nil when the variable is unset.
  public static func fromKeyFile(environment: [String: String]) throws(StoreError)
    -> StoreEncryption?
  {
    guard let path = environment["SHUOSHI_DATA_KEY_FILE"], !path.isEmpty else { return nil }
    guard let data = FileManager.default.contents(atPath: path), data.count <= 4096 else {
      throw .encryption(.keyFileUnreadable(path: path))
    }
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let raw = Data(base64Encoded: text), raw.count == 32 else {
      throw .encryption(.keyFileUnreadable(path: path))
    }
    return try StoreEncryption(dataKey: SymmetricKey(data: raw))
  }
}

extension StoreEncryption {
  /// Whether `directory`'s files are encrypted (its marker is there), before anything opens it.
  public static func isEncrypted(_ directory: DataDirectory) -> Bool {
    FileManager.default.fileExists(atPath: EncryptionMarker.url(in: directory).path)
  }
}
