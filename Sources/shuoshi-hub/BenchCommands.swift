import ArgumentParser
import Foundation
import ShuoshiHub

/// `shuoshi-hub bench …`: measurements on a hub's database (docs/HUB.md, docs/PERFORMANCE.md).
struct Bench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure the hub on its database.",
    subcommands: [BenchReport.self])
}

/// `shuoshi-hub bench report`: the street report, one unit's report and its 超期 list, timed.
struct BenchReport: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Time the street report, one unit's report and its overdue list (median of --runs).")

  @OptionGroup var database: DatabaseOptions
  @Option(help: "The month, YYYY-MM (default: this month, to date).") var month: String?
  @Option(help: "The unit whose report and overdue list are timed.") var unit: String
  @Option(help: "Runs of each (the median is reported).") var runs = 5

  func run() async throws {
    let now = HubReportBench.now(environment: ProcessInfo.processInfo.environment)
    let engine = try HubReportBench.engine()
    guard let period = HubReportBench.period(month: month, now: now, engine: engine) else {
      throw ValidationError("--month takes YYYY-MM, e.g. 2026-11")
    }
    let hub = try await database.open()
    let bench = HubReportBench(hub: hub, period: period, unit: unit, runs: runs, now: now)
    say(
      "hub holds \(try await bench.caseCount()) cases; now \(ISO8601DateFormatter().string(from: now))"
    )
    let figures = try await bench.run(engine: engine, progress: say)
    for line in HubReportBench.lines(figures) { say(line) }
  }
}
