import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi bench`: generate synthetic data at any size and time what a worker waits on.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmarks: generate synthetic data, then time queue, search, save and sweep.",
    subcommands: [
      BenchGenerate.self, BenchRun.self, BenchSweep.self, BenchLongCase.self, BenchWarnings.self,
      BenchCipher.self,
    ])
}

struct BenchGenerate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Fill an empty data directory with N realistic synthetic cases (~5 events each).")

  @OptionGroup var global: GlobalOptions
  @Option(help: "How many cases.") var cases = 100_000
  @Option(help: "Spread intake over this many days before now (default: cases/600, at least 182).")
  var days: Int?
  @Option(help: "Random seed.") var seed: UInt64 = 7

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let engine = try context.engine()
      let store = try CaseStore.open(
        context.directory, siteCode: DemoStreet().siteCode, encryption: try context.dataKey())
      guard try store.isEmpty() else {
        throw UsageProblem(
          zh: "数据目录已有案件，请指定新的 --data 目录",
          en: "the data directory already holds cases; use a new --data")
      }
      let span = days ?? max(182, cases / 600)
      let generator = DemoGenerator(caseCount: cases, days: span, seed: seed)
      let (count, ms) = try Stopwatch.ms {
        try generator.generate(into: store, engine: engine, now: context.now) {
          [total = cases] done in
          Stderr.warn("  \(done) / \(total)")
        }
      }
      let events = try store.eventCount()
      print(
        context.strings.benchGenerated(count, events, Int(ms / 1000), context.directory.path))
    }
  }
}

struct BenchRun: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Time the operations on a generated data directory (use a release build).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Repetitions of each timed operation.") var repeats = 30
  @Option(name: .customLong("sweep-days"), help: "Days off before the full sweep.") var sweepDays =
    10
  @Option(name: .customLong("sweep-copies"), help: "Copies for the full-sweep samples.")
  var sweepCopies = 3
  @Flag(
    name: .customLong("sweep-cold"),
    help: "Drop each sweep copy from the page cache first (the figure after a reboot).")
  var sweepCold = false

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      var context = context
      // An encrypted directory opens with the signed-in operator's key (or a key file).
      if StoreEncryption.isEncrypted(context.directory),
        try StoreEncryption.fromKeyFile(environment: context.environment) == nil
      {
        try context.signIn()
      }
      let engine = try context.engine()
      let key = try context.dataKey()
      let bench = StoreBenchmark(
        directory: context.directory, engine: engine, now: context.now, repeats: repeats,
        encryption: key)
      let cases = try CaseStore.open(context.directory, create: false, encryption: key)
        .count(CaseQuery())
      let (timings, savePages) = try bench.run()
      var results = timings
      let (sweep, escalated, pages) = try bench.fullSweep(
        days: sweepDays, copies: sweepCopies, cold: sweepCold)
      results.append(sweep)
      if output.json {
        try JSONOut.print(results)
        return
      }
      print(context.strings.benchCases(cases))
      print(BenchTable.render(results))
      print(
        context.strings.benchSweep(escalated, Int(Stopwatch.peakMemoryMB())))
      print(
        context.strings.benchSweepPages(
          pages.missed, pages.hits, pages.written, pages.spilled,
          Int(pages.storageReadBytes >> 20), Int(pages.storageWrittenBytes >> 20)))
      print(
        context.strings.benchSavePages(
          savePages.saves, savePages.writtenPerSave, savePages.missedPerSave,
          savePages.hitsPerSave))
    }
  }
}

struct BenchLongCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "long-case",
    abstract:
      "Time actions on one case with a long history, and the imports that carry it (use a release build)."
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Events in the case's history.") var events = 20_000
  @Option(help: "Repetitions of each timed action.") var repeats = 30

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let bench = LongCaseBenchmark(
        directory: context.directory, engine: try context.engine(), now: context.now,
        events: events, repeats: repeats)
      let (id, buildMs) = try Stopwatch.ms { try bench.prepare() }
      let peer = DataDirectory(
        url: FileManager.default.temporaryDirectory.appendingPathComponent(
          "shuoshi-bench-peer-\(UUID().uuidString.prefix(8))"))
      defer { try? FileManager.default.removeItem(at: peer.url) }
      let results = try bench.run(id: id, peer: peer)
      if output.json {
        try JSONOut.print(results)
        return
      }
      print(context.strings.benchLongCase(id, events, Int(buildMs)))
      print(BenchTable.render(results))
      print(context.strings.benchPeak(Int(Stopwatch.peakMemoryMB())))
    }
  }
}

/// Benchmark results as a Markdown table (pasted into docs/PERFORMANCE.md).
enum BenchTable {
  static func render(_ results: [Timings]) -> String {
    func f(_ x: Double) -> String { String(format: x < 10 ? "%.2f" : "%.1f", x) }
    var lines = [
      "| operation | n | median ms | p99 ms | min | max |", "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results {
      lines.append(
        "| \(r.name) | \(r.samplesMs.count) | \(f(r.median)) | \(f(r.p99)) | \(f(r.min)) | \(f(r.max)) |"
      )
    }
    return lines.joined(separator: "\n")
  }
}

/// `shuoshi bench warnings`: linking per save and a full re-scan (docs/PERFORMANCE.md, "Early
/// warning"). The re-scan rewrites the matter tables: run it on a copy of a data directory.
struct BenchWarnings: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "warnings",
    abstract: "Time linking per save and a full warning re-scan (writes: use a copy).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Newest cases to link one by one.") var samples = 200
  @Option(help: "Days back the re-scan reads.") var days = 90

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try CaseStore.open(context.directory, create: false)
      let bench = WarningBenchmark(store: store, rules: engine.rules.warning, now: context.now)
      let (rescan, report) = try bench.rescan(days: days)
      // After the re-scan the matter tables are full, as on a laptop in use.
      let derived = try bench.linkPerSave(samples: samples, storedProfiles: false)
      let link = try bench.linkPerSave(samples: samples)
      let results =
        rescan + [derived, link] + (try bench.saveThenLink(samples: samples, engine: engine))
      if output.json { return try JSONOut.print(results) }
      print(BenchTable.render(results))
      print(
        WarningCLIStrings.forLang(context.lang).rescanned(
          report.cases, report.matters, report.raised))
    }
  }
}
