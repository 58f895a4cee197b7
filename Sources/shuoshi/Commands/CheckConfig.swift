import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi check-config`: validate every YAML file a person edits.
struct CheckConfig: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-config",
    abstract: "Validate data/routing.yaml, data/calendar/*.yaml, data/keys.yaml and themes/*.yaml.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      var failures = 0
      for check in ConfigChecks.all(context) {
        do {
          let detail = try check.run()
          print("✓ \(check.file)  \(detail)")
        } catch let error as LocalizedMessage {
          failures += 1
          print("✗ \(error.message(context.lang))")
        }
      }
      let engine = try? context.engine()
      if let engine {
        let year = engine.calendar.civilDate(of: context.now).year
        for y in [year, year + 1] {
          if !engine.calendar.covers(year: y) {
            print(context.strings.calendarMissing(y))
          } else if engine.calendar.years[y]?.provisional == true {
            print(context.strings.calendarProvisional(y))
          }
        }
      }
      if failures > 0 { throw ExitCode(7) }
    }
  }
}
