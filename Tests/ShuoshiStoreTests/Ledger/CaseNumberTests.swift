import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Case numbers never change: the number on a resident's receipt opens that case on every
/// laptop, before and after any sync. Laptops with letters never issue one number twice; the
/// numbers two laptops without letters did issue twice keep resolving.
@Suite("Case numbers across laptops")
struct CaseNumberTests {
  func take(_ laptops: Laptops, _ i: Int, _ text: String, name: String = "王大妈", at t: String)
    throws -> Case
  {
    try laptops[i].add(
      laptops.intake(text, name: name, at: t), engine: laptops.engine, by: laptops.actor(i),
      now: laptops.now(i, t))
  }

  @Test func twoLaptopsThatTookCasesTheSameMorningKeepEveryNumber() throws {
    let laptops = try Laptops(2)
    let a1 = try take(laptops, 0, "楼上漏水", at: "2026-12-07 09:00")
    let b1 = try take(laptops, 1, "路灯坏了", name: "李大爷", at: "2026-12-07 09:05")
    let a2 = try take(laptops, 0, "噪音扰民", at: "2026-12-07 09:10")
    let b2 = try take(laptops, 1, "垃圾没人清", name: "李大爷", at: "2026-12-07 09:20")
    #expect([a1.id, a2.id] == ["HJ-A-20261207-001", "HJ-A-20261207-002"])
    #expect([b1.id, b2.id] == ["HJ-B-20261207-001", "HJ-B-20261207-002"])
    let report = try laptops.sync(1, to: 0)
    try laptops.sync(0, to: 1)
    #expect(report.sharedNumbers.isEmpty)
    for i in 0..<2 {
      for c in [a1, a2, b1, b2] {
        let found = try laptops[i].find(c.id)
        #expect(found.uuid == c.uuid && found.id == c.id, "laptop \(i), \(c.id)")
        #expect(try laptops[i].sameNumber(as: found).isEmpty)
      }
      #expect(try laptops[i].verify().ok)
    }
    #expect(try laptops.dump(0) == laptops.dump(1))
    // The next case of the day on laptop B continues B's own numbers.
    let b3 = try take(laptops, 1, "井盖松动", at: "2026-12-07 11:00")
    #expect(b3.id == "HJ-B-20261207-003")
  }

  /// Two laptops without letters (set up before 0.2) both issued HJ-20261207-001. Neither
  /// number changes; each laptop opens its own case by it and lists the other.
  @Test func anOldNumberIssuedTwiceResolvesOnBothLaptops() throws {
    let laptops = try Laptops(2, letters: false)
    let a = try take(laptops, 0, "楼上漏水", at: "2026-12-07 09:00")
    let b = try take(laptops, 1, "路灯坏了", name: "李大爷", at: "2026-12-07 09:10")
    #expect(a.id == "HJ-20261207-001" && b.id == a.id)
    let intoA = try laptops.sync(1, to: 0)
    let intoB = try laptops.sync(0, to: 1)
    #expect(intoA.sharedNumbers == [SharedNumber(caseUUID: b.uuid, id: a.id, shownAs: a.id + "-2")])
    #expect(intoB.sharedNumbers == [SharedNumber(caseUUID: a.uuid, id: a.id, shownAs: a.id + "-2")])
    for (i, mine, other) in [(0, a, b), (1, b, a)] {
      let store = laptops[i]
      // The receipt printed here opens the case taken here, its row id untouched…
      let found = try store.lookup(a.id)
      #expect(found.uuid == mine.uuid && found.id == a.id)
      // …with the other case that carries the number listed, and reachable by its row id.
      let others = try store.sameNumber(as: found)
      #expect(others.map(\.uuid) == [other.uuid])
      #expect(try store.find(a.id + "-2").uuid == other.uuid)
      #expect(try store.sameNumber(as: others[0]).map(\.uuid) == [mine.uuid])
      #expect(try store.verify().ok)
    }
    // The console's search by the number lists both, for the worker to pick.
    var byNumber = CaseQuery()
    byNumber.number = a.id
    #expect(Set(try laptops[0].list(byNumber).map(\.uuid)) == [a.uuid, b.uuid])
    // Work on the cases later changes no number.
    _ = try laptops[0].perform(
      .assign(to: "张德明", note: nil), on: b.uuid.uuidString, engine: laptops.engine,
      by: laptops.actor(0), now: laptops.now(0, "2026-12-07 10:00"))
    try laptops.sync(0, to: 1)
    #expect(try laptops[0].find(b.uuid.uuidString).id == a.id + "-2")
    #expect(try laptops[1].find(b.uuid.uuidString).id == a.id)
    // The next case of that day takes the next free number.
    #expect(try take(laptops, 1, "噪音", at: "2026-12-07 11:00").id == "HJ-20261207-002")
  }

