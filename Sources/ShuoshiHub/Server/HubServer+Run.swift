import Foundation
import Hummingbird
import Logging

extension HubServer {
  /// The hub's HTTP application on `host:port` (port 0: any free port); `onRunning` is told
  /// the port once it listens.
  public static func application(
    _ hub: Hub, host: String, port: Int, clock: @escaping @Sendable () -> Date = Date.init,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    var logger = Logger(label: "shuoshi-hub")
    logger.logLevel = .warning
    return Application(
      router: router(hub, clock: clock),
      configuration: .init(address: .hostname(host, port: port), serverName: "shuoshi-hub"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
      logger: logger)
  }

  /// Serves until SIGINT or SIGTERM (`shuoshi-hub serve`).
  public static func serve(
    _ hub: Hub, host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void
  ) async throws {
    try await application(hub, host: host, port: port, onRunning: onRunning).runService()
  }
}
