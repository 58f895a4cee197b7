import Foundation

/// This laptop's link to a street office hub, kept in `hub.json` in the data directory (mode
/// 0600: the token is the laptop's key to the hub).
public struct HubLink: Codable, Sendable, Equatable {
  /// The hub's base address (`http://host:port`).
  public var url: String
  /// The bearer token `enroll` received; the hub keeps only its hash.
  public var token: String
  /// The hub's own id in the batches it sends.
  public var hubDevice: String

  public init(url: String, token: String, hubDevice: String) {
    self.url = url
    self.token = token
    self.hubDevice = hubDevice
  }

  public static func file(in directory: DataDirectory) -> URL {
    directory.url.appendingPathComponent("hub.json")
  }

  /// The link saved in `directory`, or nil when this laptop was never enrolled.
  public static func load(from directory: DataDirectory) throws -> HubLink? {
    let url = file(in: directory)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw StoreError.io(path: url.path, detail: error.localizedDescription)
    }
    guard data.count < 64 << 10, let link = try? JSONDecoder().decode(HubLink.self, from: data)
    else { throw StoreError.io(path: url.path, detail: "not a hub link") }
    return link
  }

  /// Saves the link (replacing an earlier one), mode 0600.
  public func save(in directory: DataDirectory) throws(StoreError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data()
    try DurableFile.write(data, to: Self.file(in: directory), existing: .replace)
  }
}
