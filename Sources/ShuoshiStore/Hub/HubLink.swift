import Foundation

/// This laptop's link to a street office hub, kept in `hub.json` in the data directory (mode
/// 0600: the token is the laptop's key to the hub).
public struct HubLink: Codable, Sendable, Equatable {
  /// The hub's base address (`https://host:port`; `http://` only for a hub on this machine or
  /// behind a TLS-terminating proxy, as enrolments before TLS were).
  public var url: String
  /// The bearer token `enroll` received; the hub keeps only its hash.
  public var token: String
  /// The hub's own id in the batches it sends.
  public var hubDevice: String
  /// The hub's public key, pinned at enrolment (`https` links); absent in links to `http://`
  /// hubs, so a `hub.json` written before TLS reads the same.
  public var pin: HubPin?

  public init(url: String, token: String, hubDevice: String, pin: HubPin? = nil) {
    self.url = url
    self.token = token
    self.hubDevice = hubDevice
    self.pin = pin
  }

  /// The one rule of the link's safety: `https` always with a pin (the hub's certificate is
  /// its own, not a CA's), a pin only with `https`; plain `http` stays for a hub on this
  /// machine or behind a TLS-terminating proxy. Never a silent fall back to no TLS.
  public static func checkSecurity(url: String, pin: HubPin?) throws(HubSyncError) {
    let scheme = URL(string: url)?.scheme?.lowercased() ?? ""
    switch scheme {
    case "https": if pin == nil { throw .pinMissing(url) }
    case "http": if pin != nil { throw .pinNeedsHTTPS(url) }
    default: throw .badAddress(url)
    }
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
