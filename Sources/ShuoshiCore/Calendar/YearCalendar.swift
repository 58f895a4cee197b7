/// One year's public holidays and 调休 make-up working days, as the State Council publishes
/// them each November (`data/calendar/<year>.yaml`):
///
/// ```yaml
/// year: 2026
/// source: 国务院办公厅关于2026年部分节假日安排的通知
/// holidays:
///   - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
///   - {name: 国庆节, date: 2026-10-01}        # a single day may use `date`
/// workdays:                                   # weekend days that are worked
///   - {date: 2026-01-04, for: 元旦}
/// provisional: true                           # optional: computed, not yet published
/// ```
///
/// A `provisional` year holds the statutory holidays computed before the notice is out
/// (`StatutoryHolidays`): deadlines skip them, and the front ends say once per session that
/// the year is not yet official. Files without the key are official.
public struct YearCalendar: Sendable, Equatable {
  public let year: Int
  /// Where the dates come from (the notice's title).
  public let source: String?
  /// Days off that would otherwise be working days, or are named holidays on a weekend.
  public let holidays: Set<CivilDate>
  /// Weekend days that are working days (调休上班).
  public let workdays: Set<CivilDate>
  /// The holiday each day off belongs to (春节…).
  public let holidayNames: [CivilDate: String]
  /// The holiday each make-up working day compensates, when the file says.
  public let workdayNames: [CivilDate: String]
  /// Computed ahead of the State Council's notice (`provisional: true`), not yet official.
  public let provisional: Bool

  /// `holidays` and `workdays` map each day to its holiday's name (empty when unnamed).
  public init(
    year: Int, holidays: [CivilDate: String], workdays: [CivilDate: String], source: String? = nil,
    provisional: Bool = false
  ) {
    self.year = year
    self.provisional = provisional
    self.source = source
    self.holidays = Set(holidays.keys)
    self.workdays = Set(workdays.keys)
    self.holidayNames = holidays
    self.workdayNames = workdays.filter { !$0.value.isEmpty }
  }

  /// Reads and checks one year file. Errors name the line: a date outside `year`, `from`
  /// after `to`, a day listed twice, a day both off and worked, a make-up working day that is
  /// not a Saturday or Sunday, or a `year` that disagrees with a file named `<year>.yaml`.
  public static func parse(yaml: String, file: String) throws(ConfigError) -> YearCalendar {
    let root = try ConfigNode.parse(yaml: yaml, file: file)
    try root.checkKeys(allowed: ["year", "source", "holidays", "workdays", "provisional"])
    let yearNode = try root.required("year")
    let year = try yearNode.int()
    guard (1900...9999).contains(year) else {
      throw yearNode.error(zh: "年份 \(year) 不合理", en: "year \(year) is out of range")
    }
    if let named = yearInFileName(file), named != year {
      throw yearNode.error(
        zh: "文件名是 \(named) 年，内容却写 year: \(year)",
        en: "the file is named for \(named) but says year: \(year)")
    }
    let source = try root.optionalString("source")
    let provisional = try root.optionalBool("provisional")

    var holidays: [CivilDate: String] = [:]
    for item in try root.value("holidays")?.items() ?? [] {
      try item.checkKeys(allowed: ["name", "from", "to", "date"])
      let name = try item.requiredString("name")
      let range = try dateRange(of: item, year: year)
      for n in range.from.dayNumber...range.to.dayNumber {
        let day = CivilDate(dayNumber: n)
        if let other = holidays[day] {
          throw item.error(
            zh: "\(day) 已在“\(other)”中列为假日", en: "\(day) is already a holiday (\(other))")
        }
        holidays[day] = name
      }
    }

    let names = Set(holidays.values)
    var workdays: [CivilDate: String] = [:]
    for item in try root.value("workdays")?.items() ?? [] {
      try item.checkKeys(allowed: ["date", "for"])
      let dateNode = try item.required("date")
      let day = try dateNode.civilDate()
      try checkInYear(day, year: year, node: dateNode)
      let reason = try item.optionalString("for")
      if let reason, !names.contains(reason) {
        throw item.error(
          zh: "调休上班日 \(day) 的 for “\(reason)” 不是本文件中的假日名称",
          en: "make-up working day \(day) is for \"\(reason)\", which is not a holiday in this file"
        )
      }
      if let holiday = holidays[day] {
        throw dateNode.error(
          zh: "\(day) 既是假日（\(holiday)）又是调休上班日",
          en: "\(day) is both a holiday (\(holiday)) and a make-up working day")
      }
      guard day.isWeekend else {
        throw dateNode.error(
          zh: "调休上班日 \(day) 不是周六或周日", en: "make-up working day \(day) is not a Saturday or Sunday")
      }
      guard workdays[day] == nil else {
        throw dateNode.error(
          zh: "调休上班日 \(day) 重复列出", en: "make-up working day \(day) is listed twice")
      }
      workdays[day] = reason ?? ""
    }
    return YearCalendar(
      year: year, holidays: holidays, workdays: workdays, source: source, provisional: provisional)
  }

  private static func dateRange(of item: ConfigNode, year: Int) throws(ConfigError) -> (
    from: CivilDate, to: CivilDate
  ) {
    if let dateNode = try item.value("date") {
      guard try item.value("from") == nil, try item.value("to") == nil else {
        throw item.error(
          zh: "请用 date，或用 from 和 to，不要同时使用", en: "use date, or from and to, not both")
      }
      let day = try dateNode.civilDate()
      try checkInYear(day, year: year, node: dateNode)
      return (day, day)
    }
    let fromNode = try item.required("from")
    let toNode = try item.required("to")
    let from = try fromNode.civilDate()
    let to = try toNode.civilDate()
    try checkInYear(from, year: year, node: fromNode)
    try checkInYear(to, year: year, node: toNode)
    guard from <= to else {
      throw toNode.error(zh: "结束日期 \(to) 早于开始日期 \(from)", en: "to (\(to)) is before from (\(from))")
    }
    return (from, to)
  }

  private static func checkInYear(_ day: CivilDate, year: Int, node: ConfigNode) throws(ConfigError)
  {
    guard day.year == year else {
      throw node.error(zh: "日期 \(day) 不在 \(year) 年内", en: "date \(day) is not in \(year)")
    }
  }

  /// `2026` for `data/calendar/2026.yaml`; nil when the name is not a year.
  private static func yearInFileName(_ file: String) -> Int? {
    let base = file.split(separator: "/").last.map(String.init) ?? file
    let stem = base.split(separator: ".").first.map(String.init) ?? base
    return stem.count == 4 ? Int(stem) : nil
  }
}
