import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi conflicts`: cases two laptops changed concurrently, with every version.
struct Conflicts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conflicts",
    abstract: "List conflicts between laptops: concurrent changes of one case's same field.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let items = try context.openStore(create: false).conflicts()
      if output.json {
        try JSONOut.print(items.map(ConflictJSON.init))
        return
      }
      if items.isEmpty {
        print(context.strings.noConflicts)
        return
      }
      let text = LedgerText(lang: context.lang, rules: engine.rules)
      for item in items {
        print(text.conflict(item, calendar: engine.calendar).joined(separator: "\n"))
      }
      print(
        context.strings.settleHint)
    }
  }
}

/// `shuoshi settle ID --keep N`: keep one version of a conflict; the others stay in history.
struct Settle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settle",
    abstract: "Settle a conflict by keeping one version (recorded as an event; undo reverses it).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "The version to keep: its number in `conflicts`, or a prefix of its event id.")
  var keep: String
  @Option(help: "Which conflict, when a case has several: assignee | state | tier | rating.")
  var field: String?
  @Option(help: "Why this version is kept (recorded with the settlement).") var reason: String?

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let f = try field.map { raw in
        guard let f = LedgerField(rawValue: raw.lowercased()) else {
          throw UsageProblem(
            zh: "无效字段“\(raw)”：可用 assignee/state/tier/rating",
            en: "invalid field \"\(raw)\": use assignee|state|tier|rating")
        }
        return f
      }
      let c = try store.settle(
        id, keep: keep, field: f, reason: reason, by: context.actor, now: context.now)
      if output.json {
        try JSONOut.print(
          CaseJSON(
            c, history: try store.history(of: c), rules: engine.rules, lang: context.lang,
            now: context.now, maskPhone: true))
      } else {
        print(
          context.strings.settled(
            c.id, c.tier.name(context.lang), c.state.name(context.lang), c.assignee))
      }
    }
  }
}
