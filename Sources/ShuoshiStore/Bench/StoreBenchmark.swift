import Foundation
import ShuoshiCore

/// The store-level benchmark behind `shuoshi bench run`: the operations a worker waits on,
/// each repeated and summarised. Runs against a generated data directory; writes go to it
/// (saves, sweeps), and the full sweep runs on throw-away copies.
public struct StoreBenchmark {
  public let directory: DataDirectory
  public let engine: CaseEngine
  public let now: Date
  public var repeats: Int
  /// The key of an encrypted directory (issue 16); nil for a plain one.
  public var encryption: StoreEncryption?

  public init(
    directory: DataDirectory, engine: CaseEngine, now: Date, repeats: Int = 30,
    encryption: StoreEncryption? = nil
  ) {
    self.directory = directory
    self.engine = engine
    self.now = now
    self.repeats = repeats
    self.encryption = encryption
  }

  /// Queries worth timing at any size: a 2-, 3- and 4-character Chinese term and a phone tail.
  public static let searches = [
    ("2 字", "漏水"), ("3 字", "天花板"), ("4 字", "拖欠工资"), ("电话尾号", "5678"),
    ("拼音首字母", "wgl"), ("拼音首字母", "wxy"), ("全拼", "wangxiuying"),
  ]

  /// The timings, and the pages the durable saves wrote and read (`SavePages`).
  public func run(extra: (CaseStore) throws -> [Timings] = { _ in [] }) throws -> (
    [Timings], SavePages
  ) {
    var results: [Timings] = []
    // Open and first queue page: what the console does before its first paint. The tab
    // counts come after the first frame (`App.performPendingWork`), timed on their own.
    var store: CaseStore! = nil
    results.append(
      try Stopwatch.repeatMs("open + first queue page (first paint)", max(5, repeats / 3)) { _ in
        store = try CaseStore.open(directory, create: false, encryption: encryption)
        _ = try store.list(CaseQuery.open, limit: 40)
      })
    results.append(
      try Stopwatch.repeatMs("tab counts (after the first paint)", max(5, repeats / 3)) { _ in
        _ = try store.queueCounts(now: now)
      })
    results.append(
      try Stopwatch.repeatMs("filter first page (tier+state+overdue)", repeats) { i in
        var q = CaseQuery()
        q.tiers = [Tier.allCases[i % 3]]
        q.states = CaseState.running
        q.overdueAt = now
        _ = try store.list(q, limit: 40)
      })
    // The console's queue in attention order, and each view's first page and count.
    for (label, query) in views(at: now) {
      results.append(
        try Stopwatch.repeatMs("attention first page \(label)", repeats) { _ in
          _ = try store.list(query, limit: 40)
        })
      results.append(
        try Stopwatch.repeatMs("view count \(label)", repeats) { _ in
          _ = try store.count(query)
        })
    }
    for (label, term) in Self.searches {
      results.append(
        try Stopwatch.repeatMs("search first page \(label) “\(term)”", repeats) { _ in
          var q = CaseQuery()
          q.search = term
          _ = try store.list(q, limit: 40)
        })
    }
    let actor = Actor("bench")
    let (saves, pages) = try timeSaves(store, by: actor)
    results += saves
    results.append(
      try Stopwatch.repeatMs("incremental sweep (one minute later)", repeats) { i in
        _ = try store.sweep(
          engine: engine, by: actor, now: now.addingTimeInterval(Double(60 * (i + 1))))
      })
    results += try extra(store)
    return (results, pages)
  }

  /// The console's tabs that read in attention order (`QueueTab`): 待办, the three views, a
  /// tier, 全部.
  func views(at now: Date) -> [(String, CaseQuery)] {
    var tier = CaseQuery.open
    tier.tiers = [.district]
    return [
      ("待办", CaseQuery.open), ("超期", .late(at: now)),
      ("临期", .dueSoon(at: now, calendar: engine.calendar)),
      ("升级待派", .escalatedUnassigned(at: now)), ("片区", tier), ("全部", CaseQuery()),
    ].map { ($0.0, $0.1.inAttentionOrder(at: now)) }
  }

  /// The sweep after the laptop was off for `days`: every case due in between escalates, tier
  /// by tier as far as it is late. Measured on copies so each sample starts from the same
  /// state. Each copy is written by SQLite's online backup, so its pages were just written
  /// through the page cache: a warm figure (the file as it is on a laptop in use). `cold`
  /// flushes the copy and drops it from the page cache first (`SweepColdCopy`): the figure
  /// after a reboot, when every page the sweep touches is read from the disk. Returns timings (named with the cases moved and the tiers they climbed),
  /// the number of cases escalated and the pages the last sample moved (`SweepPages`).
  public func fullSweep(days: Int, copies: Int, cold: Bool = false) throws -> (
    Timings, Int, SweepPages
  ) {
    var samples: [Double] = []
    var escalated = 0
    var cases = 0
    var pages = SweepPages()
    for i in 0..<copies {
      let copyDir = DataDirectory(
        url: directory.url.deletingLastPathComponent()
          .appendingPathComponent(".bench-sweep-\(i)-\(getpid())"))
      defer { try? FileManager.default.removeItem(at: copyDir.url) }
      try CaseStore.open(directory, create: false, encryption: encryption)
        .backup(to: copyDir, encryption: encryption)
      if cold { SweepColdCopy.evict(copyDir.databaseURL.path) }
      let copy = try CaseStore.open(copyDir, create: false, encryption: encryption)
      let later = now.addingTimeInterval(Double(days) * 86_400)
      let ((outcome, ms), counted) = try SweepPages.count(on: copy.pool) {
        try Stopwatch.ms { try copy.sweep(engine: engine, by: Actor("bench"), now: later) }
      }
      samples.append(ms)
      pages = counted
      escalated = outcome.escalated.count
      cases = outcome.escalatedCases
    }
    let name =
      "full sweep after \(days) days off\(cold ? ", cold file" : "") (\(cases) cases, \(escalated) tiers)"
    return (Timings(name: name, samplesMs: samples), cases, pages)
  }
}
