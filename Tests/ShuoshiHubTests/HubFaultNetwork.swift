import Foundation

/// A network namespace joined to this one by a veth pair, for cutting the cable under a running
/// transfer (`ip link set … down`). Needs root (the tests run as root in CI); each drill makes
/// its own, with random names and a random /30, and removes it.
struct HubFaultNetwork: Sendable {
  let name: String
  let outside: String
  let hubAddress: String

  static func make() throws -> HubFaultNetwork {
    let tag = String(UInt32.random(in: 0...0xFFFF), radix: 16)
    let block = Int.random(in: 0..<64) * 4
    let subnet = "10.217.\(Int.random(in: 0...255))"
    let net = HubFaultNetwork(
      name: "shuoshi-drill-\(tag)", outside: "sdo\(tag)", hubAddress: "\(subnet).\(block + 2)")
    let inside = "sdi\(tag)"
    do {
      try ip("netns", "add", net.name)
      try ip("link", "add", net.outside, "type", "veth", "peer", "name", inside)
      try ip("link", "set", inside, "netns", net.name)
      try ip("addr", "add", "\(subnet).\(block + 1)/30", "dev", net.outside)
      try ip("link", "set", net.outside, "up")
      try ip("netns", "exec", net.name, "ip", "addr", "add", "\(net.hubAddress)/30", "dev", inside)
      try ip("netns", "exec", net.name, "ip", "link", "set", inside, "up")
      try ip("netns", "exec", net.name, "ip", "link", "set", "lo", "up")
    } catch {
      net.remove()
      throw error
    }
    return net
  }

  /// The cable in or out (the laptop's end of the pair).
  func link(up: Bool) {
    try? Self.ip("link", "set", outside, up ? "up" : "down")
  }

  func remove() {
    try? Self.ip("link", "del", outside)
    try? Self.ip("netns", "del", name)
  }

  static func ip(_ args: String...) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
    p.arguments = args
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
      let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      throw HubFaultNetworkError.ipFailed(args.joined(separator: " "), text)
    }
  }
}

enum HubFaultNetworkError: Error, CustomStringConvertible {
  case ipFailed(String, String)
  var description: String {
    switch self {
    case .ipFailed(let args, let text):
      return "ip \(args) failed (the drill needs root and network namespaces): \(text)"
    }
  }
}
