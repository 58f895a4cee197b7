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
    try Run.guarded(global) { context in
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
            print(
              context.say(
                "! 缺少 \(y) 年工作日历，期限将按周一至周五计算",
                "! no calendar for \(y): deadlines fall back to Monday–Friday"))
          } else if engine.calendar.years[y]?.provisional == true {
            print(
              context.say(
                "! \(y) 年工作日历为暂定（法定假日系推算，无调休）：通知发布后用 shuoshi calendar import 导入",
                "! the \(y) calendar is provisional (holidays computed, no make-up days): import the notice with shuoshi calendar import"
              ))
          }
        }
      }
      if failures > 0 { throw ExitCode(7) }
    }
  }
}
