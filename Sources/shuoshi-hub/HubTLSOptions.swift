import ArgumentParser
import Foundation
import ShuoshiHub

/// How the hub speaks TLS: the admin's certificate and key, or the self-signed pair kept in
/// the state directory; plain HTTP only when asked for.
struct HubTLSOptions: ParsableArguments {
  @Option(help: "The hub's certificate (PEM; a chain starts with the hub's own).") var tlsCert:
    String?
  @Option(help: "The certificate's private key (PEM).") var tlsKey: String?
  @Option(
    help:
      "Where the hub keeps its self-signed certificate (default: $STATE_DIRECTORY under systemd, else ~/.local/state/shuoshi-hub)."
  )
  var stateDir: String?
  @Flag(
    help:
      "Serve plain HTTP: only behind a TLS-terminating proxy on this machine, or for tests on loopback."
  )
  var plainHTTP = false

  func validate() throws {
    if (tlsCert == nil) != (tlsKey == nil) {
      throw ValidationError("give both --tls-cert and --tls-key")
    }
    if plainHTTP && tlsCert != nil {
      throw ValidationError("--plain-http takes no certificate")
    }
  }

  /// The identity to serve with; nil with `--plain-http`.
  func identity() throws -> HubTLSIdentity? {
    if plainHTTP { return nil }
    if let tlsCert, let tlsKey {
      return try HubTLSIdentity.load(
        certificate: URL(fileURLWithPath: tlsCert), key: URL(fileURLWithPath: tlsKey))
    }
    return try HubTLSIdentity.selfSigned(in: stateDirectory)
  }

  var stateDirectory: URL {
    if let stateDir { return URL(fileURLWithPath: stateDir) }
    let environment = ProcessInfo.processInfo.environment
    // systemd's StateDirectory= sets it (a colon-separated list: the first is ours).
    if let systemd = environment["STATE_DIRECTORY"]?.split(separator: ":").first {
      return URL(fileURLWithPath: String(systemd))
    }
    return FileManager.default.homeDirectoryForCurrentUser
      .appendingPathComponent(".local/state/shuoshi-hub")
  }
}

/// The pin as the admin reads it out with an enrolment code: curl's form to type, the hex
/// groups to compare by voice.
func pinLines(_ identity: HubTLSIdentity) -> [String] {
  [
    "certificate pin (--pin): \(identity.pin.curlForm)",
    "  the same, to read aloud: \(identity.pin.grouped)",
  ]
}
