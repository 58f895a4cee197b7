import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// docs/HUB.md, "Replica and failover", on this machine: a standby cluster made with
/// `pg_basebackup -R` follows the hub's database while laptops sync; the primary is lost, the
/// standby promoted, a hub started on it, and the laptops sync on with nothing lost.
@Suite(.serialized) struct HubReplicaTests {
  @Test func standbyFollowsAndTakesOverWithNothingLost() async throws {
    try await HubFixture.with(serving: true) { f in
      try f.cluster.allowReplication()
      let yang = try f.laptop("阳光-1", letter: "A")
      let xing = try f.laptop("幸福-1", letter: "B")
      var yangLink = try await enroll(f, yang, unit: "阳光社区", name: "阳光-1")
      // The street office's laptop: it pulls every chain, so it ends holding what 阳光-1 holds.
      var xingLink = try await enroll(f, xing, unit: "街道办", name: "街道-1", street: true)
      // Some events before the base backup, more streamed after it.
      try f.takeIn(yang, "楼道灯坏了", name: "阳光居民1", at: "2026-11-28 09:00")
      try await sync(yang, yangLink)
      let standby = try f.cluster.makeStandby()
      defer { standby.stop() }
      try f.takeIn(yang, "楼下垃圾没人清", name: "阳光居民2", at: "2026-11-28 10:00")
      try f.takeIn(xing, "村道积水", name: "幸福居民1", at: "2026-11-28 10:30")
      try await sync(yang, yangLink)
      try await sync(xing, xingLink)
      try await sync(yang, yangLink)

      let primary = try await head(HubDatabase(cluster: f.cluster))
      #expect(primary.count == (try events(yang).count))
      #expect(primary.count == (try events(xing).count))
      // The standby catches up (polled, at most 30 s): same count, same last hash.
      let replica = HubDatabase(cluster: standby)
      let deadline = Date().addingTimeInterval(30)
      var seen = try await head(replica)
      while seen != primary, Date() < deadline {
        try await Task.sleep(for: .milliseconds(50))
        seen = try await head(replica)
      }
      #expect(seen == primary)
      // A standby takes no writes until promoted.
      await #expect(throws: (any Error).self) {
        try await replica.run { client in _ = try await client.query("CREATE TABLE t (x int)") }
      }

      // The primary is lost: its hub and its server stop; the standby is promoted and a hub
      // starts on it; the laptops are pointed at the new address with their tokens.
      await f.stopServing()
      f.cluster.stop()
      try standby.promote()
      let hub = try await Hub.open(HubDatabase(cluster: standby))
      let (url, server) = try await HubFixture.serve(hub, tls: f.tls)
      defer { server.cancel() }
      yangLink.url = url
      xingLink.url = url

      let before = try events(yang).count
      try f.takeIn(yang, "路灯不亮", name: "阳光居民3", at: "2026-11-28 11:00")
      let pushed = try await sync(yang, yangLink)
      // Only the new case went up: the promoted hub held everything sent before.
      #expect(pushed.pushedNew == (try events(yang).count) - before)
      #expect(pushed.pushedNew > 0)
      let pulled = try await sync(xing, xingLink)
      #expect(pulled.pulledNew == pushed.pushedNew)
      #expect(try events(xing) == events(yang))
      #expect(try await head(HubDatabase(cluster: standby)).count == (try events(yang).count))
      #expect(try yang.verify().ok)
      #expect(try xing.verify().ok)
      server.cancel()
      _ = await server.result
    }
  }

  func enroll(
    _ f: HubFixture, _ store: CaseStore, unit: String, name: String, street: Bool = false
  ) async throws -> HubLink {
    let code = try await f.hub.addLaptop(unit: unit, name: name, street: street, now: Date())
    let url = f.url
    let pin = f.tls?.pin
    return try await HubFixture.offPool {
      try store.enrollWithHub(url: url, code: code.code, pin: pin)
    }
  }

  @discardableResult
  func sync(_ store: CaseStore, _ link: HubLink) async throws -> HubSyncReport {
    try await HubFixture.offPool {
      try store.syncWithHub(link, transport: CurlHubTransport(), now: Date.init)
    }
  }

  /// The hub's event count and the hash of its last event.
  struct Head: Equatable {
    var count: Int
    var lastHash: String
  }

  func head(_ db: HubDatabase) async throws -> Head {
    try await db.run { client in
      let rows = try await client.query(
        """
        SELECT count(*)::bigint,
          coalesce((SELECT encode(hash, 'hex') FROM events ORDER BY num DESC LIMIT 1), '')
        FROM events
        """)
      var head = Head(count: 0, lastHash: "")
      for try await (count, hash) in rows.decode((Int64, String).self) {
        head = Head(count: Int(count), lastHash: hash)
      }
      return head
    }
  }

  func events(_ store: CaseStore) throws -> [String] {
    try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT uuid, hex(hash) FROM events ORDER BY uuid").map(
        \.description)
    }
  }
}
