import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi warnings take-on ID`: 转办 — the warning's cases become one group case (母案/子案)
/// at the tier its level asks for, in one transaction with the warning's `warning_taken_on`.
struct WarningsTakeOn: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "take-on",
    abstract: "Take on a warning (转办): its cases become one group case with one owner.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "The warning's short id or UUID.") var warning: String

  func run() throws {
    try WarningRun.guarded(global) { context in
      let engine = try context.deadlineEngine()
      let store = try context.openStore(create: false)
      let taken = try store.takeOnWarning(
        warning, engine: engine, by: context.actor, now: context.now)
      if output.json {
        var json = WarningJSON(taken.warning, cases: nil)
        json.group_case = taken.group.id
        return try JSONOut.print(json)
      }
      let s = WarningCLIStrings.forLang(context.lang)
      print(
        s.takenOn(
          taken.group.id, taken.warning.cases.count, taken.group.tier.name(context.lang))
          + WarningText.line(taken.warning, context.lang))
    }
  }
}
