import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// `shuoshi urge-list`: the day's 催办 as one page, text or printable HTML.
struct UrgeListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "urge-list",
    abstract: "Print the day's 催办 list (cases urged that day) as one page: text, or printable HTML."
  )

  @OptionGroup var global: GlobalOptions
  @Option(help: "The day (YYYY-MM-DD); default today.") var date: String?
  @Option(help: "text | html.") var format = "text"
  @Option(help: "Write to this file instead of standard output.") var out: String?
  @OptionGroup var replace: ForceOption

  func run() throws {
    try ReportRun.guarded(global) { context in
      try OutputFile.check(out, existing: replace.existing, context)
      let engine = try context.engine()
      let calendar = engine.calendar
      let day: CivilDate
      if let date {
        guard let d = CivilDate(iso: date.trimmingCharacters(in: .whitespaces)) else {
          throw UsageProblem(
            zh: SupervisionStrings.zh.badUntil(date), en: SupervisionStrings.en.badUntil(date))
        }
        day = d
      } else {
        day = calendar.civilDate(of: context.now)
      }
      let store = try context.openStore(create: false)
      let urges = try store.urges(
        from: calendar.startOfDay(day), before: calendar.startOfDay(day.adding(days: 1)))
      let sheet = UrgeSheet(
        day: day, urges: urges.map { ($0.event, $0.case_) }, calendar: calendar,
        lang: context.lang, unitName: context.userConfig.unitName)
      try OutputFile.writePage(
        sheet, format: format, to: out, existing: replace.existing, context)
    }
  }
}
