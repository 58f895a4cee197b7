import Foundation
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// Pushes are checked as a bundle is: idempotent, order-independent, all or nothing.
@Suite(.serialized) struct HubPushTests {
  @Test func idempotentOrderIndependentAndAllOrNothing() async throws {
    try await HubFixture.with { f in
      let a = try f.laptop("阳光-1", letter: "A")
      let laptop = try await f.enroll(a, unit: "阳光社区", name: "阳光-1")
      for i in 0..<6 {
        try f.takeIn(a, "楼道灯坏了第\(i)盏", name: "王大妈", at: "2026-11-28 09:0\(i)")
      }
      let all = try a.outgoingBatch(after: [:], devices: nil, limit: 100)
      let n = all.events.count
      let first = LedgerBatch(
        device: all.device, site: all.site, events: Array(all.events.prefix(n / 2)))
      let rest = LedgerBatch(
        device: all.device, site: all.site, events: Array(all.events.dropFirst(n / 2)))
      // The later half first: a gap in the chain, refused whole.
      await #expect(throws: HubError.self) {
        _ = try await f.hub.push(rest.encoded(now: Date()), from: laptop, now: Date())
      }
      #expect(try await f.hub.pushMarks(for: laptop)[a.info.deviceID] == 0)
      let r1 = try await f.hub.push(first.encoded(now: Date()), from: laptop, now: Date())
      #expect(r1.added == n / 2)
      // The whole again: only the new half is added; then nothing.
      let r2 = try await f.hub.push(all.encoded(now: Date()), from: laptop, now: Date())
      #expect(r2.added == n - n / 2)
      let r3 = try await f.hub.push(all.encoded(now: Date()), from: laptop, now: Date())
      #expect(r3.added == 0 && r3.received == n)
      #expect(try await f.hub.pushMarks(for: laptop)[a.info.deviceID] == Int64(n))

      // One tampered event (its text changed, hash kept) refuses the whole batch.
      try f.takeIn(a, "垃圾没人清", name: "李大爷", at: "2026-11-28 10:00")
      let more = try a.outgoingBatch(after: [a.info.deviceID: Int64(n)], devices: nil, limit: 100)
      var json = String(decoding: more.encoded(now: Date()), as: UTF8.self)
      json = json.replacingOccurrences(of: "垃圾没人清", with: "垃圾有人清")
      await #expect(throws: HubError.self) {
        _ = try await f.hub.push(Data(json.utf8), from: laptop, now: Date())
      }
      #expect(try await f.hub.pushMarks(for: laptop)[a.info.deviceID] == Int64(n))
      let refusals = try await f.hub.refusals()
      #expect(refusals.count == 2)
      #expect(refusals.allSatisfy { $0.laptop == "阳光-1" })

      // The projection: the laptops' own fold, one row per case.
      var cases = 0
      for try await c in try await f.hub.db.client.query(
        "SELECT count(*) FROM hub_cases WHERE unit = '阳光社区'"
      ).decode(Int.self) {
        cases = c
      }
      #expect(cases == 6)
    }
  }

  @Test func aLaptopPushingAnotherUnitsChainIsRefusedAndLogged() async throws {
    try await HubFixture.with { f in
      let a = try f.laptop("阳光-1", letter: "A")
      let b = try f.laptop("幸福-1", letter: "B")
      let laptopA = try await f.enroll(a, unit: "阳光社区", name: "阳光-1")
      _ = try await f.enroll(b, unit: "幸福村", name: "幸福-1")
      try f.takeIn(b, "村道积水", name: "赵幸福", at: "2026-11-28 09:00")
      let batch = try b.outgoingBatch(after: [:], devices: nil, limit: 100)
      await #expect(throws: HubError.foreignChain(laptop: "阳光-1", device: b.info.deviceID)) {
        _ = try await f.hub.push(batch.encoded(now: Date()), from: laptopA, now: Date())
      }
      let refusals = try await f.hub.refusals()
      #expect(refusals.count == 1)
      #expect(refusals.first?.reason.contains("not of its unit") == true)
    }
  }
}
