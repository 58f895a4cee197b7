import Crypto
import Foundation
import _CryptoExtras

/// Seals and opens bundle files: scrypt turns the passphrase into an AES-256-GCM key and a
/// separate key-check key (so a wrong passphrase is told apart from altered contents), and
/// GCM authenticates the header as well as the payload.
enum BundleCrypto {
  enum OpenError: Error {
    case wrongPassphrase, tampered, truncated(expected: Int), notABundle,
      unsupported(Int), malformed, passphraseNeeded, unencrypted
  }

  static func randomBytes(_ n: Int) -> Data {
    var rng = SystemRandomNumberGenerator()
    return Data((0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) })
  }

  static func keys(_ passphrase: String, salt: Data, kdf: ScryptParams) throws
    -> (cipher: SymmetricKey, check: SymmetricKey)
  {
    let derived = try KDF.Scrypt.deriveKey(
      from: Data(passphrase.utf8), salt: salt, outputByteCount: 64, rounds: 1 << Int(kdf.logN),
      blockSize: Int(kdf.r), parallelism: Int(kdf.p))
    let bytes = derived.withUnsafeBytes { Data($0) }
    return (SymmetricKey(data: bytes.prefix(32)), SymmetricKey(data: bytes.suffix(32)))
  }

  static func keyCheck(_ header: BundleHeader, key: SymmetricKey) -> Data {
    Data(HMAC<SHA256>.authenticationCode(for: header.checkedPrefix, using: key)).prefix(16)
  }

  /// The whole file for `payload`.
  static func seal(_ payload: Data, secret: BundleSecret, kdf: ScryptParams) throws -> Data {
    guard case .passphrase(let passphrase) = secret else {
      let header = BundleHeader(
        encrypted: false, kdf: ScryptParams(logN: 0, r: 0, p: 0), salt: Data(), nonce: Data(),
        keyCheck: Data(), payloadLength: UInt64(payload.count))
      let head = header.encode()
      return head + payload + Data(SHA256.hash(data: head + payload))
    }
    var header = BundleHeader(
      encrypted: true, kdf: kdf, salt: randomBytes(16), nonce: randomBytes(12), keyCheck: Data(),
      payloadLength: UInt64(payload.count + 16))
    let (cipherKey, checkKey) = try keys(passphrase, salt: header.salt, kdf: kdf)
    header.keyCheck = keyCheck(header, key: checkKey)
    let head = header.encode()
    let box = try AES.GCM.seal(
      payload, using: cipherKey, nonce: try AES.GCM.Nonce(data: header.nonce), authenticating: head)
    return head + box.ciphertext + box.tag
  }

  /// The payload of a bundle file, after checking its length, passphrase and integrity. An
  /// unencrypted bundle is refused (before its contents are read) unless `allowUnencrypted`.
  static func open(_ file: Data, allowUnencrypted: Bool, passphrase: () throws -> String?) throws
    -> Data
  {
    let header: BundleHeader
    do {
      header = try BundleHeader.parse(file)
    } catch {
      switch error {
      case .notABundle: throw OpenError.notABundle
      case .truncated: throw OpenError.truncated(expected: BundleHeader.size)
      case .unsupported(let v): throw OpenError.unsupported(v)
      case .malformed: throw OpenError.malformed
      }
    }
    if !header.encrypted && !allowUnencrypted { throw OpenError.unencrypted }
    let trailer = header.encrypted ? 0 : 32
    guard header.payloadLength < UInt64(Int.max / 2) else { throw OpenError.malformed }
    let expected = BundleHeader.size + Int(header.payloadLength) + trailer
    if file.count < expected { throw OpenError.truncated(expected: expected) }
    if file.count > expected { throw OpenError.tampered }
    let head = file.prefix(BundleHeader.size)
    let body = file.subdata(in: BundleHeader.size..<(BundleHeader.size + Int(header.payloadLength)))
    guard header.encrypted else {
      let sum = file.suffix(32)
      guard Data(SHA256.hash(data: head + body)) == sum else { throw OpenError.tampered }
      return body
    }
    guard header.kdf.isAcceptable, body.count >= 16 else { throw OpenError.tampered }
    guard let passphrase = try passphrase() else { throw OpenError.passphraseNeeded }
    let (cipherKey, checkKey) = try keys(passphrase, salt: header.salt, kdf: header.kdf)
    guard keyCheck(header, key: checkKey) == header.keyCheck else {
      throw OpenError.wrongPassphrase
    }
    do {
      let box = try AES.GCM.SealedBox(
        nonce: AES.GCM.Nonce(data: header.nonce), ciphertext: body.dropLast(16),
        tag: body.suffix(16))
      return try AES.GCM.open(box, using: cipherKey, authenticating: head)
    } catch {
      throw OpenError.tampered
    }
  }
}
