import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// `shuoshi report`: what was received, settled, escalated and handed up in a period.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Report a period: received, rates (响应率/办结率/满意率…), 就地化解, 上交, patterns.",
    discussion: """
      Period: --from/--to (days, inclusive), --week, --last-week, --month YYYY-MM, or
      --session (a booth session's short id, or a day for every session that day).
      Default: this month so far. Every rate is defined in docs/REPORTS.md and at the end of
      each report. Names and phone numbers are masked unless --with-names.
      Formats: text (default), md, csv (a folder, one UTF-8-with-BOM file per table), html
      (one self-contained file for A4), json.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "First day (YYYY-MM-DD).") var from: String?
  @Option(help: "Last day, inclusive (YYYY-MM-DD); default today.") var to: String?
  @Flag(help: "This week (Monday to Sunday).") var week = false
  @Flag(name: .customLong("last-week"), help: "Last week.") var lastWeek = false
  @Option(help: "A calendar month, YYYY-MM.") var month: String?
  @Option(help: "A booth session: short id, UUID, or a day (all sessions that day).") var session:
    String?
  @Option(help: "Only this grid (grid id).") var grid: String?
  @Option(help: "Only this unit (needs the register of units and grids).") var unit: String?
  @Option(
    name: .customLong("as-of"),
    help: "Read states at this time (default: the period's end, or now).")
  var asOf: String?
  @Option(help: "text | md | csv | html | json.") var format = "text"
  @Option(help: "Write to this file (csv: this folder) instead of standard output.") var out:
    String?
  @OptionGroup var replace: ForceOption
  @Option(help: "Text width in columns (default: $COLUMNS or 100).") var width: Int?
  @Flag(
    name: .customLong("with-names"),
    help: "Include residents' names and phone numbers (the report says so).")
  var withNames = false

  func run() throws {
    try ReportRun.guarded(global) { context in
      // CSV writes a folder: its files are checked when they are known.
      if format.lowercased() != "csv" {
        try OutputFile.check(out, existing: replace.existing, context)
      }
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      var scope = ReportScope(gridID: grid, unitID: unit)
      var period = try ReportPeriodParser(
        command: self, context: context, calendar: engine.calendar
      ).period()
      if let session {
        let found = try store.sessions(matching: session)
        scope.sessions = found.map(\.uuid)
        period = ReportPeriod(
          kind: .session, first: found.map(\.day).min()!, last: found.map(\.day).max()!,
          calendar: engine.calendar)
      }
      let cutOff =
        try asOf.map { raw in
          raw == "now" ? context.now.addingTimeInterval(0.001) : try Parse.date(raw, context)!
        }
        ?? ReportRequest.defaultAsOf(period: period, now: context.now)
      let request = ReportRequest(
        period: period, scope: scope, asOf: cutOff, withNames: withNames,
        unitName: try store.reportUnitName(for: unit, configured: context.userConfig.unitName))
      let report = try store.report(
        request, rules: engine.rules, calendar: engine.calendar, generatedAt: context.now)
      try ReportCommand.emit(
        report, format: output.json ? "json" : format, out: out, existing: replace.existing,
        width: width ?? context.textWidth, zone: engine.calendar.timeZone, context)
    }
  }

  static func emit(
    _ report: Report, format: String, out: String?, existing: DurableFile.Existing, width: Int,
    zone: TimeZone, _ context: AppContext
  ) throws {
    let lang = context.lang
    switch format.lowercased() {
    case "text", "txt":
      try OutputFile.write(
        OutputFile.text(ReportText(report, lang: lang, timeZone: zone).lines(width: width)),
        .text, to: out, existing: existing, context)
    case "md", "markdown":
      try OutputFile.write(
        Data(ReportMarkdown.render(report, lang: lang, timeZone: zone).utf8), .text, to: out,
        existing: existing, context)
    case "html":
      try OutputFile.write(
        Data(ReportHTML.render(report, lang: lang, timeZone: zone).utf8), .document, to: out,
        existing: existing, context)
    case "csv":
      let tables = ReportTables(report, lang: lang, timeZone: zone)
      if let out {
        try OutputFile.writeFolder(ReportCSV.files(tables), to: out, existing: existing, context)
        Stderr.warn(
          context.strings.reportFolder(out))
      } else {
        try OutputFile.write(
          ReportCSV.combined(tables), .document, to: nil, existing: existing, context)
      }
    case "json":
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .custom { date, enc in
        var c = enc.singleValueContainer()
        try c.encode(JSONTime.string(date))
      }
      try OutputFile.write(
        try encoder.encode(report) + Data("\n".utf8), .json, to: out, existing: existing, context)
    default:
      throw UsageProblem(
        zh: "无效格式“\(format)”：可用 text、md、csv、html、json",
        en: "invalid format \"\(format)\": use text, md, csv, html or json")
    }
  }
}

/// Turns the period options into a `ReportPeriod`.
struct ReportPeriodParser {
  let command: ReportCommand
  let context: AppContext
  let calendar: WorkingCalendar

  func period() throws -> ReportPeriod {
    let today = calendar.civilDate(of: context.now)
    let chosen = [
      command.from != nil || command.to != nil, command.week, command.lastWeek,
      command.month != nil, command.session != nil,
    ]
    .filter { $0 }.count
    guard chosen <= 1 else {
      throw UsageProblem(
        zh: "统计期只能选一种：--from/--to、--week、--last-week、--month 或 --session",
        en: "choose one period: --from/--to, --week, --last-week, --month or --session")
    }
    if command.week { return .week(of: today, calendar: calendar) }
    if command.lastWeek { return .week(of: today.adding(days: -7), calendar: calendar) }
    if let month = command.month { return try Self.month(month, calendar: calendar) }
    if command.from != nil || command.to != nil {
      let first = try command.from.map(day) ?? CivilDate(today.year, today.month, 1)
      let last = try command.to.map(day) ?? today
      return ReportPeriod(first: first, last: last, calendar: calendar)
    }
    // Default (and the placeholder for --session, replaced by the session's days).
    return ReportPeriod(
      kind: .month, first: CivilDate(today.year, today.month, 1), last: today, calendar: calendar)
  }

  /// A calendar month given as `YYYY-MM` (`report --month`, `taizhang --month`).
  static func month(_ raw: String, calendar: WorkingCalendar) throws -> ReportPeriod {
    let parts = raw.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 2, (1...12).contains(parts[1]), parts[0] > 1900 else {
      throw UsageProblem(
        zh: "无效月份“\(raw)”：请用 2026-11", en: "invalid month \"\(raw)\": use 2026-11")
    }
    return .month(year: parts[0], month: parts[1], calendar: calendar)
  }

  func day(_ raw: String) throws -> CivilDate {
    guard let d = CivilDate(iso: raw), d.isValid else {
      throw UsageProblem(
        zh: "无效日期“\(raw)”：请用 2026-11-01", en: "invalid day \"\(raw)\": use 2026-11-01")
    }
    return d
  }
}
