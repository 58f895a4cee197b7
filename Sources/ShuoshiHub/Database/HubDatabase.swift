import Foundation
import Logging
import PostgresNIO

/// The hub's PostgreSQL: a connection pool kept running while the hub lives.
public final class HubDatabase: Sendable {
  let client: PostgresClient
  private let runner: Task<Void, Never>
  static let logger = Logger(label: "shuoshi-hub.db")

  public init(configuration: PostgresClient.Configuration) {
    let client = PostgresClient(configuration: configuration)
    self.client = client
    runner = Task { await client.run() }
  }

  /// A database on a private cluster's socket.
  public convenience init(cluster: HubCluster) {
    self.init(
      configuration: .init(
        unixSocketPath: "\(cluster.socketDirectory)/.s.PGSQL.\(cluster.port)",
        username: HubCluster.user, password: nil, database: HubCluster.database))
  }

  /// `postgres://user:password@host:port/db`, or a socket directory (`--socket DIR`).
  public convenience init(url: String) throws {
    guard let c = URLComponents(string: url), c.scheme == "postgres" || c.scheme == "postgresql",
      let host = c.host
    else { throw HubError.badDatabaseURL(url) }
    let db = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
    self.init(
      configuration: .init(
        host: host, port: c.port ?? 5432, username: c.user ?? "postgres", password: c.password,
        database: db.isEmpty ? nil : db, tls: .disable))
  }

  public convenience init(socketDirectory: String, user: String, database: String, port: Int = 5432)
  {
    self.init(
      configuration: .init(
        unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user, password: nil,
        database: database))
  }

  /// Runs `body` with the pool.
  public func run<T: Sendable>(_ body: (PostgresClient) async throws -> T) async throws -> T {
    try await body(client)
  }

  /// Runs `body` in one transaction: all of it or nothing.
  func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
    do {
      return try await client.withTransaction(logger: Self.logger) { try await body($0) }
    } catch let e as PostgresTransactionError {
      // The closure's own error (a refusal), rolled back; else the database's.
      if let inner = e.closureError, e.rollbackError == nil { throw inner }
      throw e
    }
  }

  deinit { runner.cancel() }
}
