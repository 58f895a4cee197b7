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
      // The number as typed (off a receipt); then the case itself, by its uuid.
      let found = try store.lookup(id)
      let c =
        reveal
        ? try store.reveal(found.uuid.uuidString, by: context.actor, now: context.now) : found
      let history = try store.history(of: c)
      let sameNumber = try store.sameNumber(as: c)
      if output.json {
        var json = CaseJSON(
          c, history: history, rules: engine.rules, lang: context.lang, now: context.now,
          maskPhone: !reveal)
        json.same_number = sameNumber.isEmpty ? nil : sameNumber.map(\.id)
        json.group_parent = try store.groupParent(of: c)?.id
        let children = try store.groupChildren(of: c)
        json.group_children = children.isEmpty ? nil : children.map(\.id)
        try JSONOut.print(json)
      } else {
        let text = CaseText(
          rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
        print(text.detail(c, history: history, reveal: reveal))
        if !sameNumber.isEmpty {
          let cal = engine.calendar
          let others = sameNumber.map {
            context.strings.sameNumberCase(
              $0.id, cal.minuteText(of: $0.receivedAt), $0.resident.name)
          }
          print("\n" + context.strings.sameNumber(others.count, others))
        }
        let links = try store.mergeLinks(of: c)
        let ledger = LedgerText(lang: context.lang).caseLedger(
          try store.ledgerState(of: c), absorbed: links.absorbed, mergedInto: links.mergedInto)
        if !ledger.isEmpty { print("\n" + ledger.joined(separator: "\n")) }
        let group = GroupText(lang: context.lang).showLines(
          parent: try store.groupParent(of: c), children: try store.groupChildren(of: c), of: c)
        if !group.isEmpty { print("\n" + group.joined(separator: "\n")) }
      }
    }
  }
}
