import Foundation
import PostgresNIO
import Testing

@testable import ShuoshiHub

/// Enrolment codes are one-time and expire; tokens are stored hashed and die with a revocation.
@Suite(.serialized) struct HubEnrolmentTests {
  @Test func codesTokensAndRevocation() async throws {
    try await HubFixture.with { f in
      let hub = f.hub
      let now = Date()
      let device = UUID().uuidString.lowercased()
      let code = try await hub.addLaptop(unit: "阳光社区", name: "阳光-1", now: now)
      #expect(code.code.count == 14)  // 1234-5678-9012
      await #expect(throws: HubError.laptopNameTaken("阳光-1")) {
        _ = try await hub.addLaptop(unit: "阳光社区", name: "阳光-1", now: now)
      }
      // Typed with spaces instead of dashes, the code still counts.
      let spaced = code.code.replacingOccurrences(of: "-", with: " ")
      let token = try await hub.enroll(code: spaced, device: device, now: now)
      #expect(token.count == 64)
      // Spent.
      await #expect(throws: HubError.badCode) {
        _ = try await hub.enroll(code: code.code, device: device, now: now)
      }
      let laptop = try #require(await hub.laptop(token: token))
      #expect(laptop.name == "阳光-1" && laptop.unit == "阳光社区" && laptop.device == device)
      #expect(try await hub.laptop(token: String(repeating: "0", count: 64)) == nil)
      // Only the hash is at rest.
      var stored: [Data] = []
      for try await h in try await hub.db.client.query("SELECT token_hash FROM tokens").decode(
        Data.self)
      {
        stored.append(h)
      }
      #expect(stored == [Hub.digest(token)])
      #expect(!stored.contains(Data(token.utf8)))

      // Expired.
      let late = try await hub.addLaptop(unit: "幸福村", name: "幸福-1", now: now)
      await #expect(throws: HubError.badCode) {
        _ = try await hub.enroll(
          code: late.code, device: UUID().uuidString.lowercased(),
          now: now.addingTimeInterval(Hub.codeLifetime + 1))
      }
      // A device enrolled once cannot become a second laptop.
      let second = try await hub.addLaptop(unit: "幸福村", name: "幸福-2", now: now)
      await #expect(throws: HubError.deviceTaken) {
        _ = try await hub.enroll(code: second.code, device: device, now: now)
      }

      try await hub.revoke(name: "阳光-1", now: now)
      #expect(try await hub.laptop(token: token) == nil)
      await #expect(throws: HubError.noSuchLaptop("阳光-1")) {
        try await hub.revoke(name: "阳光-1", now: now)
      }
    }
  }
}
