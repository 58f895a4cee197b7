import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Bundles crafted by a hostile peer with the format in hand (issue #12, findings 1, 2, 7):
/// consistent to the last hash, refused whole by the importer's own rules, the ledger
/// unchanged and still verifying.
@Suite("Ledger bundles: hostile peers")
struct HostileBundleTests {
  /// Laptop 0 has two cases (one assigned), laptop 1 one case of its own; `url` is laptop
  /// 0's full bundle.
  func setup() throws -> (Laptops, URL) {
    let laptops = try Laptops(2)
    for (n, name) in ["欧阳秀兰", "司马建国"].enumerated() {
      let c = try laptops[0].add(
        laptops.intake("楼上漏水第\(n)次", name: name, phone: "1390000123\(n)", at: "2026-11-28 09:00"),
        engine: laptops.engine, by: laptops.actor(0), now: Date())
      if n == 0 {
        _ = try laptops[0].perform(
          .assign(to: "张德明", note: "尽快"), on: c.id, engine: laptops.engine, by: laptops.actor(0),
          now: Date())
      }
    }
    _ = try laptops[1].add(
      laptops.intake("路灯坏了", name: "本机居民", at: "2026-11-28 08:00"), engine: laptops.engine,
      by: laptops.actor(1), now: Date())
    return (laptops, try laptops.export(0))
  }

  /// Imports `url` into laptop 1, expecting `check` to accept the refusal; the ledger must be
  /// unchanged and verify.
  func expectRefused(
    _ laptops: Laptops, _ url: URL, options: BundleImportOptions = BundleImportOptions(),
    _ check: (LedgerError) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try laptops.dump(1)
    do {
      let r = try laptops.importBundle(url, into: 1, options: options)
      Issue.record("imported \(r.added) events", sourceLocation: sourceLocation)
    } catch let e as LedgerError {
      #expect(check(e), "\(e)", sourceLocation: sourceLocation)
      #expect(e.exitCode == 8, sourceLocation: sourceLocation)
      #expect(e.message(.zh).contains("未导入任何内容"), sourceLocation: sourceLocation)
      #expect(e.message(.en).contains("nothing imported"), sourceLocation: sourceLocation)
      #expect(e.message(.zh).count < 400, sourceLocation: sourceLocation)
    }
    #expect(try laptops.dump(1) == before, sourceLocation: sourceLocation)
    #expect(try laptops[1].verify().ok, sourceLocation: sourceLocation)
  }

  func forged(_ laptops: Laptops, _ name: String, _ edit: (inout BundleForge) throws -> Void)
    throws -> URL
  {
    var forge = try BundleForge(try laptops.export(0))
    try edit(&forge)
    let url = laptops.root.url.appendingPathComponent(name)
    try forge.write(to: url)
    return url
  }

  func lastOfChain(_ f: BundleForge) -> Int {
    f.payload.events.indices.max { f.payload.events[$0].seq < f.payload.events[$1].seq }!
  }

  func maxHLC(_ store: CaseStore) throws -> Int64 {
    try store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(hlc) FROM events") ?? 0 }
  }

  // MARK: - Finding 1: the clock

  /// Regression: an event with hlc 2^63−1 imported with a warning; every later local event
  /// then wrapped to −2^63 and verify failed for good. 2^62 moved the clock to ~year 4199.
  @Test(arguments: [Int64.max, Int64(1) << 62, Int64.max - 0xFFFF])
  func aFarFutureClockIsRefusedAndNeverAdopted(hlc: Int64) throws {
    let (laptops, _) = try setup()
    var device = ""
    var seq: Int64 = 0
    let url = try forged(laptops, "future.ssb") { f in
      let i = lastOfChain(f)
      f.payload.events[i].hlc = hlc
      (device, seq) = (f.payload.events[i].device, f.payload.events[i].seq)
    }
    let clockBefore = try maxHLC(laptops[1])
    try expectRefused(laptops, url) {
      guard case .clockAhead(_, let d, let s, let claimed, let hours) = $0 else { return false }
      return d == device && s == seq && claimed == HLC(raw: hlc).physical && hours == 24
    }
    let message = LedgerError.clockAhead(
      path: url.path, device: device, seq: seq, claimed: HLC(raw: hlc).physical, limitHours: 24)
    #expect(message.message(.zh).contains(String(device.prefix(8))))
    #expect(message.message(.en).contains(String(device.prefix(8))))
    #expect(try maxHLC(laptops[1]) == clockBefore)
    // A later local event still has a sane clock, and the ledger verifies.
    _ = try laptops[1].add(
      laptops.intake("又一件事", at: "2026-11-28 10:00"), engine: laptops.engine, by: laptops.actor(1),
      now: Date())
    let physical = HLC(raw: try maxHLC(laptops[1])).physical
    #expect(abs(Double(physical) / 1000 - Date().timeIntervalSince1970) < 60)
    #expect(try laptops[1].verify().ok)
  }

  /// The skew rule at its edge: a minute inside is taken (and the clock follows), a minute
  /// past is refused; a setting of one hour refuses both.
  @Test func theSkewRuleHoldsAtItsEdge() throws {
    let (laptops, _) = try setup()
    let now = Date()
    func at(_ seconds: TimeInterval) -> Int64 {
      HLC(physical: Millis.from(now.addingTimeInterval(seconds))).raw
    }
    let past = try forged(laptops, "past.ssb") { f in
      f.payload.events[lastOfChain(f)].hlc = at(BundleLimits.defaultClockSkew + 60)
    }
    try expectRefused(laptops, past) {
      if case .clockAhead = $0 { return true } else { return false }
    }
    let inside = try forged(laptops, "inside.ssb") { f in
      f.payload.events[lastOfChain(f)].hlc = at(BundleLimits.defaultClockSkew - 60)
    }
    try expectRefused(laptops, inside, options: BundleImportOptions(clockSkew: 3600)) {
      if case .clockAhead(_, _, _, _, 1) = $0 { return true } else { return false }
    }
    let report = try laptops.importBundle(inside, into: 1, now: now)
    #expect(report.added == report.received && report.added > 0 && report.clockAhead != nil)
    #expect(try laptops[1].verify().ok)
  }

  /// Even a clock at the very end (taken here only because the skew was lifted) never wraps:
  /// the next local write is refused with a message and the ledger still verifies.
  @Test func aClockAtItsEndRefusesTheNextWriteInsteadOfWrapping() throws {
    let (laptops, _) = try setup()
    let url = try forged(laptops, "end.ssb") { f in f.payload.events[lastOfChain(f)].hlc = .max }
    _ = try laptops.importBundle(url, into: 1, options: BundleImportOptions(clockSkew: .infinity))
    let before = try laptops.dump(1)
    #expect(throws: StoreError.clockOutOfRange(physical: HLC.physicalRange.upperBound)) {
      _ = try laptops[1].add(
        laptops.intake("又一件事", at: "2026-11-28 10:00"), engine: laptops.engine,
        by: laptops.actor(1), now: Date())
    }
    #expect(try laptops.dump(1) == before)
    #expect(try laptops[1].verify().ok)
    #expect(try maxHLC(laptops[1]) == .max)
    let message = StoreError.clockOutOfRange(physical: HLC.physicalRange.upperBound)
    #expect(message.message(.zh).contains("超出可记录的范围") && message.exitCode == 9)
  }

  /// Negative readings (what the wrapped clock wrote) are refused likewise.
  @Test(arguments: [Int64(-1), Int64.min])
  func aNegativeClockIsRefused(hlc: Int64) throws {
    let (laptops, _) = try setup()
    let url = try forged(laptops, "negative.ssb") { f in f.payload.events[0].hlc = hlc }
    try expectRefused(laptops, url) {
      if case .badClock = $0 { return true } else { return false }
    }
  }

  // MARK: - Finding 2: own chain and identities

  /// Regression: a bundle could append events to the importing laptop's own chain (its
  /// device id, next sequence number and head hash, under its operator's name), and `show`
  /// listed a note this laptop never wrote.
  @Test func aBundleCannotAppendToTheImportersOwnChain() throws {
    let (laptops, _) = try setup()
    // The attacker (laptop 0) holds laptop 1's chain from an honest bundle.
    try laptops.sync(1, to: 0)
    var forge = try BundleForge(try laptops.export(0))
    let victim = laptops[1].info.deviceID
    let head = forge.payload.events.filter { $0.device == victim }.max { $0.seq < $1.seq }!
    var note = EventData()
    note.text = "本机从未写过这条备注"
    let event = Event(
      caseUUID: UUID(uuidString: head.entity)!, kind: .noted, at: Date(), operator: "工作人员1",
      device: victim, seq: head.seq + 1, hlc: HLC(raw: head.hlc + 1),
      parents: [UUID(uuidString: head.uuid)!], data: note)
    let sealed = StoredEvent.seal(event, prevHash: Hex.decode(head.hash)!)
    forge.payload.events.append(BundleEvent(sealed))
    let url = laptops.root.url.appendingPathComponent("own-chain.ssb")
    try forge.bytes().write(to: url)  // consistent as it is: no rechaining
    try expectRefused(laptops, url) { $0 == .ownChain(path: url.path, seq: head.seq + 1) }
    // Its own events, already here and identical, still pass: laptop 1 takes laptop 0's
    // honest bundle that relays them.
    let honest = try laptops.importBundle(laptops.export(0), into: 1)
    #expect(honest.added > 0 && honest.received > honest.added)
  }

  @Test func deviceIdsAndSiteMustBeOnesALaptopMakes() throws {
    let (laptops, _) = try setup()
    for bad in ["../../etc", "", "ABC", UUID().uuidString, "\u{1B}]0;pwned\u{07}"] {
      let chain = try forged(laptops, "device.ssb") { f in
        for i in f.payload.events.indices { f.payload.events[i].device = bad }
      }
      try expectRefused(laptops, chain) {
        if case .badIdentity(_, "device", bad) = $0 { return true } else { return false }
      }
      let claimed = try forged(laptops, "claimed.ssb") { f in f.payload.device = bad }
      try expectRefused(laptops, claimed) {
        if case .badIdentity(_, "device", bad) = $0 { return true } else { return false }
      }
    }
    for bad in ["", "H", "TOOLONG", "H/J", "火箭"] {
      let site = try forged(laptops, "site.ssb") { f in f.payload.site = bad }
      try expectRefused(laptops, site) {
        if case .badIdentity(_, "site", bad) = $0 { return true } else { return false }
      }
    }
    #expect(
      !LedgerError.badIdentity(path: "p", field: "device", value: "\u{1B}]0;x\u{07}")
        .message(.en).unicodeScalars.contains { $0.value < 0x20 })
  }

  /// A chain renamed to another laptop's id is a fork of that laptop's chain.
  @Test func aChainCannotPassItselfOffAsAnotherLaptops() throws {
    let (laptops, _) = try setup()
    try laptops.add()
    _ = try laptops[2].add(
      laptops.intake("井盖丢了", at: "2026-11-28 08:00"), engine: laptops.engine, by: laptops.actor(2),
      now: Date())
    try laptops.sync(2, to: 1)
    let other = laptops[2].info.deviceID
    let url = try forged(laptops, "other.ssb") { f in
      for i in f.payload.events.indices { f.payload.events[i].device = other }
    }
    try expectRefused(laptops, url) {
      if case .fork(other, _) = $0 { return true } else { return false }
    }
  }

  // MARK: - Finding 7: ids, texts, sizes

  @Test(arguments: [
    "../../..", "\u{1B}[2J", String(repeating: "H", count: 5_000), "", "HJ-2026-001",
  ])
  func caseIdsOutsideTheGrammarAreRefused(id: String) throws {
    let (laptops, _) = try setup()
    var device = ""
    let url = try forged(laptops, "ids.ssb") { f in
      let i = f.first(.created)
      device = f.payload.events[i].device
      try f.editData(i) { $0.caseID = id }
    }
    try expectRefused(laptops, url) {
      guard case .invalidEvent(_, device, _, "data.caseID", .notACaseID) = $0 else {
        return false
      }
      return true
    }
  }

  @Test func caseIdGrammar() {
    for good in [
      "HJ-20261128-007", "LY01-20261128-1000", "hj-20261128-001", "HJ-20261128-001-2",
      "HJ-A-20261128-007", "HJ-7-20261128-001", "LY01-Z-20261128-1000",
    ] {
      #expect(IDFormat.isCaseID(good), "\(good)")
    }
    for bad in [
      "HJ-20261128-07", "H-20261128-001", "HJ-2026112-001", "HJ-20261128-001-",
      "HJ-20261128-001-2-3", "HJ-a-20261128-001", "HJ-AB-20261128-001", "HJ-A-B-20261128-001",
      "HJ-A-20261128", "HJ--20261128-001", "HJ-Ａ-20261128-001",
      "HJ-20261128-00１", "HJ-20261128-001\n", "火箭-20261128-001",
    ] {
      #expect(!IDFormat.isCaseID(bad), "\(bad)")
    }
  }

  /// Regression: a 51 MB grievance imported (734 MB, the console froze 22 s opening it).
  @Test func textsBeyondTheirBoundsAreRefusedNotTruncated() throws {
    let (laptops, _) = try setup()
    let edits: [(String, (inout EventData) -> Void)] = [
      ("data.text", { $0.text = String(repeating: "漏", count: 20_001) }),
      ("data.resident.name", { $0.resident?.name = "王\u{1B}]0;pwned\u{07}" }),
      ("data.resident.name", { $0.resident?.name = String(repeating: "王", count: 65) }),
      ("data.resident.phone", { $0.resident?.phone = String(repeating: "1", count: 33) }),
      ("data.resident.address", { $0.resident?.address = String(repeating: "栋", count: 201) }),
      ("data.text", { $0.text = "OSC 52 \u{1B}]52;c;cm0gLXJmIH4=\u{07}" }),
      // A correction's old and new values (更正) are bounded like the grievance.
      ("data.before", { $0.before = "王\u{1B}]0;pwned\u{07}" }),
      ("data.after", { $0.after = String(repeating: "漏", count: 20_001) }),
    ]
    for (field, edit) in edits {
      let url = try forged(laptops, "text.ssb") { f in try f.editPersonal(f.first(.created), edit) }
      try expectRefused(laptops, url) {
        guard case .invalidEvent(_, _, _, let f, _) = $0 else { return false }
        return f == field
      }
    }
    // The grievance one char past the bound, named in both languages.
    let long = try forged(laptops, "long.ssb") { f in
      try f.editPersonal(f.first(.created)) { $0.text = String(repeating: "漏", count: 20_001) }
    }
    try expectRefused(laptops, long) {
      guard case .invalidEvent(_, _, _, "data.text", let p) = $0,
        p == .field(.tooLong(max: 20_000, found: 20_001))
      else { return false }
      return $0.message(.zh).contains("20001 个字，最多 20000 个")
        && $0.message(.en).contains("20001 characters, at most 20000")
    }
    let op = try forged(laptops, "operator.ssb") { f in f.payload.events[0].operator = "x\u{9B}2J" }
    try expectRefused(laptops, op) {
      if case .invalidEvent(_, _, _, "operator", _) = $0 { return true } else { return false }
    }
    // At the bound, with line breaks and tabs, a text is taken.
    let fits = try forged(laptops, "fits.ssb") { f in
      try f.editPersonal(f.first(.created)) {
        $0.text = "第一行\n第二行\t" + String(repeating: "漏", count: 20_000 - 8)
      }
    }
    #expect(try laptops.importBundle(fits, into: 1).added > 0)
    #expect(try laptops[1].verify().ok)
  }

  @Test func tooManyEventsOfOneCaseAreRefusedBeforeDecoding() throws {
    let (laptops, url) = try setup()
    var forge = try BundleForge(url)
    let one = forge.payload.events[0]
    forge.payload.events = Array(repeating: one, count: BundleLimits.maxEventsPerCase + 1)
    let big = laptops.root.url.appendingPathComponent("many.ssb")
    try forge.bytes().write(to: big)
    try expectRefused(laptops, big) {
      if case .tooManyEvents(_, one.entity, BundleLimits.maxEventsPerCase + 1, _) = $0 {
        return true
      } else {
        return false
      }
    }
  }

  @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
    let (laptops, _) = try setup()
    let url = laptops.root.url.appendingPathComponent("huge.ssb")
    _ = FileManager.default.createFile(atPath: url.path, contents: Data("SHUOSHIB".utf8))
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: UInt64(BundleLimits.maxFileBytes) + 1)  // sparse: no disk used
    try handle.close()
    try expectRefused(laptops, url) {
      $0
        == .bundleTooLarge(
          path: url.path, bytes: BundleLimits.maxFileBytes + 1, limit: BundleLimits.maxFileBytes)
    }
  }
}
