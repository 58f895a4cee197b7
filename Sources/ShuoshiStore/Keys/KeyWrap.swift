import Crypto
import Foundation
import _CryptoExtras

/// One copy of the site data key sealed with AES-256-GCM under a key derived from a secret
/// (scrypt for a PIN or passphrase, HKDF for the recovery key), with what it belongs to (the
/// operator's id, role and grid) as associated data: editing those in the file breaks the
/// unwrap. `check` is an HMAC of the salt under a second derived key, so a wrong secret is told
/// apart from an altered entry.
struct KeyWrap: Codable, Equatable, Sendable {
  var logN: UInt8
  var r: UInt32
  var p: UInt32
  var salt: Data
  var nonce: Data
  var check: Data
  var sealed: Data

  var params: ScryptParams { ScryptParams(logN: logN, r: r, p: p) }

  enum Failure: Error { case wrongSecret, tampered, outOfBounds }

  /// How the two keys come from the secret.
  enum Derivation {
    case scrypt(String)
    case recovery(Data)
  }

  static func seal(
    _ dataKey: SymmetricKey, with secret: Derivation, kdf: ScryptParams, context: Data
  ) throws -> KeyWrap {
    let salt = BundleCrypto.randomBytes(16)
    let (wrapKey, checkKey) = try keys(secret, salt: salt, kdf: kdf)
    let nonce = AES.GCM.Nonce()
    let box = try AES.GCM.seal(
      dataKey.withUnsafeBytes { Data($0) }, using: wrapKey, nonce: nonce, authenticating: context)
    return KeyWrap(
      logN: kdf.logN, r: kdf.r, p: kdf.p, salt: salt, nonce: Data(nonce),
      check: checkValue(salt, checkKey), sealed: box.ciphertext + box.tag)
  }

  func open(with secret: Derivation, context: Data) throws(Failure) -> SymmetricKey {
    guard isWithinBounds else { throw .outOfBounds }
    let keys: (SymmetricKey, SymmetricKey)
    do { keys = try Self.keys(secret, salt: salt, kdf: params) } catch { throw .outOfBounds }
    guard Self.checkValue(salt, keys.1) == check else { throw .wrongSecret }
    do {
      let box = try AES.GCM.SealedBox(
        nonce: AES.GCM.Nonce(data: nonce), ciphertext: sealed.dropLast(16),
        tag: sealed.suffix(16))
      let plain = try AES.GCM.open(box, using: keys.0, authenticating: context)
      guard plain.count == 32 else { throw Failure.tampered }
      return SymmetricKey(data: plain)
    } catch {
      throw .tampered
    }
  }

  /// Bounded as bundles bound their scrypt cost, so a crafted file cannot demand gigabytes.
  var isWithinBounds: Bool {
    params.isAcceptable && (16...64).contains(salt.count) && nonce.count == 12
      && check.count == 16 && sealed.count == 48
  }

  static func keys(_ secret: Derivation, salt: Data, kdf: ScryptParams) throws
    -> (SymmetricKey, SymmetricKey)
  {
    switch secret {
    case .scrypt(let text):
      guard kdf.isAcceptable else { throw Failure.outOfBounds }
      return try BundleCrypto.keys(text, salt: salt, kdf: kdf)
    case .recovery(let bytes):
      let derived = HKDF<SHA256>.deriveKey(
        inputKeyMaterial: SymmetricKey(data: bytes), salt: salt,
        info: Data("shuoshi recovery key".utf8), outputByteCount: 64)
      let all = derived.withUnsafeBytes { Data($0) }
      return (SymmetricKey(data: all.prefix(32)), SymmetricKey(data: all.suffix(32)))
    }
  }

  static func checkValue(_ salt: Data, _ key: SymmetricKey) -> Data {
    Data(HMAC<SHA256>.authenticationCode(for: salt, using: key)).prefix(16)
  }
}
