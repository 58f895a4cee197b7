import Foundation
import ShuoshiCore
import ShuoshiStore

/// One file `check-config` validates.
struct ConfigCheck {
  let file: String
  let run: () throws -> String
}

enum ConfigChecks {
  static func all(_ context: AppContext) -> [ConfigCheck] {
    let files = ConfigFiles(resources: context.resources)
    let s = OutputStrings.forLang(context.lang)
    var checks: [ConfigCheck] = [
      ConfigCheck(file: "data/routing.yaml") {
        let rules = try files.routingRules()
        return s.categories(rules.categories.count)
      }
    ]
    for url in context.resources.files(in: "data/calendar", withExtension: "yaml") {
      checks.append(
        ConfigCheck(file: url.path) {
          let text = try String(contentsOf: url, encoding: .utf8)
          let year = try YearCalendar.parse(yaml: text, file: url.path)
          return s.calendarYear(
            year.year, year.provisional, year.holidays.count, year.workdays.count)
        })
    }
    checks += ConsoleConfigChecks.all(context)
    checks += RegisterConfigChecks.all(context)
    return checks
  }
}
