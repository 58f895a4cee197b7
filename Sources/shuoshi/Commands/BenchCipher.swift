import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi bench cipher`: the page cipher alone (no store, no disk), the libcrypto cipher the
/// encrypted store uses against the swift-crypto one it replaced (issue 16).
struct BenchCipher: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cipher",
    abstract:
      "Time the page cipher alone: pages sealed and opened per second (use a release build).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Pages per timed sample (1–100000).") var pages = 2000
  @Option(help: "Timed samples of each operation (1–1000).") var repeats = 20

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let strings = CipherBenchStrings.forLang(context.lang)
      let bench = PageCipherBenchmark(pagesPerSample: pages, repeats: repeats)
      let results: [Timings]
      do {
        results = try bench.run()
      } catch let failure as PageCipherBenchmark.Mismatch {
        throw UsageProblem(
          zh: strings.failed(failure.description), en: strings.failed(failure.description))
      }
      if output.json { return try JSONOut.print(results) }
      print(strings.sample(bench.pagesPerSample, bench.repeats))
      print(BenchTable.render(results))
      for r in results {
        let perSecond = Double(bench.pagesPerSample) / (r.median / 1000)
        print(strings.rate(r.name, Int(perSecond), Int(perSecond * 4096 / 1_048_576)))
      }
    }
  }
}
