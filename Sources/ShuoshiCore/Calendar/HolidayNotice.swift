/// A year's holidays as a worker copies them from the State Council's notice: one date (or
/// range) a line, marked 休 (day off) or 班 (make-up working day), with an optional name
/// (`shuoshi calendar import`, docs in `docs/CALENDAR.md`):
///
/// ```text
/// # 2027 年部分节假日安排
/// 2027-01-01 休 元旦
/// 2027-02-05 至 2027-02-11 休 春节
/// 2月20日 班 春节
/// 2027年10月9日 班 国庆节
/// ```
///
/// Dates are `2027-01-01`, `2027/1/1`, `2027年1月1日` or `1月1日` (the year from `--year` or the
/// first full date); a range is `A 至 B` (also `~`, `到`), where B may be `2月11日` or `11日`.
/// Marks: 休/放假/off and 班/上班/work. Blank lines and `#` comments are skipped. Every other
/// line is refused with its number; nothing is imported while any problem remains.
public enum HolidayNotice {
  /// Every problem found, each with its file and line.
  public struct Problems: Error, Sendable, Equatable {
    public let problems: [ConfigError]
  }

  /// The name given to a 休 line without one.
  public static let defaultHolidayName = "假日"

  /// Reads the list into an official (non-provisional) year; `year` pins the year, otherwise
  /// the first full date sets it.
  public static func parse(text: String, file: String, year pinned: Int? = nil) throws(Problems)
    -> YearCalendar
  {
    var problems: [ConfigError] = []
    func problem(_ line: Int?, _ zh: String, _ en: String) {
      problems.append(ConfigError(file: file, line: line, zh: zh, en: en))
    }
    var year = pinned
    var holidays: [CivilDate: (name: String, line: Int)] = [:]
    var workdays: [CivilDate: (name: String?, line: Int)] = [:]
    var workdayReasons: [(day: CivilDate, name: String, line: Int)] = []

    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      let content =
        raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map(String.init) ?? ""
      guard let entry = Entry(content) else {
        if !content.allSatisfy(\.isWhitespace) {
          problem(
            number, "看不懂这一行：应为“日期 休|班 [名称]”，如 2027-01-01 休 元旦",
            "cannot read this line: expected \"DATE 休|班 [NAME]\", e.g. 2027-01-01 休 元旦")
        }
        continue
      }
      guard let first = entry.from.resolve(year: year, month: nil) else {
        problem(
          number, "“\(entry.from.text)” 没有年份：写成 2027-01-01，或用 --year 指明",
          "\"\(entry.from.text)\" has no year: write 2027-01-01, or give --year")
        continue
      }
      if year == nil { year = first.year }
      let last = entry.to.flatMap { $0.resolve(year: first.year, month: first.month) } ?? first
      guard first.isValid, last.isValid else {
        problem(number, "日期不存在：\(entry.dateText)", "no such date: \(entry.dateText)")
        continue
      }
      guard let year, first.year == year, last.year == year else {
        problem(
          number, "日期 \(first) 不在 \(year ?? first.year) 年内",
          "date \(first) is not in \(year ?? first.year)")
        continue
      }
      guard first <= last else {
        problem(number, "结束日期 \(last) 早于开始日期 \(first)", "\(last) is before \(first)")
        continue
      }
      for n in first.dayNumber...last.dayNumber {
        let day = CivilDate(dayNumber: n)
        if let earlier = holidays[day]?.line ?? workdays[day]?.line {
          problem(
            number, "\(day) 已在第 \(earlier) 行列出", "\(day) is already listed on line \(earlier)")
          continue
        }
        if entry.isHoliday {
          holidays[day] = (entry.name ?? defaultHolidayName, number)
        } else {
          guard day.isWeekend else {
            problem(
              number, "调休上班日 \(day) 不是周六或周日",
              "make-up working day \(day) is not a Saturday or Sunday")
            continue
          }
          workdays[day] = (entry.name, number)
          if let name = entry.name { workdayReasons.append((day, name, number)) }
        }
      }
    }
    let names = Set(holidays.values.map(\.name))
    for reason in workdayReasons where !names.contains(reason.name) {
      problem(
        reason.line, "调休上班日 \(reason.day) 的“\(reason.name)”不是本文件中的假日名称",
        "make-up working day \(reason.day) is for \"\(reason.name)\", which is not a holiday here")
    }
    guard let year, !(holidays.isEmpty && workdays.isEmpty) else {
      if problems.isEmpty {
        problem(nil, "没有任何日期（每行一个：2027-01-01 休 元旦）", "no dates (one a line: 2027-01-01 休 元旦)")
      }
      throw Problems(problems: problems)
    }
    guard problems.isEmpty else { throw Problems(problems: problems) }
    return YearCalendar(
      year: year, holidays: holidays.mapValues(\.name),
      workdays: workdays.mapValues { $0.name ?? "" })
  }

  /// One line: a date or range, a mark, maybe a name.
  struct Entry {
    var from: DateText
    var to: DateText?
    var isHoliday: Bool
    var name: String?

    var dateText: String { from.text + (to.map { " 至 " + $0.text } ?? "") }

    init?(_ line: String) {
      var text = line
      for sep in ["至", "～", "~", "到"] { text = text.replacingOccurrences(of: sep, with: " 至 ") }
      var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
      guard words.count >= 2, let from = DateText(words.removeFirst()) else { return nil }
      self.from = from
      if words.first == "至" {
        guard words.count >= 3, let to = DateText(words[1]) else { return nil }
        self.to = to
        words.removeFirst(2)
      }
      guard let mark = words.first else { return nil }
      switch mark.lowercased() {
      case "休", "放假", "off": isHoliday = true
      case "班", "上班", "work": isHoliday = false
      default: return nil
      }
      words.removeFirst()
      name = words.isEmpty ? nil : words.joined(separator: " ")
    }
  }

  /// A date as written: some of year, month and day.
  struct DateText {
    var text: String
    var year: Int?
    var month: Int?
    var day: Int

    init?(_ word: String) {
      text = word
      let iso = word.replacingOccurrences(of: "/", with: "-")
      let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
        let d = Int(parts[2])
      {
        (year, month, day) = (y, m, d)
        return
      }
      // 2027年1月1日, 1月1日, 1日
      var rest = Substring(word)
      func number(before marker: Character) -> Int? {
        guard let i = rest.firstIndex(of: marker), let n = Int(rest[..<i]) else { return nil }
        rest = rest[rest.index(after: i)...]
        return n
      }
      year = rest.contains("年") ? number(before: "年") : nil
      if rest.contains("年") { return nil }
      month = rest.contains("月") ? number(before: "月") : nil
      guard let d = number(before: "日"), rest.isEmpty else { return nil }
      day = d
      if word.contains("年") && (year == nil || month == nil) { return nil }
    }

    /// The date, taking a missing year or month from the context.
    func resolve(year contextYear: Int?, month contextMonth: Int?) -> CivilDate? {
      guard let y = year ?? contextYear, let m = month ?? contextMonth else { return nil }
      return CivilDate(y, m, day)
    }
  }
}
