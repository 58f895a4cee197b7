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
    let zh = context.lang == .zh
    var checks: [ConfigCheck] = [
      ConfigCheck(file: "data/routing.yaml") {
        let rules = try files.routingRules()
        return zh ? "\(rules.categories.count) 个分类" : "\(rules.categories.count) categories"
      }
    ]
    for url in context.resources.files(in: "data/calendar", withExtension: "yaml") {
      checks.append(
        ConfigCheck(file: url.path) {
          let text = try String(contentsOf: url, encoding: .utf8)
          let year = try YearCalendar.parse(yaml: text, file: url.path)
          let flag = year.provisional ? (zh ? "（暂定）" : " (provisional)") : ""
          return zh
            ? "\(year.year) 年\(flag)：节假日 \(year.holidays.count) 天，调休上班 \(year.workdays.count) 天"
            : "\(year.year)\(flag): \(year.holidays.count) holidays, \(year.workdays.count) make-up workdays"
        })
    }
    checks += ConsoleConfigChecks.all(context)
    checks += RegisterConfigChecks.all(context)
    return checks
  }
}
