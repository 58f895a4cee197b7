import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A store and a bundle written by the previous release (`Tests/Fixtures/v0.1`, see its
/// README) keep opening, verifying and reading the same with the current code.
@Suite("Previous release: store and bundle of v0.1")
struct PreviousReleaseTests {
  static let folder = EngineFixture.root.appendingPathComponent("Tests/Fixtures/v0.1")
  static let passphrase = "shuoshi-fixture-v0.1"

  /// A copy of the fixture store in a temporary data directory (the fixture stays untouched).
  func copied(_ f: StoreFixture) throws -> CaseStore {
    try FileManager.default.createDirectory(at: f.data.url, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.folder.appendingPathComponent("shuoshi.db"), to: f.data.databaseURL)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o600], ofItemAtPath: f.data.databaseURL.path)
    return try CaseStore.open(f.data, create: false)
  }

  func expected(_ name: String) throws -> [[String: Any]] {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    return try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  }

  /// The fields of `show --json` that the projection and the log decide.
  func checkCase(_ store: CaseStore, _ json: [String: Any]) throws {
    let id = try #require(json["id"] as? String)
    let c = try store.find(id)
    #expect(c.uuid.uuidString.lowercased() == (json["uuid"] as? String)?.lowercased())
    #expect(c.state.rawValue == json["state"] as? String, "\(id)")
    #expect(c.tier.rawValue == json["tier"] as? String, "\(id)")
    #expect(c.tierAtIntake.rawValue == json["tier_at_intake"] as? String, "\(id)")
    #expect(c.category == json["category"] as? String, "\(id)")
    #expect(c.assignee == json["assignee"] as? String, "\(id)")
    #expect(c.volunteer == json["volunteer"] as? String, "\(id)")
    #expect(c.rating?.rawValue == json["rating"] as? String, "\(id)")
    #expect(c.escalations == json["escalations"] as? Int, "\(id)")
    #expect(c.reopenCount == json["reopen_count"] as? Int, "\(id)")
    #expect(c.summary == json["summary"] as? String, "\(id)")
    #expect(c.text == json["text"] as? String, "\(id)")
    let resident = try #require(json["resident"] as? [String: Any])
    #expect(c.resident.name == resident["name"] as? String, "\(id)")
    #expect(c.resident.address == resident["address"] as? String, "\(id)")
    let history = try #require(json["history"] as? [[String: Any]])
    let events = try store.history(of: c)
    #expect(
      events.map { "\($0.kind.rawValue) \($0.device) \($0.seq) \($0.operator)" }
        == history.map {
          "\($0["type"] as? String ?? "") \($0["device"] as? String ?? "") \($0["seq"] as? Int ?? 0) \($0["operator"] as? String ?? "")"
        }, "\(id)")
  }

  @Test func theStoreOpensVerifiesAndReadsAsRecorded() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try copied(f)
    let report = try store.verify()
    #expect(report.ok, "\(report.problems)")
    #expect(report.chains.count == 2)
    let shown = try expected("expected-show.json")
    #expect(shown.count == 4)
    for json in shown { try checkCase(store, json) }
    let listed = try expected("expected-list.json").compactMap { $0["id"] as? String }
    #expect(!listed.isEmpty)
    #expect(try store.list(CaseQuery(), limit: 100).map(\.id) == listed)
    // The erased resident stays erased; the conflict stays settled.
    #expect(try store.find("HJ-20261128-004").resident.name.isEmpty)
    #expect(try store.conflicts().isEmpty)
  }

  @Test func theBundleImportsIntoAFreshStore() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open(site: "QX")
    let result = try store.importBundle(
      from: Self.folder.appendingPathComponent("bundle.shuoshi"), passphrase: { Self.passphrase },
      now: EngineFixture.at("2026-12-15 12:00"))
    #expect(result.casesTouched >= 4)
    let report = try store.verify()
    #expect(report.ok, "\(report.problems)")
    for json in try expected("expected-show.json") { try checkCase(store, json) }
  }
}
