import Crypto
import Foundation

/// The hub's public key as a laptop pins it: the SHA-256 of the certificate's
/// SubjectPublicKeyInfo. Written in curl's `sha256//BASE64` form; a person reads it aloud in
/// hex, in groups of four (`3f2a-91c0-…`), and either form is accepted when typed.
public struct HubPin: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
  /// The 32 bytes of the digest.
  public let digest: Data

  public init?(digest: Data) {
    guard digest.count == 32 else { return nil }
    self.digest = digest
  }

  /// The pin of a public key given as SubjectPublicKeyInfo DER.
  public init(subjectPublicKeyInfo der: Data) {
    digest = Data(SHA256.hash(data: der))
  }

  /// Parses `sha256//BASE64`, or the 64 hex digits with any spaces, dashes or colons between
  /// them (as read aloud); nil for anything else. Bounded: the text may come from a file.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.utf8.count <= 200 else { return nil }
    if trimmed.lowercased().hasPrefix("sha256//") {
      guard let bytes = Data(base64Encoded: String(trimmed.dropFirst(8))) else { return nil }
      self.init(digest: bytes)
      return
    }
    let hex = trimmed.filter { !" -:".contains($0) }
    guard hex.count == 64, let bytes = Hex.decode(hex) else { return nil }
    self.init(digest: bytes)
  }

  /// `sha256//…`, as libcurl's CURLOPT_PINNEDPUBLICKEY and `curl --pinnedpubkey` take it.
  public var curlForm: String { "sha256//" + digest.base64EncodedString() }

  /// The digest in lower-case hex, in sixteen groups of four joined by dashes.
  public var grouped: String {
    let hex = Hex.encode(digest)
    return stride(from: 0, to: hex.count, by: 4).map { offset in
      let start = hex.index(hex.startIndex, offsetBy: offset)
      return String(hex[start..<hex.index(start, offsetBy: 4)])
    }.joined(separator: "-")
  }

  public var description: String { curlForm }

  // Stored in hub.json as the curl form.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let pin = HubPin(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "pin"))
    }
    self = pin
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(curlForm)
  }
}
