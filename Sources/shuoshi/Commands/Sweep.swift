import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi sweep`: escalate every overdue case one tier.
struct Sweep: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Escalate every overdue case one tier (also run by the console every minute).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  struct JSON: Encodable {
    let escalated: [[String: String]]
    let overdue_at_street: [String]
    let waits_expired: [String]
  }

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.deadlineEngine()
      let store = try context.openStore(create: false)
      let outcome = try store.sweep(
        engine: engine, by: Actor(context.strings.systemActor), now: context.now)
      if output.json {
        try JSONOut.print(
          JSON(
            escalated: outcome.escalated.map { ["id": $0.id, "tier": $0.to.rawValue] },
            overdue_at_street: outcome.overdueAtStreet, waits_expired: outcome.waitsExpired))
        return
      }
      print(SweepText.line(outcome, context.lang))
      let words = SupervisionStrings.forLang(context.lang)
      for id in outcome.waitsExpired { print("  \(id) \(words.waitExpired)") }
      for e in outcome.escalated { print("  \(e.id) → \(e.to.name(context.lang))") }
    }
  }
}

/// The one-line account of a sweep, shared by the CLI and the console's status line.
enum SweepText {
  static func line(_ o: SweepOutcome, _ lang: Lang) -> String {
    SyncStrings.forLang(lang).sweep(
      o.escalatedCases, o.escalated.count, o.handedUp, o.overdueAtStreet.count)
  }
}
