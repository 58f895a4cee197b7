import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi show ID`: one case with its full history.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Show one case with its history.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id (e.g. HJ-20261128-007, or a unique tail such as 20261128-007).")
  var id: String
  @Flag(help: "Show the full phone number.") var reveal = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let c = try store.find(id)
      let history = try store.history(of: c)
      if output.json {
        try JSONOut.print(
          CaseJSON(c, history: history, rules: engine.rules, lang: context.lang, now: context.now, maskPhone: !reveal))
      } else {
        let text = CaseText(rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
        print(text.detail(c, history: history))
      }
    }
  }
}
