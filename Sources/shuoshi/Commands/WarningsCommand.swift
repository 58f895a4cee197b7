import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// `shuoshi warnings [list|show|ack|dismiss|take-on|rescan]`: 预警 — linked cases that look like one
/// matter turning into a group one (docs/WARNING.md).
struct WarningsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "warnings",
    abstract: "Early warnings (预警): list, show, ack, dismiss, take-on, rescan.",
    discussion: """
      Every save and every import links the case to others that look like the same matter
      (same compound or building, same other party, similar words, within the window of
      routing.yaml's warning: section); 3+ households raise a 黄 warning, 5+ 橙, 10+ or any
      group word 红.
      """,
    subcommands: [
      WarningsList.self, WarningsShow.self, WarningsAck.self, WarningsDismiss.self,
      WarningsTakeOn.self, WarningsRescan.self,
    ],
    defaultSubcommand: WarningsList.self)
}

/// The refusals of the warning commands print in the user's language with their exit code.
enum WarningRun {
  static func guarded(_ global: GlobalOptions, _ body: (AppContext) throws -> Void) throws {
    try ReportRun.guarded(global) { context in
      do {
        try body(context)
      } catch let error as WarningError {
        Stderr.error(error.message(context.lang), context.lang)
        throw ExitCode(error.exitCode)
      } catch let error as GroupCaseError {
        // A group that cannot form (a case closed or already grouped): refused, as the engine's.
        Stderr.error(error.message(context.lang), context.lang)
        throw ExitCode(4)
      }
    }
  }
}

struct WarningsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List warnings, 红 first (open and acknowledged ones).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Flag(help: "Also the dismissed and taken-on ones.") var all = false

  func run() throws {
    try WarningRun.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let warnings = try store.warnings(all: all)
      if output.json { return try JSONOut.print(warnings.map { WarningJSON($0, cases: nil) }) }
      let s = WarningCLIStrings.forLang(context.lang)
      guard !warnings.isEmpty else { return print(s.none) }
      let rows = warnings.map { w in
        [
          w.shortID, w.level.symbol + " " + w.level.name(context.lang), w.stateName(context.lang),
          "\(w.households)", "\(w.cases.count)", w.place ?? "—", w.party ?? "—",
          engine.calendar.civilDate(of: w.firstAt).description,
        ]
      }
      print(TextTable.render([s.columns] + rows, maxWidths: [8, 6, 8, 6, 6, 16, 16, 10]))
    }
  }
}

struct WarningsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a warning with its evidence: cases and why each is linked."
  )
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "The warning's short id (4+ hex digits) or UUID.") var warning: String

  func run() throws {
    try WarningRun.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let w = try store.warning(matching: warning)
      let evidence = try store.evidence(of: w, rules: engine.rules.warning)
      if output.json { return try JSONOut.print(WarningJSON(w, cases: evidence)) }
      print(WarningText(lang: context.lang, calendar: engine.calendar).detail(evidence))
    }
  }
}

struct WarningsAck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ack", abstract: "Acknowledge a warning (已阅): seen, kept under watch.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "The warning's short id or UUID.") var warning: String
  @Option(help: "A note (optional).") var note: String?

  func run() throws {
    try WarningRun.guarded(global) { context in
      let store = try context.openStore(create: false)
      let w = try store.acknowledgeWarning(warning, note: note, by: context.actor, now: context.now)
      if output.json { return try JSONOut.print(WarningJSON(w, cases: nil)) }
      print(
        WarningCLIStrings.forLang(context.lang).acknowledged + WarningText.line(w, context.lang))
    }
  }
}

struct WarningsDismiss: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dismiss", abstract: "Dismiss a warning (排除): not one matter, with the reason.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "The warning's short id or UUID.") var warning: String
  @Option(help: "Why it is not one matter (required).") var reason: String = ""

  func run() throws {
    try WarningRun.guarded(global) { context in
      let store = try context.openStore(create: false)
      let w = try store.dismissWarning(warning, reason: reason, by: context.actor, now: context.now)
      if output.json { return try JSONOut.print(WarningJSON(w, cases: nil)) }
      print(WarningCLIStrings.forLang(context.lang).dismissed + WarningText.line(w, context.lang))
    }
  }
}

struct WarningsRescan: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rescan",
    abstract: "Link again every case received in the last days and raise what it finds.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "How many days back to read (default 90).") var days = 90

  func run() throws {
    try WarningRun.guarded(global) { context in
      let s = WarningCLIStrings.forLang(context.lang)
      guard (1...3650).contains(days) else {
        Stderr.error(s.badDays(days), context.lang)
        throw ExitCode(2)
      }
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let r = try store.rescanWarnings(
        rules: engine.rules.warning, days: days, by: context.actor, now: context.now)
      if output.json {
        return try JSONOut.print(["cases": r.cases, "matters": r.matters, "raised": r.raised])
      }
      print(s.rescanned(r.cases, r.matters, r.raised))
    }
  }
}
