import Foundation
import Hummingbird
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// A hub on a private cluster, served over HTTPS (a fresh self-signed certificate) on
/// 127.0.0.1 (any free port) while a test runs, with laptops on real SQLite files in a temporary directory.
final class HubFixture: @unchecked Sendable {
  let cluster: HubCluster
  let hub: Hub
  let root = TempDir("shuoshi-hub")
  let engine = EngineFixture.engine
  private var server: Task<Void, any Error>?
  private(set) var url = ""

  /// Runs `body` on a fresh fixture and always stops it (the cluster's server, its files).
  static func with(serving: Bool = false, _ body: (HubFixture) async throws -> Void) async throws {
    let f = try await HubFixture()
    do {
      if serving { try await f.serve() }
      try await body(f)
    } catch {
      await f.stop()
      throw error
    }
    await f.stop()
  }

  private init() async throws {
    cluster = try HubTestCluster.start()
    hub = try await Hub.open(HubDatabase(cluster: cluster))
  }

  /// The identity the hub serves with (`serve()`'s default: a fresh self-signed one).
  private(set) var tls: HubTLSIdentity?

  /// Starts serving — HTTPS with `tls`, plain HTTP with nil — on `port` (0: any free port);
  /// returns once the port is listening.
  func serve(tls: HubTLSIdentity?, port: Int = 0) async throws {
    self.tls = tls
    (url, server) = try await Self.serve(hub, tls: tls, port: port)
  }

  func serve() async throws { try await serve(tls: try HubTLSIdentity.fresh()) }

  /// Serves `hub` on 127.0.0.1 (port 0: any free port) — HTTPS with `tls`, plain HTTP with
  /// nil: its address and the task to cancel.
  static func serve(
    _ hub: Hub, tls: HubTLSIdentity? = nil, port: Int = 0
  ) async throws -> (String, Task<Void, any Error>) {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = try HubServer.application(
      hub, host: "127.0.0.1", port: port, tls: tls,
      onRunning: { port in continuation.yield(port) })
    let task = Task { try await app.run() }
    var url = ""
    for await port in ports {
      url = "\(tls == nil ? "http" : "https")://127.0.0.1:\(port)"
      break
    }
    return (url, task)
  }

  /// Stops serving (the cluster keeps running).
  func stopServing() async {
    server?.cancel()
    _ = await server?.result
    server = nil
  }

  func stop() async {
    await stopServing()
    cluster.stop()
    root.remove()
  }

  /// A new laptop store (its own data directory, letter, site HJ).
  func laptop(_ name: String, letter: String) throws -> CaseStore {
    try CaseStore.open(
      DataDirectory(url: root.url.appendingPathComponent(name)), siteCode: "HJ", laptop: letter)
  }

  /// Adds `name` to `unit` at the hub and enrols `store` with its code, straight through `Hub`
  /// (the HTTP path is `enrollOverHTTP`).
  func enroll(_ store: CaseStore, unit: String, name: String, street: Bool = false) async throws
    -> HubLaptop
  {
    let code = try await hub.addLaptop(unit: unit, name: name, street: street, now: Date())
    let token = try await hub.enroll(code: code.code, device: store.info.deviceID, now: Date())
    return try #require(await hub.laptop(token: token))
  }

  func intake(_ text: String, name: String, phone: String = "13812345678", at t: String) -> Intake {
    Intake(
      resident: Resident(name: name, phone: phone, address: "六堰社区3栋2单元502"), text: text,
      receivedAt: EngineFixture.at(t))
  }

  /// Takes in a case on `store`.
  @discardableResult
  func takeIn(_ store: CaseStore, _ text: String, name: String, at t: String) throws -> Case {
    try store.add(
      intake(text, name: name, at: t), engine: engine, by: Actor("值班员"), now: EngineFixture.at(t))
  }

  /// Runs blocking laptop work (libcurl's perform blocks its thread) off the concurrency pool,
  /// which also runs the hub.
  static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
  }
}
