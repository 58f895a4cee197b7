import Foundation
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// A pull sends a unit laptop its own unit's chains and the street office's, never another
/// unit's laptops' chains; the street office gets every chain.
@Suite(.serialized) struct HubScopeTests {
  @Test func aUnitLaptopPullsItsUnitsAndTheStreetOfficesChainsOnly() async throws {
    try await HubFixture.with { f in
      let names = ["阳光-1", "阳光-2", "幸福-1", "街道-1"]
      let units = ["阳光社区", "阳光社区", "幸福村", "街道办"]
      let stores = try names.indices.map {
        try f.laptop(names[$0], letter: ["A", "B", "C", "S"][$0])
      }
      var laptops: [HubLaptop] = []
      for i in names.indices {
        laptops.append(
          try await f.enroll(stores[i], unit: units[i], name: names[i], street: i == 3))
        try f.takeIn(
          stores[i], "\(units[i])的事\(i)", name: "居民\(names[i])", at: "2026-11-28 09:0\(i)")
        let batch = try stores[i].outgoingBatch(after: [:], devices: nil, limit: 100)
        _ = try await f.hub.push(batch.encoded(now: Date()), from: laptops[i], now: Date())
      }
      let devices = stores.map(\.info.deviceID)

      /// The chains a pull from `i` (holding only its own) brings, and the events that came
      /// with their personal records.
      func pull(_ i: Int) async throws -> (devices: Set<String>, whole: Set<String>) {
        let marks = try stores[i].deviceMarks()
        let batch = try await f.hub.pull(after: marks, for: laptops[i], now: Date())
        return (
          Set(batch.events.map(\.device)),
          Set(batch.events.filter { $0.personalBody != nil }.map(\.device))
        )
      }
      // 阳光-2: its unit-mate's chain whole, the street office's without another unit's records.
      let yang2 = try await pull(1)
      #expect(yang2.devices == [devices[0], devices[3]])
      #expect(yang2.whole == [devices[0]])
      // 幸福-1: the street office's chain only, nothing of 阳光社区's laptops.
      let xing = try await pull(2)
      #expect(xing.devices == [devices[3]])
      #expect(xing.whole.isEmpty)
      // The street office: every other chain, records and all.
      let street = try await pull(3)
      #expect(street.devices == Set(devices.prefix(3)))
      #expect(street.whole == Set(devices.prefix(3)))
    }
  }
}
