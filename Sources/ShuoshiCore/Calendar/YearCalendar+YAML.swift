/// Writes a year back in the format `YearCalendar.parse` reads (used by `calendar import`).
extension YearCalendar {
  /// The year as YAML: consecutive days of one holiday become one `from`/`to` entry.
  /// `header` lines are written first as comments.
  public func yaml(header: [String] = []) -> String {
    var lines = header.map { "# " + $0 }
    lines.append("year: \(year)")
    if let source { lines.append("source: \(source)") }
    if provisional { lines.append("provisional: true") }
    lines.append(holidays.isEmpty ? "holidays: []" : "holidays:")
    for run in holidayRuns() {
      let name = Self.quoted(run.name)
      lines.append(
        run.from == run.to
          ? "  - {name: \(name), date: \(run.from)}"
          : "  - {name: \(name), from: \(run.from), to: \(run.to)}")
    }
    lines.append(workdays.isEmpty ? "workdays: []" : "workdays:")
    for day in workdays.sorted() {
      if let name = workdayNames[day] {
        lines.append("  - {date: \(day), for: \(Self.quoted(name))}")
      } else {
        lines.append("  - {date: \(day)}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Holidays as runs of consecutive days with one name, in date order.
  public func holidayRuns() -> [(name: String, from: CivilDate, to: CivilDate)] {
    var runs: [(name: String, from: CivilDate, to: CivilDate)] = []
    for day in holidays.sorted() {
      let name = holidayNames[day] ?? ""
      if let last = runs.last, last.name == name, last.to.adding(days: 1) == day {
        runs[runs.count - 1].to = day
      } else {
        runs.append((name, day, day))
      }
    }
    return runs
  }

  /// A name as a YAML flow scalar: plain when safe, else double-quoted.
  private static func quoted(_ name: String) -> String {
    let special = Set(":{}[],#&*!|>'\"%@`")
    if !name.isEmpty, !name.contains(where: { special.contains($0) || $0.isWhitespace }) {
      return name
    }
    let escaped = name.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(escaped)\""
  }
}