  /// On a third laptop neither case was taken: the number alone cannot say whose receipt it
  /// is, so the worker is asked to choose, each choice opening exactly one case.
  @Test func aThirdLaptopAsksWhichCaseANumberIssuedTwiceMeans() throws {
    let laptops = try Laptops(3, letters: false)
    let a = try take(laptops, 0, "楼上漏水", at: "2026-12-07 09:00")
    let b = try take(laptops, 1, "路灯坏了", at: "2026-12-07 09:10")
    try laptops.sync(0, to: 2)
    try laptops.sync(1, to: 2)
    var choices: [String] = []
    #expect {
      try laptops[2].lookup(a.id)
    } throws: {
      guard case StoreError.ambiguous(let id, let matches) = $0 else { return false }
      choices = matches
      return id == a.id
    }
    #expect(choices == [a.uuid.uuidString.lowercased(), a.id + "-2"])
    #expect(try choices.map { try laptops[2].lookup($0).uuid } == [a.uuid, b.uuid])
    // The console opens rows by their ids, each exactly one case.
    #expect(try laptops[2].find(a.id).uuid == a.uuid)
  }

  /// A store whose sync before 0.2 renamed its own case to `…-001-2` keeps that row id (the
  /// worker may have seen it since) and keeps opening it by it and by the receipt's number.
  @Test func anIDRenamedBeforeTheUpgradeKeepsResolving() throws {
    let laptops = try Laptops(2, letters: false)
    let a = try take(laptops, 0, "楼上漏水", at: "2026-12-07 09:00")
    let b = try take(laptops, 1, "路灯坏了", at: "2026-12-07 09:10")
    try laptops.sync(1, to: 0)
    // What the old projector left on laptop 0 had b's `created` ranked first: a renamed.
    try laptops[0].pool.write { db in
      try db.execute(
        sql: "UPDATE cases SET id = 'TMP' WHERE uuid = ?", arguments: [b.uuid.uuidString])
      try db.execute(
        sql: "UPDATE cases SET id = ? WHERE uuid = ?", arguments: [a.id + "-2", a.uuid.uuidString])
      try db.execute(
        sql: "UPDATE cases SET id = ? WHERE uuid = ?", arguments: [a.id, b.uuid.uuidString])
    }
    #expect(try laptops[0].find(a.id + "-2").uuid == a.uuid)
    #expect(try laptops[0].lookup(a.id).uuid == a.uuid)  // the receipt printed here
    #expect(try laptops[0].find(a.id).uuid == b.uuid)  // the row that holds the id
    // An undo replays the whole case (the projector writes its row afresh).
    for action in [Action.assign(to: "张德明", note: nil), .undo] {
      _ = try laptops[0].perform(
        action, on: a.uuid.uuidString, engine: laptops.engine, by: laptops.actor(0),
        now: laptops.now(0, "2026-12-07 10:00"))
    }
    #expect(try laptops[0].find(a.uuid.uuidString).id == a.id + "-2")
    #expect(try laptops[0].verify().ok)
  }

  @Test func aBundleWhoseLaptopClaimsALetterHeldHereIsRefused() throws {
    let laptops = try Laptops(0)
    try laptops.add(laptop: "A")
    try laptops.add(laptop: "A")
    try laptops.add(laptop: "B")
    _ = try take(laptops, 0, "楼上漏水", at: "2026-12-07 09:00")
    _ = try take(laptops, 1, "路灯坏了", at: "2026-12-07 09:10")
    let before = try laptops.eventUUIDs(0)
    #expect {
      try laptops.sync(1, to: 0)
    } throws: {
      guard case LedgerError.laptopLetterTaken(_, "HJ-A", let devices) = $0 else { return false }
      return devices == [laptops[0].info.deviceID, laptops[1].info.deviceID]
        && ($0 as? LedgerError)?.message(.zh).contains(String(devices[1].prefix(8))) == true
    }
    #expect(try laptops.eventUUIDs(0) == before)
    // A third laptop that knows neither refuses the second of them too.
    try laptops.sync(0, to: 2)
    #expect(throws: LedgerError.self) { try laptops.sync(1, to: 2) }
    // And `init --laptop` on laptop 2 cannot take a letter whose cases it holds.
    #expect(try laptops[2].laptopHolder("A") == laptops[0].info.deviceID)
    #expect(try laptops[2].laptopHolder("C") == nil)
    let env = ["HOME": laptops.root.path, "XDG_CONFIG_HOME": laptops.root.path + "/config"]
    let taken = SiteSetup(siteCode: "HJ", unitName: "六堰社区", operatorName: "王芳", laptop: "A")
    #expect(
      throws: StoreError.laptopTaken(
        letter: "A", device: String(laptops[0].info.deviceID.prefix(8)))
    ) {
      try taken.apply(over: UserConfig(), directory: laptops[2].directory, environment: env)
    }
    #expect(SiteSettings.load(from: laptops[2].directory) == nil)  // nothing written
    let free = SiteSetup(siteCode: "HJ", unitName: "六堰社区", operatorName: "王芳", laptop: "C")
    let store = try free.apply(
      over: UserConfig(), directory: laptops[2].directory, environment: env)
    #expect(store.info.laptop == "C")
  }
}
