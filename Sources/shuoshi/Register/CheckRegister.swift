import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi check-register`: every grid against "1包50户" / "1包15户", and the gaps that leave a
/// tier without an owner. Exits 9 when a grid is over capacity (warnings alone exit 0).
struct CheckRegister: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-register",
    abstract: "Check grids against 1包50户 (community) / 1包15户 (village); exit 9 when one is over.",
    discussion: """
      Lists every grid with its households, its limit and its head. A grid over its limit is a
      flag (✗) and makes the command exit 9; a grid without a head, a unit without committee
      staff, no 片区 coordinator or street office, or households in no grid are warnings (!).
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  struct JSON: Encodable {
    let units: Int
    let households: Int
    let people: Int
    let grids: [GridLoadJSON]
    let flags: [String]
    let warnings: [String]
    let ok: Bool
  }

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let report = try store.checkRegister()
      let lang = context.lang
      let flags = report.findings.filter(\.isFlag).map { $0.text(lang) }
      let warnings = report.findings.filter { !$0.isFlag }.map { $0.text(lang) }
      if output.json {
        try JSONOut.print(
          JSON(
            units: report.units, households: report.households, people: report.people,
            grids: report.loads.map(GridLoadJSON.init), flags: flags, warnings: warnings,
            ok: flags.isEmpty))
      } else {
        print(text(report, context))
        for f in flags { print("✗ " + f) }
        for w in warnings { print("! " + w) }
        if flags.isEmpty {
          print(context.strings.gridsWithinLimit)
        }
      }
      if !flags.isEmpty { throw ExitCode(11) }
    }
  }

  func text(_ r: RegisterCheckReport, _ context: AppContext) -> String {
    let s = OutputStrings.forLang(context.lang)
    let header = s.capacityColumns
    let rows = r.loads.map { l in
      [
        l.unit?.name ?? "—", l.grid.name, l.head ?? "—", "\(l.households)", "\(l.limit)",
        "\(l.openCases)", l.isOver ? s.overMark : "",
      ]
    }
    let summary = s.registerTotals(r.units, r.loads.count, r.households, r.people)
    return TextTable.render([header] + rows, maxWidths: [12, 12, 10, 10, 6, 6, 10]) + "\n" + summary
  }
}
