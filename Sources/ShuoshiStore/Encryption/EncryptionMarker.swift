import Crypto
import Foundation

/// `encryption.json` in a data directory: says the directory is encrypted, with which
/// cipher, and which database id the pages are bound to. Never the key — only an HMAC that
/// tells a wrong key from a damaged file.
struct EncryptionMarker: Codable, Equatable {
  static let fileName = "encryption.json"
  static let currentVersion = 1

  var version: Int
  var cipher: String
  var pageSize: Int
  var reserve: Int
  /// Hex of 16 random bytes, in every page's associated data.
  var databaseID: String
  var keyCheck: String

  static func url(in directory: DataDirectory) -> URL {
    directory.url.appendingPathComponent(fileName)
  }

  static func new(for encryption: StoreEncryption) -> EncryptionMarker {
    let id = Hex.encode(Data((0..<16).map { _ in UInt8.random(in: 0...255) }))
    return EncryptionMarker(
      version: currentVersion, cipher: "AES-256-GCM", pageSize: PageCipher.pageSize,
      reserve: PageCipher.reserve, databaseID: id, keyCheck: encryption.keyCheck)
  }

  /// nil when the directory has no marker (a plain store, or none yet).
  static func read(in directory: DataDirectory) throws(StoreError) -> EncryptionMarker? {
    let url = url(in: directory)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    guard let data = FileManager.default.contents(atPath: url.path), data.count < 4096,
      let marker = try? JSONDecoder().decode(EncryptionMarker.self, from: data),
      marker.version == currentVersion, marker.pageSize == PageCipher.pageSize,
      marker.reserve == PageCipher.reserve, marker.idBytes != nil
    else { throw .encryption(.badMarker(path: url.path)) }
    return marker
  }

  func write(in directory: DataDirectory) throws(StoreError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = (try? encoder.encode(self)) ?? Data()
    try DurableFile.write(data, to: Self.url(in: directory), existing: .replace)
  }

  var idBytes: [UInt8]? {
    guard databaseID.utf8.count == 32 else { return nil }
    return Hex.decode(databaseID).map { [UInt8]($0) }
  }

  func cipher(_ encryption: StoreEncryption) -> PageCipher {
    PageCipher(key: encryption.pageKey, databaseID: idBytes ?? [])
  }
}
