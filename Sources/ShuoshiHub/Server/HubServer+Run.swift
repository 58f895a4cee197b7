import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging

extension HubServer {
  /// The hub's application on `host:port` (port 0: any free port): HTTPS with `tls`, plain
  /// HTTP without (`--plain-http`); `onRunning` is told the port once it listens.
  public static func application(
    _ hub: Hub, host: String, port: Int, tls: HubTLSIdentity?,
    clock: @escaping @Sendable () -> Date = Date.init,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) throws -> some ApplicationProtocol {
    var logger = Logger(label: "shuoshi-hub")
    logger.logLevel = .warning
    var server = HTTPServerBuilder.http1()
    if let tls { server = try .tls(.http1(), tlsConfiguration: tls.configuration) }
    return Application(
      router: router(hub, clock: clock, secureCookies: tls != nil),
      server: server,
      configuration: .init(address: .hostname(host, port: port), serverName: "shuoshi-hub"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
      logger: logger)
  }

  /// Serves until SIGINT or SIGTERM (`shuoshi-hub serve`).
  public static func serve(
    _ hub: Hub, host: String, port: Int, tls: HubTLSIdentity?,
    onRunning: @escaping @Sendable (Int) async -> Void
  ) async throws {
    try await application(hub, host: host, port: port, tls: tls, onRunning: onRunning)
      .runService()
  }
}
