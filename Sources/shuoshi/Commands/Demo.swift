import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi demo`: fill an empty data directory with a realistic demo street.
struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Create a demo street (3 communities, 2 villages, ~2,000 cases over six months).")

  @OptionGroup var global: GlobalOptions
  @Option(help: "How many cases.") var cases = 2000
  @Option(help: "Random seed (the same seed and day give the same data).") var seed: UInt64 =
    20_261_128

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let count = try DemoLoader.load(context, cases: cases, seed: seed)
      print(
        context.strings.demoCreated(count, context.directory.path))
    }
  }
}

enum DemoLoader {
  /// Creates the demo in the context's data directory, which must hold no cases yet.
  static func load(_ context: AppContext, cases: Int = 2000, seed: UInt64 = 20_261_128) throws
    -> Int
  {
    let engine = try context.engine()
    let store = try CaseStore.open(
      context.directory, siteCode: DemoStreet().siteCode, encryption: try context.dataKey())
    guard try store.isEmpty() else {
      throw UsageProblem(
        zh: "数据目录 \(context.directory.path) 已有案件；演示数据只能装入空目录（用 --data 指定新目录）",
        en:
          "\(context.directory.path) already holds cases; the demo needs an empty directory (use --data)"
      )
    }
    // The register first (data/demo/*.csv), so cases get real households and owners.
    try DemoRegister.load(
      into: store, resources: context.resources, by: Actor(context.strings.demoActor),
      now: context.now)
    let count = try DemoGenerator(caseCount: cases, seed: seed).generate(
      into: store, engine: engine, now: context.now)
    // The grids' 排查 rounds, one grid having missed the last period.
    try DemoRounds.record(into: store, engine: engine, now: context.now, seed: seed)
    return count
  }
}
