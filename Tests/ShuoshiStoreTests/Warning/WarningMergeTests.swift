import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// One matter seen on two laptops becomes one warning, the same on both whatever the order:
/// two real stores raise 黄 each from their own wage complaints of one worksite, then exchange
/// real bundles.
@Suite("Warnings merged across laptops")
struct WarningMergeTests {
  /// Booth A's three and booth B's three, the same Saturday week, one worksite, six homes.
  static let boothA = [
    ("在宏达工地干了三个月，包工头拖欠工资不给", "七里垭村3组15号", "13700000001", 3, 9),
    ("宏达工地欠我们工资两个月了", "六堰社区2栋1单元301", "13700000002", 4, 10),
    ("宏达工地老板跑了，工资没结", "青山村1组2号", "13700000003", 5, 11),
  ]
  static let boothB = [
    ("宏达工地拖欠工资三个月了，老板不见人", "青山村2组8号", "13600000001", 3, 14),
    ("我在宏达工地干活，工资一直不给", "七里垭村5组3号", "13600000002", 4, 15),
    ("宏达工地的工资拖了两个月没发", "六堰社区5栋2单元102", "13600000003", 5, 16),
  ]

  /// Two laptops, each with its booth's three cases and its own 黄 warning.
  static func twoBooths(bFirst: Bool = false) throws -> (Laptops, [UUID], [UUID]) {
    let laptops = try Laptops(2)
    let f = StoreFixture()
    var ids: [[UUID]] = [[], []]
    for (i, booth) in [boothA, boothB].enumerated() {
      for (text, address, phone, day, hour) in booth {
        // `bFirst`: booth B's first complaint came in before booth A's.
        let h = bFirst ? (i == 1 ? hour - 6 : hour) : hour
        let c = try WarningStoreTests.save(
          laptops[i], f,
          WarningStoreTests.intake(text, address: address, phone: phone, day: day, hour: h))
        ids[i].append(c.uuid)
      }
    }
    return (laptops, ids[0], ids[1])
  }

  /// What a worker sees on laptop i: the warnings listed (all, closed ones too).
  static func shown(_ laptops: Laptops, _ i: Int) throws -> [Warning] {
    try laptops[i].warnings(all: true)
  }

  /// Both laptops show one warning, 橙, naming all six cases and households, the same one.
  static func expectOneWarning(_ laptops: Laptops, cases: Set<UUID>) throws -> Warning {
    let a = try shown(laptops, 0)
    let b = try shown(laptops, 1)
    #expect(a.count == 1 && b.count == 1)
    let w = try #require(a.first)
    let v = try #require(b.first)
    #expect(w.uuid == v.uuid)
    #expect(w.level == .orange && v.level == .orange)
    #expect(Set(w.cases) == cases && Set(v.cases) == cases)
    #expect(w.households == 6 && v.households == 6)
    #expect(w.state == v.state && w.party == "宏达工地")
    return w
  }

