import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi bench sweep`: the full sweep alone on a directory the caller copied, for a
/// profiler (`perf record -g -- shuoshi bench sweep …`) and for the split of its time between
/// the work in the transaction and the commit. Rolls back by default, so samples repeat on
/// the same directory.
struct BenchSweep: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract:
      "Time the full sweep alone after N days off (rolled back unless --commit; use a copy).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Days off before the sweep.") var days = 90
  @Option(help: "Samples (each rolled back).") var repeats = 3
  @Flag(help: "Commit the sweep (one sample; the directory is changed).") var commit = false

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      var context = context
      if StoreEncryption.isEncrypted(context.directory),
        try StoreEncryption.fromKeyFile(environment: context.environment) == nil
      {
        try context.signIn()
      }
      let trial = SweepTrial(
        directory: context.directory, engine: try context.engine(),
        now: context.now.addingTimeInterval(Double(days) * 86_400),
        encryption: try context.dataKey())
      var samples: [SweepTrial.Sample] = []
      for _ in 0..<(commit ? 1 : max(1, repeats)) {
        samples.append(try trial.sample(commit: commit))
      }
      guard let last = samples.last else { return }
      let words = context.strings
      let results = SweepTrial.timings(samples, days: days, commit: commit)
      if output.json { return try JSONOut.print(results) }
      print(BenchTable.render(results))
      print(words.benchSweep(last.outcome.escalatedCases, Int(Stopwatch.peakMemoryMB())))
      let pages = last.pages
      print(
        words.benchSweepPages(
          pages.missed, pages.hits, pages.written, pages.spilled,
          Int(pages.storageReadBytes >> 20), Int(pages.storageWrittenBytes >> 20)))
    }
  }
}
