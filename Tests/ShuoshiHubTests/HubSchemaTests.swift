import Foundation
import PostgresNIO
import Testing

@testable import ShuoshiHub

/// The hub's schema: migrations once each, an append-only event log.
@Suite(.serialized) struct HubSchemaTests {
  @Test func migrationsApplyOnceAndTheLogRefusesChanges() async throws {
    try await HubFixture.with { f in try await migrationsAndAppendOnly(f) }
  }

  func migrationsAndAppendOnly(_ f: HubFixture) async throws {
    #expect(try await f.hub.migrations() == HubSchema.migrations.map(\.id))
    // A second open (a restarted hub) applies nothing again and keeps its identity.
    let again = try await Hub.open(f.hub.db)
    #expect(try await again.migrations() == HubSchema.migrations.map(\.id))
    #expect(again.device == f.hub.device)

    let store = try f.laptop("阳光-1", letter: "A")
    let laptop = try await f.enroll(store, unit: "阳光社区", name: "阳光-1")
    try f.takeIn(store, "楼道灯坏了", name: "王大妈", at: "2026-11-28 09:00")
    let batch = try store.outgoingBatch(after: [:], devices: nil, limit: 100)
    _ = try await f.hub.push(batch.encoded(now: Date()), from: laptop, now: Date())
    for sql in [
      "UPDATE events SET operator = 'x'", "DELETE FROM events", "TRUNCATE events CASCADE",
    ] {
      await #expect(throws: PSQLError.self) {
        try await f.hub.db.client.query(PostgresQuery(unsafeSQL: sql))
      }
    }
    var count = 0
    for try await n in try await f.hub.db.client.query("SELECT count(*) FROM events").decode(
      Int.self)
    {
      count = n
    }
    #expect(count == batch.events.count)
  }
}