  @Test(arguments: [(0, 1), (1, 0)])
  func twoWarningsOfOneMatterBecomeOneOnBothLaptops(first: Int, second: Int) throws {
    let (laptops, a, b) = try Self.twoBooths()
    let own = try [Self.shown(laptops, 0), Self.shown(laptops, 1)]
    #expect(own.map(\.count) == [1, 1] && own.allSatisfy { $0[0].level == .yellow })
    try laptops.sync(first, to: second)
    try laptops.sync(second, to: first)
    let w = try Self.expectOneWarning(laptops, cases: Set(a + b))
    // The survivor is the warning of the earliest first complaint (booth A's a1 at 09:00).
    #expect(w.uuid == own[0][0].uuid)
    #expect(w.state == .open)
    // The absorbed one opens read-only, naming the survivor, on both laptops.
    for i in 0..<2 {
      let absorbed = try laptops[i].warning(matching: own[1][0].shortID)
      #expect(absorbed.mergedInto == w.uuid)
      #expect(absorbed.stateName(.zh) == "已并入 \(w.shortID)")
      #expect(throws: WarningError.merged(into: w.shortID)) {
        _ = try laptops[i].acknowledgeWarning(own[1][0].shortID, by: laptops.actor(i), now: Date())
      }
    }
    // Round trips add nothing: no third warning, no event loop.
    let events = try [laptops.eventUUIDs(0), laptops.eventUUIDs(1)]
    #expect(events[0] == events[1])
    try laptops.sync(0, to: 1)
    try laptops.sync(1, to: 0)
    #expect(try [laptops.eventUUIDs(0), laptops.eventUUIDs(1)] == events)
    #expect(try Self.expectOneWarning(laptops, cases: Set(a + b)).uuid == w.uuid)
  }

  @Test func bothLaptopsMergingAtTheSameTimeAgreeWhenTheyMeetAgain() throws {
    let (laptops, a, b) = try Self.twoBooths(bFirst: true)
    let wb = try #require(try laptops[1].warnings().first)
    // Each writes its bundle before seeing the other's, and each merges on its own.
    let fromA = try laptops.export(0)
    let fromB = try laptops.export(1)
    try laptops.importBundle(fromB, into: 0)
    try laptops.importBundle(fromA, into: 1)
    for i in 0..<2 { #expect(try laptops[i].warnings().count == 1) }
    try laptops.sync(0, to: 1)
    try laptops.sync(1, to: 0)
    let w = try Self.expectOneWarning(laptops, cases: Set(a + b))
    // Booth B's complaint came first: its warning survives on both.
    #expect(w.uuid == wb.uuid)
    let merges = try laptops[0].pool.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE kind = 'warning_merged'")
    }
    // One merge from each laptop (adopted on the other), never one per exchange.
    #expect(merges == 2)
    let events = try laptops.eventUUIDs(0)
    try laptops.sync(0, to: 1)
    try laptops.sync(1, to: 0)
    #expect(try laptops.eventUUIDs(0) == events && laptops.eventUUIDs(1) == events)
  }

  @Test(arguments: [false, true])
  func aWarningSetAsideOnOneSideOpensAgainAsOneLargerMatter(dismiss: Bool) throws {
    let (laptops, a, b) = try Self.twoBooths()
    let wa = try #require(try laptops[0].warnings().first)
    if dismiss {
      _ = try laptops[0].dismissWarning(
        wa.shortID, reason: "老板已答应月底结清", by: laptops.actor(0), now: Date())
    } else {
      _ = try laptops[0].acknowledgeWarning(wa.shortID, by: laptops.actor(0), now: Date())
    }
    try laptops.sync(1, to: 0)
    try laptops.sync(0, to: 1)
    let w = try Self.expectOneWarning(laptops, cases: Set(a + b))
    #expect(w.uuid == wa.uuid && w.state == .open)
  }

  @Test func aWarningTakenOnKeepsItsGroupCaseAndSurvives() throws {
    // Booth B's came first, but booth A already formed a group case of its three.
    let (laptops, a, b) = try Self.twoBooths(bFirst: true)
    let wa = try #require(try laptops[0].warnings().first)
    let taken = try laptops[0].takeOnWarning(
      wa.shortID, engine: laptops.engine, by: laptops.actor(0), now: Date())
    try laptops.sync(1, to: 0)
    try laptops.sync(0, to: 1)
    let w = try Self.expectOneWarning(laptops, cases: Set(a + b))
    #expect(w.uuid == wa.uuid && w.state == .takenOn && w.groupCase == taken.group.uuid)
    // Booth B's cases are named on the warning; they join the group case only through the
    // group-case use case, by a worker.
    for i in 0..<2 {
      let group = try laptops[i].groupChildren(of: taken.group)
      #expect(Set(group.map(\.uuid)) == Set(a))
    }
  }

  @Test func threeLaptopsPassingBundlesAlongAChainEndWithOneWarning() throws {
    let (laptops, a, b) = try Self.twoBooths()
    try laptops.add(laptop: "C")
    let f = StoreFixture()
    var c: [UUID] = []
    for (i, text) in ["宏达工地拖欠我们三个月工资", "宏达工地的包工头不给工资", "宏达工地工资半年没结清"]
      .enumerated()
    {
      c.append(
        try WarningStoreTests.save(
          laptops[2], f,
          WarningStoreTests.intake(
            text, address: "青山村\(i + 4)组1号", phone: "1350000000\(i)", day: 4, hour: 9 + i)
        ).uuid)
    }
    // A → B → C → A → B: every laptop has seen every other's warning by the end.
    for (i, j) in [(0, 1), (1, 2), (2, 0), (0, 1)] { try laptops.sync(i, to: j) }
    let shown = try (0..<3).map { try laptops[$0].warnings(all: true) }
    #expect(shown.map(\.count) == [1, 1, 1])
    let uuids = Set(shown.compactMap { $0.first?.uuid })
    #expect(uuids.count == 1)
    for w in shown.compactMap(\.first) {
      #expect(Set(w.cases) == Set(a + b + c) && w.households == 9 && w.level == .orange)
    }
    #expect(try laptops[1].warning(matching: uuids.first!.uuidString).stateName(.en) == "open")
  }

  @Test func theMergeAndTheUnionRaiseAreEventsBoundedInABundle() throws {
    let survivor = UUID()
    let merged = EventPayload.warningMerged(.init(survivor: survivor))
    #expect(merged.json == #"{"survivor":"\#(survivor.uuidString)"}"#)
    #expect(try EventPayload(kind: .warningMerged, json: merged.json) == merged)
    func raised(absorbing n: Int) -> Event {
      let p = EventPayload.warningRaised(
        .init(level: .orange, absorbed: (0..<n).map { _ in UUID() }))
      return Event(
        caseUUID: UUID(), kind: .warningRaised, at: Date(), operator: "王芳",
        device: UUID().uuidString.lowercased(), seq: 1, data: p.data)
    }
    let most = WarningMergeStep.maxGroup
    try BundleEventCheck.check(raised(absorbing: most))
    #expect(
      throws: BundleEventCheck.Problem(
        field: "data.absorbed", reason: .field(.tooLong(max: most, found: most + 1)))
    ) {
      try BundleEventCheck.check(raised(absorbing: most + 1))
    }
  }
}

/// The hub path: a batch is merged by the same import as a bundle, so it folds alike.
@Suite("Warnings merged through the hub's batches")
struct WarningMergeHubTests {
  /// What `shuoshi sync --hub` carries from laptop i to laptop j: the events j lacks.
  static func batch(_ laptops: Laptops, _ i: Int, to j: Int) throws {
    let marks = try laptops[j].deviceMarks()
    let data = try laptops[i].outgoingBatch(after: marks, devices: nil, limit: 10_000)
      .encoded(now: Date())
    _ = try laptops[j].importBatch(
      data, source: "hub", now: Date(), options: BundleImportOptions())
  }

  @Test func twoWarningsOfOneMatterBecomeOneThroughBatches() throws {
    let (laptops, a, b) = try WarningMergeTests.twoBooths()
    let wa = try #require(try laptops[0].warnings().first)
    try Self.batch(laptops, 1, to: 0)
    try Self.batch(laptops, 0, to: 1)
    let w = try WarningMergeTests.expectOneWarning(laptops, cases: Set(a + b))
    #expect(w.uuid == wa.uuid)
  }
}
