import Crypto
import Foundation
import HummingbirdTLS
import NIOSSL
import ShuoshiStore
import X509

/// The hub's certificate and private key, and the pin laptops check it by (the SHA-256 of its
/// public key). Either the admin's own files (`--tls-cert`, `--tls-key`) or a self-signed
/// certificate the hub makes once and keeps in its state directory.
public struct HubTLSIdentity: Sendable {
  /// The certificate chain, the hub's own first.
  public let chain: [NIOSSLCertificate]
  public let key: NIOSSLPrivateKey
  /// The pin of the first certificate's public key, as the laptops store it.
  public let pin: HubPin

  /// Reads the PEM files as given. Refuses a key that is not the certificate's.
  public static func load(certificate: URL, key: URL) throws -> HubTLSIdentity {
    let certPEM = try read(certificate)
    let keyPEM = try read(key)
    return try parse(certificatePEM: certPEM, keyPEM: keyPEM, certPath: certificate.path)
  }

  /// The self-signed identity kept in `directory` (`hub-cert.pem`, `hub-key.pem` mode 0600),
  /// made on first use. A directory holding only one of the two is refused: replacing it
  /// would change the pin every laptop holds.
  public static func selfSigned(in directory: URL, now: Date = Date()) throws -> HubTLSIdentity {
    let certURL = directory.appendingPathComponent("hub-cert.pem")
    let keyURL = directory.appendingPathComponent("hub-key.pem")
    let manager = FileManager.default
    switch (manager.fileExists(atPath: certURL.path), manager.fileExists(atPath: keyURL.path)) {
    case (true, true): return try load(certificate: certURL, key: keyURL)
    case (false, false):
      let (certPEM, keyPEM) = try makeSelfSigned(now: now)
      do {
        try DurableFile.write(Data(keyPEM.utf8), to: keyURL, existing: .refuse)
        try DurableFile.write(Data(certPEM.utf8), to: certURL, existing: .refuse)
      } catch {
        throw HubTLSError.unreadable(directory.path, "\(error)")
      }
      return try load(certificate: certURL, key: keyURL)
    default:
      throw HubTLSError.halfIdentity(directory.path)
    }
  }

  /// A fresh self-signed identity held in memory only (`serve --demo`).
  public static func fresh(now: Date = Date()) throws -> HubTLSIdentity {
    let (certPEM, keyPEM) = try makeSelfSigned(now: now)
    return try parse(certificatePEM: certPEM, keyPEM: keyPEM, certPath: "(demo)")
  }

  /// The server side of TLS 1.2+ with this certificate and key.
  public var configuration: TLSConfiguration {
    var tls = TLSConfiguration.makeServerConfiguration(
      certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    tls.minimumTLSVersion = .tlsv12
    return tls
  }

  // MARK: - Making and reading

  /// A P-256 key and a certificate for it signed by itself, good for ten years (the laptops
  /// trust the pin, not the dates or names; a browser shows its own warning either way).
  static func makeSelfSigned(now: Date) throws -> (certificate: String, key: String) {
    let signingKey = P256.Signing.PrivateKey()
    let key = Certificate.PrivateKey(signingKey)
    let host = ProcessInfo.processInfo.hostName
    let name = try DistinguishedName {
      OrganizationName("shuoshi street office hub")
      CommonName(host.isEmpty ? "shuoshi-hub" : String(host.prefix(60)))
    }
    var names: [GeneralName] = [.dnsName("localhost")]
    if !host.isEmpty, host != "localhost" { names.append(.dnsName(host)) }
    let extensions = try Certificate.Extensions {
      Critical(BasicConstraints.notCertificateAuthority)
      Critical(KeyUsage(digitalSignature: true))
      try ExtendedKeyUsage([.serverAuth])
      SubjectAlternativeNames(names)
    }
    let certificate = try Certificate(
      version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
      notValidBefore: now.addingTimeInterval(-3600),
      notValidAfter: now.addingTimeInterval(3650 * 86400), issuer: name, subject: name,
      signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: key)
    return (try certificate.serializeAsPEM().pemString, signingKey.pemRepresentation)
  }

  static func parse(certificatePEM: String, keyPEM: String, certPath: String) throws
    -> HubTLSIdentity
  {
    let chain: [NIOSSLCertificate]
    let sslKey: NIOSSLPrivateKey
    do {
      chain = try NIOSSLCertificate.fromPEMBytes(Array(certificatePEM.utf8))
    } catch { throw HubTLSError.notACertificate(certPath) }
    guard let first = chain.first else { throw HubTLSError.notACertificate(certPath) }
    do { sslKey = try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem) } catch {
      throw HubTLSError.notAKey
    }
    // The key must be the certificate's: else every handshake would fail, far from the cause.
    if let parsedKey = try? Certificate.PrivateKey(pemEncoded: keyPEM),
      let parsedCert = try? Certificate(derEncoded: try first.toDERBytes()),
      parsedKey.publicKey != parsedCert.publicKey
    {
      throw HubTLSError.keyMismatch
    }
    let spki = try first.extractPublicKey().toSPKIBytes()
    return HubTLSIdentity(chain: chain, key: sslKey, pin: HubPin(subjectPublicKeyInfo: Data(spki)))
  }

  /// A PEM file, bounded (a certificate chain is a few KiB).
  static func read(_ url: URL) throws -> String {
    guard let data = try? Data(contentsOf: url) else { throw HubTLSError.unreadable(url.path, "") }
    guard data.count <= 1 << 20, let text = String(data: data, encoding: .utf8) else {
      throw HubTLSError.notACertificate(url.path)
    }
    return text
  }
}

/// Why the hub cannot set up TLS.
public enum HubTLSError: Error, Equatable, CustomStringConvertible {
  case unreadable(String, String)
  case notACertificate(String)
  case notAKey
  case keyMismatch
  case halfIdentity(String)

  public var description: String {
    switch self {
    case .unreadable(let path, let detail):
      return "cannot read or write \(path)\(detail.isEmpty ? "" : ": \(detail)")"
    case .notACertificate(let path): return "\(path) holds no PEM certificate"
    case .notAKey: return "the key file holds no PEM private key"
    case .keyMismatch: return "the private key is not the certificate's key"
    case .halfIdentity(let dir):
      return
        "\(dir) holds only one of hub-cert.pem and hub-key.pem; restore the other (a new pair changes the pin every laptop holds: move both away to make one)"
    }
  }
}
