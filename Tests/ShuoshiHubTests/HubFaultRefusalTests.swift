import Foundation
import PostgresNIO
import ShuoshiCore
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// The hostile requests of the drills, over HTTP as a laptop (or an impostor) sends them: each
/// is refused with its status and logged in `refusals`, and nothing of it is stored; a batch
/// replayed adds nothing (a laptop's retry depends on that).
@Suite(.serialized) struct HubFaultRefusalTests {
  @Test func hostileRequestsAreRefusedAndLogged() async throws {
    try await HubFixture.with(serving: true) { f in
      let a = try f.laptop("阳光-1", letter: "A")
      let b = try f.laptop("幸福-1", letter: "B")
      let linkA = try await HubFaultDrillTests.link(f, a, unit: "阳光社区", name: "阳光-1", url: f.url)
      let linkB = try await HubFaultDrillTests.link(f, b, unit: "幸福村", name: "幸福-1", url: f.url)
      for i in 0..<3 { try f.takeIn(a, "楼道灯坏了第\(i)盏", name: "王大妈", at: "2026-11-28 09:0\(i)") }
      try f.takeIn(b, "村道积水", name: "赵幸福", at: "2026-11-28 09:00")
      let batchA = try a.outgoingBatch(after: [:], devices: nil, limit: 100).encoded(now: Date())
      let url = f.url
      let pin = f.tls?.pin
      func send(_ token: String?, _ body: Data) async throws -> Int {
        try await HubFixture.offPool {
          try CurlHubTransport().send(
            "POST", "/v1/push", base: url, token: token, pin: pin, body: body
          )
          .status
        }
      }
      func count(_ sql: String) async throws -> Int {
        var n = -1
        for try await c in try await f.hub.db.client.query(PostgresQuery(unsafeSQL: sql)).decode(
          Int.self)
        {
          n = c
        }
        return n
      }

      // A wrong token, and none at all.
      #expect(try await send(String(repeating: "f", count: 64), batchA) == 401)
      #expect(try await send(nil, batchA) == 401)
      // Another unit's laptop pushing this unit's chain (a batch it copied).
      #expect(try await send(linkB.token, batchA) == 403)
      // A tampered batch: one resident's words changed, the hashes kept.
      let tampered = Data(
        String(decoding: batchA, as: UTF8.self).replacingOccurrences(of: "第1盏", with: "第9盏").utf8)
      #expect(try await send(linkA.token, tampered) == 400)
      // Not a batch at all.
      #expect(try await send(linkA.token, Data("{\"events\": 7}".utf8)) == 400)
      #expect(try await count("SELECT count(*)::int8 FROM events") == 0)

      // The real batch, then the same batch replayed: stored once.
      #expect(try await send(linkA.token, batchA) == 200)
      let held = try await count("SELECT count(*)::int8 FROM events")
      #expect(held == (try a.eventCount()))
      #expect(try await send(linkA.token, batchA) == 200)
      #expect(try await count("SELECT count(*)::int8 FROM events") == held)

      // A revoked laptop's token.
      try await f.hub.revoke(name: "阳光-1", now: Date())
      #expect(try await send(linkA.token, batchA) == 401)

      let refusals = try await f.hub.refusals()
      #expect(refusals.count == 6, "\(refusals)")
      #expect(refusals.filter { $0.reason == "token unknown or revoked" }.count == 3)
      #expect(refusals.contains { $0.laptop == "幸福-1" && $0.reason.contains("not of its unit") })
      #expect(
        refusals.filter { $0.laptop == "阳光-1" && $0.reason.hasPrefix("batch refused") }.count == 2)
    }
  }
}
