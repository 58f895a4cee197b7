import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi calendar show|import`: the working-day calendar's years (docs/CALENDAR.md).
struct CalendarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "Working-day calendars: show a year, import the State Council's notice.",
    discussion: """
      Deadlines count working days: Monday to Friday, minus the year's holidays, plus its
      make-up working days (调休). Years come from data/calendar/<year>.yaml; a year marked
      provisional holds computed statutory holidays until the notice is imported.
      """,
    subcommands: [CalendarShow.self, CalendarImport.self])
}

struct CalendarShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a year's holidays and make-up working days, and whether it is provisional.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "The year (e.g. 2027).") var year: Int

  func run() throws {
    try Run.guarded(global) { context in
      let (calendar, url) = try CalendarFiles.load(year: year, context)
      if output.json { return try JSONOut.print(CalendarJSON(calendar, file: url.path)) }
      for line in CalendarText.lines(calendar, file: url.path, context) { print(line) }
    }
  }
}

struct CalendarImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a year's holidays from a plain list of dates marked 休 or 班.",
    discussion: """
      One date or range a line, as copied from the State Council's notice:
        2027-01-01 休 元旦
        2027-02-05 至 2027-02-11 休 春节
        2月20日 班 春节
      Dates: 2027-01-01, 2027/1/1, 2027年1月1日 or 1月1日
      (the year from --year or the first full date).
      Ranges with 至, ~ or 到. Marks: 休 (day off) or 班 (make-up
      working day); the name is optional. Blank lines and # comments
      are skipped. Any other line is refused with its line number and
      nothing is written (exit 7).
      The year goes to your calendar folder
      ($XDG_CONFIG_HOME/shuoshi/data/calendar/<year>.yaml), replacing
      a provisional year. Replacing an official year needs --force
      (else exit 2), and so does a file already in your folder (else
      exit 6). See docs/CALENDAR.md.
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "The list of dates (UTF-8 text).") var file: String
  @Option(help: "The year, when dates are written without one (1月1日).") var year: Int?
  @Flag(help: "Replace an official year or a calendar file already in your folder.")
  var force = false

  func run() throws {
    try Run.guarded(global) { context in
      let source = URL(fileURLWithPath: file)
      guard let data = FileManager.default.contents(atPath: source.path),
        let text = String(data: data, encoding: .utf8)
      else {
        throw ConfigError(
          file: file, line: nil, zh: "无法读取或不是 UTF-8 文本", en: "unreadable or not UTF-8 text")
      }
      let imported: YearCalendar
      do throws(HolidayNotice.Problems) {
        imported = try HolidayNotice.parse(text: text, file: file, year: year)
      } catch {
        for problem in error.problems { Stderr.error(problem.message(context.lang), context.lang) }
        Stderr.warn(CalendarStrings.forLang(context.lang).nothingImported)
        throw ExitCode(7)
      }
      let written = try CalendarFiles.write(
        imported, from: source.lastPathComponent, force: force, context)
      if output.json {
        return try JSONOut.print(CalendarJSON(written.calendar, file: written.url.path))
      }
      let c = written.calendar
      print(
        CalendarStrings.forLang(context.lang).imported(
          c.year, c.holidays.count, c.workdays.count, written.url.path))
      if let replaced = written.replaced {
        print(CalendarStrings.forLang(context.lang).replaces(replaced))
      }
    }
  }
}

/// Finding, reading and writing year files across the resource roots.
enum CalendarFiles {
  /// The year's file in effect (the user's folder shadows the shipped one).
  static func find(year: Int, _ context: AppContext) -> URL? {
    context.resources.files(in: "data/calendar", withExtension: "yaml")
      .first { $0.lastPathComponent == "\(year).yaml" }
  }

  static func load(year: Int, _ context: AppContext) throws -> (YearCalendar, URL) {
    guard let url = find(year: year, context) else {
      throw UsageProblem(
        zh: "没有 \(year) 年的工作日历（data/calendar/\(year).yaml）；可用 shuoshi calendar import 导入",
        en:
          "no calendar for \(year) (data/calendar/\(year).yaml); import one with shuoshi calendar import"
      )
    }
    let text = try ConfigFiles(resources: context.resources).read(url: url)
    return (try YearCalendar.parse(yaml: text, file: url.path), url)
  }

  /// Writes `calendar` to the user's calendar folder, durably. Returns what was written (read
  /// back through the parser) and the file it replaced in effect, if any.
  static func write(_ calendar: YearCalendar, from name: String, force: Bool, _ context: AppContext)
    throws -> (calendar: YearCalendar, url: URL, replaced: String?)
  {
    guard let userRoot = context.resources.roots.first else {
      throw UsageProblem(zh: "找不到日历文件夹", en: "no calendar folder")
    }
    let target = userRoot.appendingPathComponent("data/calendar/\(calendar.year).yaml")
    var replaced: String?
    if let current = find(year: calendar.year, context) {
      let old = try? load(year: calendar.year, context).0
      let official = old.map { !$0.provisional } ?? true
      if official, !force, current.path != target.path {
        throw UsageProblem(
          zh: "\(calendar.year) 年已有正式日历（\(current.path)）；确要替换请加 --force",
          en:
            "\(calendar.year) already has an official calendar (\(current.path)); use --force to replace it"
        )
      }
      replaced =
        old?.provisional == true
        ? CalendarStrings.forLang(context.lang).provisionalFile(current.path) : current.path
    }
    let yaml = calendar.yaml(header: [
      "\(calendar.year) 年节假日与调休上班日。",
      "由 shuoshi calendar import 从 \(name) 导入；holidays 为放假日，workdays 为调休上班日。",
    ])
    // What is written must read back as the same year.
    let check = try YearCalendar.parse(yaml: yaml, file: target.path)
    try DurableFile.write(Data(yaml.utf8), to: target, existing: force ? .replace : .refuse)
    return (check, target, replaced)
  }
}

/// `calendar show` as text.
enum CalendarText {
  static func lines(_ c: YearCalendar, file: String, _ context: AppContext) -> [String] {
    let s = CalendarStrings.forLang(context.lang)
    func day(_ d: CivilDate) -> String { "\(d) \(s.weekdays[d.weekday - 1])" }
    var lines = [s.title(c.year, c.provisional)]
    if let source = c.source { lines.append(s.source + source) }
    lines.append(s.file + file)
    lines.append(s.daysOff(c.holidays.count))
    for run in c.holidayRuns() {
      let n = run.to.dayNumber - run.from.dayNumber + 1
      let span = n == 1 ? day(run.from) : s.span(day(run.from), day(run.to), n)
      lines.append("  \(run.name)  \(span)")
    }
    lines.append(s.workdays(c.workdays.count))
    if c.workdays.isEmpty { lines.append(s.none) }
    for d in c.workdays.sorted() {
      lines.append("  \(day(d))\(c.workdayNames[d].map(s.workdayFor) ?? "")")
    }
    return lines
  }
}

/// `calendar show --json` (docs/JSON.md).
struct CalendarJSON: Encodable {
  struct Holiday: Encodable {
    let name: String
    let from: String
    let to: String
    let days: Int
  }
  struct Workday: Encodable {
    let date: String
    let `for`: String?
  }
  let year: Int
  let provisional: Bool
  let source: String?
  let file: String
  let holidays: [Holiday]
  let workdays: [Workday]
  let holidayCount: Int
  let workdayCount: Int

  enum CodingKeys: String, CodingKey {
    case year, provisional, source, file, holidays, workdays
    case holidayCount = "holiday_count"
    case workdayCount = "workday_count"
  }

  init(_ c: YearCalendar, file: String) {
    year = c.year
    provisional = c.provisional
    source = c.source
    self.file = file
    holidays = c.holidayRuns().map {
      Holiday(
        name: $0.name, from: $0.from.description, to: $0.to.description,
        days: $0.to.dayNumber - $0.from.dayNumber + 1)
    }
    workdays = c.workdays.sorted().map { Workday(date: $0.description, for: c.workdayNames[$0]) }
    holidayCount = c.holidays.count
    workdayCount = c.workdays.count
  }
}
