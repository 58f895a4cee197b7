import Foundation

/// One request to the hub and its answer: the seam between the sync use case and the network.
public protocol HubTransport: Sendable {
  /// Sends `body` (JSON) to `path` under `base`, with the bearer `token` when given; returns
  /// the status and the body. An `https` base needs `pin` — the hub's public key must match it
  /// (`HubSyncError.pinMismatch` otherwise) — and an `http` one takes none. Throws
  /// `HubSyncError.unreachable` when no answer came.
  func send(
    _ method: String, _ path: String, base: String, token: String?, pin: HubPin?, body: Data?
  ) throws -> (status: Int, body: Data)
}
