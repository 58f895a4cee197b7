import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi show ID`: one case with its full history.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one case with its history.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id (e.g. HJ-20261128-007, or a unique tail such as 20261128-007).")
  var id: String
  @Flag(help: "Show phone and ID numbers in full (recorded in the case's history).") var reveal =
    false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let c =
        reveal ? try store.reveal(id, by: context.actor, now: context.now) : try store.find(id)
      let history = try store.history(of: c)
      if output.json {
        try JSONOut.print(
          CaseJSON(
            c, history: history, rules: engine.rules, lang: context.lang, now: context.now,
            maskPhone: !reveal))
      } else {
        let text = CaseText(
          rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
        print(text.detail(c, history: history, reveal: reveal))
        let links = try store.mergeLinks(of: c)
        let ledger = LedgerText(lang: context.lang).caseLedger(
          try store.ledgerState(of: c), absorbed: links.absorbed, mergedInto: links.mergedInto)
        if !ledger.isEmpty { print("\n" + ledger.joined(separator: "\n")) }
      }
    }
  }
}
