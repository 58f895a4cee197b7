import Foundation
import ShuoshiCore

/// The benchmark behind `shuoshi bench long-case`: one case with a long history, then the
/// actions a worker takes on it and the bundle imports that carry it to another laptop. An
/// action should cost what it needs, not a replay of the history (issue 12, finding 5).
public struct LongCaseBenchmark {
  public let directory: DataDirectory
  public let engine: CaseEngine
  public let now: Date
  public var events: Int
  public var repeats: Int

  public init(directory: DataDirectory, engine: CaseEngine, now: Date, events: Int, repeats: Int) {
    self.directory = directory
    self.engine = engine
    self.now = now
    self.events = events
    self.repeats = repeats
  }

  static let site = "BX"

  /// The long case of the store, built in one bulk transaction when the store has none:
  /// notes, with a reassignment every tenth event and a visit every tenth. Returns its id.
  public func prepare() throws -> String {
    let store = try CaseStore.open(directory, siteCode: Self.site)
    if let c = try store.list(CaseQuery(), limit: 1).first { return c.id }
    let start = now.addingTimeInterval(-Double(events + 10) * 60)
    let intake = Intake(
      resident: Resident(name: "测试长案", phone: "13900001234", address: "六堰社区1栋1单元101"),
      text: "楼道灯坏了，反复报修", receivedAt: start)
    let id = CaseIDs.prefix(site: Self.site, day: engine.calendar.civilDate(of: start)) + "001"
    let uuid = UUID()
    var history: [Event] = []
    func add(_ kind: EventKind, _ data: EventData, _ i: Int) {
      history.append(
        Event(
          caseUUID: uuid, kind: kind, at: start.addingTimeInterval(Double(i) * 60),
          operator: "bench", device: "", seq: 0, data: data))
    }
    for (i, draft) in try engine.intake(intake, caseID: id).enumerated() {
      add(draft.kind, draft.data, i)
    }
    var i = history.count
    while history.count < events {
      var d = EventData()
      switch i % 10 {
      case 0:
        d.assignee = "网格员\(i % 7)"
        add(.assigned, d, i)
      case 5:
        d.reason = "上门查看"
        d.minutes = 10
        add(.visited, d, i)
      default:
        d.reason = "第\(i)次跟进：已联系物业"
        add(.noted, d, i)
      }
      i += 1
    }
    try store.bulkInsert([history])
    return id
  }

  /// Times actions on the long case `id`, then two imports into a second laptop (`peer`, an
  /// empty directory): the whole case, and — after both laptops wrote on it — the new part.
  public func run(id: String, peer: DataDirectory) throws -> [Timings] {
    let store = try CaseStore.open(directory, create: false)
    let actor = Actor("bench")
    var t = now
    func tick() -> Date {
      t = t.addingTimeInterval(1)
      return t
    }
    var results: [Timings] = []
    results.append(
      try Stopwatch.repeatMs("note", repeats) { i in
        _ = try store.perform(.note("跟进\(i)"), on: id, engine: engine, by: actor, now: tick())
      })
    results.append(
      try Stopwatch.repeatMs("assign", repeats) { i in
        _ = try store.perform(
          .assign(to: "网格员\(i % 5)", note: nil), on: id, engine: engine, by: actor, now: tick())
      })
    results.append(
      try Stopwatch.repeatMs("undo (replays the history)", max(3, repeats / 10)) { _ in
        _ = try store.perform(.undo, on: id, engine: engine, by: actor, now: tick())
      })
    results.append(
      try Stopwatch.repeatMs("read the case and its history", max(3, repeats / 10)) { _ in
        _ = try store.history(of: try store.find(id))
      })
    results.append(try imports(store, id: id, peer: peer, at: tick))
    return results
  }

  /// Bundle imports into `peer`: the whole case, then (after both laptops wrote on it, so the
  /// history has two devices and concurrent events) the other laptop's new events.
  func imports(_ store: CaseStore, id: String, peer: DataDirectory, at tick: () -> Date) throws
    -> Timings
  {
    let other = try CaseStore.open(peer, siteCode: "QX")
    let options = ExportOptions(secret: .passphrase("bench"), kdf: .minimum)
    let bundle = peer.url.appendingPathComponent("bench.bundle")
    var samples: [Double] = []
    for round in 0..<2 {
      try? FileManager.default.removeItem(at: bundle)
      _ = try store.exportBundle(to: bundle, options: options, now: tick())
      samples.append(
        try Stopwatch.ms {
          _ = try other.importBundle(from: bundle, passphrase: { "bench" }, now: tick())
        }.1)
      guard round == 0 else { break }
      _ = try other.perform(
        .note("另一台电脑的备注"), on: id, engine: engine, by: Actor("peer"), now: tick())
      _ = try store.perform(.note("本机的备注"), on: id, engine: engine, by: Actor("bench"), now: tick())
    }
    return Timings(name: "bundle import (whole case, then two-laptop update)", samplesMs: samples)
  }
}
