import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

// 更正, 作废, 恢复 (issue 15): each one event through the store's one use case (`CaseStore.correct`,
// `void`, `restore`), which the console's `E` and `X` call too.

/// Runs a correction, void or restore and prints the outcome: the new history line, then the
/// case's standing as the other case commands print it.
enum CorrectionRun {
  static func run(
    _ global: GlobalOptions, _ output: OutputOptions,
    _ body: @escaping (AppContext, CaseStore, CaseEngine) throws -> (Case, String?)
  ) throws {
    try Run.guarded(global) { context in
      let engine = try context.deadlineEngine()
      let store = try context.openStore(create: false)
      let (c, said) = try body(context, store, engine)
      let history = try store.history(of: c)
      if output.json {
        try JSONOut.print(
          CaseJSON(
            c, history: history, rules: engine.rules, lang: context.lang, now: context.now,
            maskPhone: true))
        return
      }
      if let said { print(said.terminalSafe()) }
      let text = CaseText(
        rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
      let owner = c.assignee.map { " · \($0.terminalSafe())" } ?? ""
      print(
        "\(c.id)  \(c.tier.name(context.lang)) · \(c.state.name(context.lang))\(owner) · "
          + "\(text.day(c.deadline)) \(text.deadlineNote(c))")
    }
  }
}

struct Correct: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "correct",
    abstract:
      "Put right a field of a saved case (更正), with a reason; the history keeps the old value.",
    discussion: """
      Fields: name, phone, address, other-party (several with 、), category (id or name), text,
      urgent (yes/no, 是/否), received-at (HH:mm or YYYY-MM-DD HH:mm, the same day). A new
      category, urgency or received time gives new deadlines; a new address (or tier) routes
      the case to its owner in the register.
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(
    help: "What to correct: \(CorrectableField.allCases.map(\.rawValue).joined(separator: "|")).")
  var field: String
  @Option(help: "The right value.") var to: String
  @Option(help: "Why (required).") var reason: String
  func run() throws {
    try CorrectionRun.run(global, output) { context, store, engine in
      guard let f = CorrectableField(rawValue: field.lowercased()) else {
        throw CorrectStrings.badField(field)
      }
      let c = try store.correct(
        id, Correction(f, to: to, reason: reason), engine: engine, by: context.actor,
        now: context.now)
      // The new history lines (the correction, a new owner), masked as `show` masks them.
      let history = try store.history(of: c)
      let from = history.lastIndex { $0.kind == .corrected } ?? history.endIndex
      let said = history[from...].map {
        PersonalMask.text(
          $0.summary(rules: engine.rules, lang: context.lang, calendar: engine.calendar))
      }
      return (c, said.joined(separator: "\n"))
    }
  }
}

struct VoidCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "void",
    abstract:
      "Void a case taken in by mistake (作废): it leaves queues and reports, stays in the log.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "Why (required).") var reason: String
  func run() throws {
    try CorrectionRun.run(global, output) { context, store, engine in
      let c = try store.void(
        id, reason: reason, engine: engine, by: context.actor, now: context.now)
      return (c, CorrectStrings.forLang(context.lang).voided(c.id))
    }
  }
}

struct RestoreCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore", abstract: "Restore a voided case (恢复), with a reason.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "Why (required).") var reason: String
  func run() throws {
    try CorrectionRun.run(global, output) { context, store, engine in
      let c = try store.restore(
        id, reason: reason, engine: engine, by: context.actor, now: context.now)
      return (c, CorrectStrings.forLang(context.lang).restored(c.id))
    }
  }
}
