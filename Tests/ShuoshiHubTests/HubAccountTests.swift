import Foundation
import Testing

@testable import ShuoshiHub

/// Browser accounts: scrypt hashes, login failures delayed after five, sessions ending when
/// idle 30 min or 8 h after login, logout.
@Suite(.serialized) struct HubAccountTests {
  @Test func accountsLoginsAndSessions() async throws {
    try await HubFixture.with { f in try await run(f) }
  }

  func run(_ f: HubFixture) async throws {
    let hub = f.hub
    _ = try await hub.addLaptop(unit: "阳光社区", name: "阳光-1", now: Date())
    try await hub.addUser(
      name: "王主任", role: .street, unit: nil, password: "街道办公室2026", cost: .minimum)
    try await hub.addUser(
      name: "李书记", role: .unit, unit: "阳光社区", password: "sunshine-77", cost: .minimum)
    await #expect(throws: HubAccountError.weakPassword) {
      try await hub.addUser(name: "赵", role: .street, unit: nil, password: "1234", cost: .minimum)
    }
    await #expect(throws: HubAccountError.unknownUnit("幸福村", known: ["阳光社区"])) {
      try await hub.addUser(
        name: "赵", role: .unit, unit: "幸福村", password: "xingfu-2026", cost: .minimum)
    }
    await #expect(throws: HubAccountError.unitNeeded) {
      try await hub.addUser(name: "赵", role: .unit, unit: nil, password: "xingfu-2026")
    }
    await #expect(throws: HubAccountError.nameTaken("王主任")) {
      try await hub.addUser(
        name: "王主任", role: .street, unit: nil, password: "街道办公室2026", cost: .minimum)
    }
    #expect(try await hub.users().map(\.name) == ["王主任", "李书记"])

    // Stored as scrypt, never the password or a plain hash of it.
    var stored = ""
    for try await p in try await hub.db.client.query(
      "SELECT password FROM hub_users WHERE name = '王主任'"
    ).decode(String.self) {
      stored = p
    }
    #expect(stored.hasPrefix("scrypt$10$8$1$"))
    #expect(!stored.contains("街道办公室2026"))
    #expect(HubAccountPassword.matches("街道办公室2026", stored: stored))
    #expect(!HubAccountPassword.matches("街道办公室2025", stored: stored))

    // Five wrong passwords: then even the right one waits five minutes.
    let t0 = Date(timeIntervalSince1970: 1_796_000_000)
    for i in 0..<5 {
      await #expect(throws: HubAccountError.badLogin) {
        _ = try await hub.login(name: "李书记", password: "wrong-\(i)", now: t0)
      }
    }
    await #expect(throws: HubAccountError.locked(until: t0.addingTimeInterval(300))) {
      _ = try await hub.login(name: "李书记", password: "sunshine-77", now: t0.addingTimeInterval(60))
    }
    await #expect(throws: HubAccountError.badLogin) {
      _ = try await hub.login(name: "没有这个人", password: "sunshine-77", now: t0)
    }
    let later = t0.addingTimeInterval(301)
    let token = try await hub.login(name: "李书记", password: "sunshine-77", now: later)
    let account = try #require(try await hub.account(session: token, now: later))
    #expect(account.name == "李书记" && account.scope == "阳光社区")
    #expect(account.maySee(unit: "阳光社区") && !account.maySee(unit: "幸福村"))
    // The failures were reset by the success: one wrong try does not lock.
    await #expect(throws: HubAccountError.badLogin) {
      _ = try await hub.login(name: "李书记", password: "nope", now: later)
    }
    _ = try await hub.login(name: "李书记", password: "sunshine-77", now: later)

    // Only the token's SHA-256 is stored.
    var hashes: [Data] = []
    for try await h in try await hub.db.client.query("SELECT token_hash FROM hub_sessions").decode(
      Data.self)
    {
      hashes.append(h)
    }
    #expect(hashes.contains(Hub.digest(token)))
    #expect(!hashes.contains(Data(token.utf8)))

    // Idle 29 minutes at a time keeps it alive up to 8 hours after login, not past.
    var now = later
    for _ in 0..<16 {
      now = now.addingTimeInterval(29 * 60)
      #expect(try await hub.account(session: token, now: now) != nil)
    }
    now = now.addingTimeInterval(29 * 60)  // 8 h 13 min after login
    #expect(try await hub.account(session: token, now: now) == nil)

    // Idle 30 minutes ends a session.
    let second = try await hub.login(name: "王主任", password: "街道办公室2026", now: later)
    #expect(try await hub.account(session: second, now: later.addingTimeInterval(1799)) != nil)
    #expect(
      try await hub.account(session: second, now: later.addingTimeInterval(1799 + 1800)) == nil)

    // Logout and removal end sessions at once.
    let third = try await hub.login(name: "王主任", password: "街道办公室2026", now: later)
    try await hub.logout(session: third)
    #expect(try await hub.account(session: third, now: later) == nil)
    let fourth = try await hub.login(name: "王主任", password: "街道办公室2026", now: later)
    try await hub.removeUser(name: "王主任")
    #expect(try await hub.account(session: fourth, now: later) == nil)
    await #expect(throws: HubAccountError.noSuchUser("王主任")) {
      try await hub.removeUser(name: "王主任")
    }
  }
}
