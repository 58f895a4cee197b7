import Foundation

/// Working days for deadlines: Monday to Friday, minus public holidays, plus the weekend days
/// worked in exchange (调休), from the year files in `data/calendar/`. Years without a file
/// fall back to Monday–Friday; `missingYears(from:to:)` says which, so the console can warn.
///
/// Deadline convention: a case received on day R with N working days is due at the end
/// (23:59:59 local) of the N-th working day after R; R itself never counts, whatever the
/// hour. `workingDaysElapsed(from:to:)` uses the same convention, so a case resolved on its
/// due day has taken exactly N working days.
///
/// Built once from the year files: every covered day is precomputed into a flat table with
/// running totals, so lookups and range counts are O(1) and no `DateFormatter` or
/// `Calendar` runs per call.
public struct WorkingCalendar: Sendable {
  public let timeZone: TimeZone
  /// The year files, by year.
  public let years: [Int: YearCalendar]

  /// What a day is, for display (“今天调休上班”).
  public enum DayKind: Sendable, Equatable {
    case workday
    case weekend
    /// A public holiday, with its name.
    case holiday(String)
    /// A weekend day worked in exchange for a holiday (the holiday's name when known).
    case makeUpWorkday(String?)
  }

  /// Day number of the first day in `working` (January 1 of the first covered year).
  private let tableStart: Int
  /// One flag per day from `tableStart`, through December 31 of the last covered year.
  /// Uncovered years between covered ones hold the Monday–Friday fallback.
  private let working: [Bool]
  /// `runningTotal[i]` = working days in `[tableStart, tableStart + i)`.
  private let runningTotal: [Int32]
  /// Seconds east of UTC, when the zone has not changed its offset since `fixedSince`.
  private let fixedOffset: (since: TimeInterval, seconds: Int)?

  /// `years` may come in any order; a later calendar for the same year replaces an earlier one.
  public init(years: [YearCalendar], timeZone: TimeZone) {
    self.timeZone = timeZone
    var byYear: [Int: YearCalendar] = [:]
    for calendar in years { byYear[calendar.year] = calendar }
    self.years = byYear

    if let first = byYear.keys.min(), let last = byYear.keys.max() {
      let start = CivilDate(first, 1, 1).dayNumber
      let end = CivilDate(last + 1, 1, 1).dayNumber
      var working = [Bool](repeating: false, count: end - start)
      for n in start..<end { working[n - start] = CivilDate.weekday(ofDayNumber: n) <= 5 }
      for calendar in byYear.values {
        for day in calendar.holidays { working[day.dayNumber - start] = false }
        for day in calendar.workdays { working[day.dayNumber - start] = true }
      }
      var totals = [Int32](repeating: 0, count: working.count + 1)
      for i in working.indices { totals[i + 1] = totals[i] + (working[i] ? 1 : 0) }
      self.tableStart = start
      self.working = working
      self.runningTotal = totals
    } else {
      self.tableStart = 0
      self.working = []
      self.runningTotal = [0]
    }
    self.fixedOffset = WorkingCalendar.fixedOffset(of: timeZone)
  }

  /// The covered years, ascending.
  public var coveredYears: [Int] { years.keys.sorted() }

  /// Whether a calendar file for `year` was loaded.
  public func covers(year: Int) -> Bool { years[year] != nil }

  // MARK: Days

  /// Whether `d` is a working day (Monday–Friday outside the covered years).
  public func isWorkingDay(_ d: CivilDate) -> Bool { isWorking(d.dayNumber) }

  /// What `d` is: workday, weekend, holiday or make-up working day.
  public func kind(of d: CivilDate) -> DayKind {
    if let year = years[d.year] {
      if let name = year.holidayNames[d] { return .holiday(name) }
      if year.workdays.contains(d) { return .makeUpWorkday(year.workdayNames[d]) }
    }
    return d.isWeekend ? .weekend : .workday
  }

  /// The first working day after `d`.
  public func nextWorkingDay(after d: CivilDate) -> CivilDate {
    CivilDate(dayNumber: workingDay(counting: 1, from: d.dayNumber))
  }

  /// The last working day before `d`.
  public func previousWorkingDay(before d: CivilDate) -> CivilDate {
    CivilDate(dayNumber: workingDay(counting: -1, from: d.dayNumber))
  }

  /// Working days in `[from, to)` (0 when `to` is not after `from`).
  public func workingDays(from: CivilDate, to: CivilDate) -> Int {
    count(from.dayNumber, to.dayNumber)
  }

  // MARK: Instants

  /// The local calendar day of an instant.
  public func civilDate(of date: Date) -> CivilDate { CivilDate(dayNumber: dayNumber(of: date)) }

  /// Local midnight at the start of `d`.
  public func startOfDay(_ d: CivilDate) -> Date { start(ofDayNumber: d.dayNumber) }

  /// 23:59:59 local on `d`: the instant a deadline on that day falls due.
  public func endOfDay(_ d: CivilDate) -> Date { end(ofDayNumber: d.dayNumber) }

  /// N working days, counted from the first working day after receipt; due at the end of the
  /// N-th working day, local time. `n <= 0` is due at the end of the day of receipt.
  public func deadline(from received: Date, workingDays n: Int) -> Date {
    let day = dayNumber(of: received)
    return end(ofDayNumber: n <= 0 ? day : workingDay(counting: n, from: day))
  }

  /// Shifts a deadline (an end-of-day) by `n` working days: to the end of the n-th working day
  /// after its day (before it when `n` is negative). Used when a waiting pause ends.
  public func addWorkingDays(_ n: Int, to deadline: Date) -> Date {
    guard n != 0 else { return deadline }
    return end(ofDayNumber: workingDay(counting: n, from: dayNumber(of: deadline)))
  }

  /// Working days in `[day(from), day(to))`: the working days a pause consumed. A pause that
  /// ends on the day it began consumed none. 0 when `to` is not after `from`.
  public func workingDays(from: Date, to: Date) -> Int {
    count(dayNumber(of: from), dayNumber(of: to))
  }

  /// Whole working days from one instant to another for reports (received → resolved), with
  /// the deadline convention: the working days in `(day(from), day(to)]`. Resolved on the day
  /// of receipt is 0; resolved at `deadline(from: r, workingDays: n)` is `n`.
  /// 0 when `to` is not after `from`.
  public func workingDaysElapsed(from: Date, to: Date) -> Int {
    count(dayNumber(of: from) + 1, dayNumber(of: to) + 1)
  }

  /// Years touched by `[from, to]` that have no calendar file, ascending.
  public func missingYears(from: Date, to: Date) -> [Int] {
    let a = civilDate(of: from).year
    let b = civilDate(of: to).year
    return (min(a, b)...max(a, b)).filter { !covers(year: $0) }
  }

  /// Years touched by `[from, to]` whose file is provisional (computed, not yet published),
  /// ascending.
  public func provisionalYears(from: Date, to: Date) -> [Int] {
    let a = civilDate(of: from).year
    let b = civilDate(of: to).year
    return (min(a, b)...max(a, b)).filter { years[$0]?.provisional == true }
  }

  // MARK: - Day numbers

  func isWorking(_ n: Int) -> Bool {
    let i = n - tableStart
    if i >= 0 && i < working.count { return working[i] }
    return CivilDate.weekday(ofDayNumber: n) <= 5
  }

  /// The `n`-th working day after day `d` (before it when `n` is negative); `d` when 0.
  func workingDay(counting n: Int, from d: Int) -> Int {
    var day = d
    var left = abs(n)
    let step = n < 0 ? -1 : 1
    while left > 0 {
      day += step
      if isWorking(day) { left -= 1 }
    }
    return day
  }

  /// Working days with day numbers in `[a, b)`.
  func count(_ a: Int, _ b: Int) -> Int {
    guard b > a else { return 0 }
    let tableEnd = tableStart + working.count
    var total = 0
    // Before the table, inside it, after it.
    if a < tableStart { total += WorkingCalendar.weekdays(a, min(b, tableStart)) }
    let lo = max(a, tableStart)
    let hi = min(b, tableEnd)
    if lo < hi { total += Int(runningTotal[hi - tableStart] - runningTotal[lo - tableStart]) }
    if b > tableEnd { total += WorkingCalendar.weekdays(max(a, tableEnd), b) }
    return total
  }

  /// Monday–Friday days with day numbers in `[a, b)`, in closed form.
  static func weekdays(_ a: Int, _ b: Int) -> Int {
    guard b > a else { return 0 }
    // Shift so that Monday ≡ 0 (mod 7); day 0 (1970-01-01) was a Thursday.
    func upTo(_ x: Int) -> Int {
      let s = x + 3
      let weeks = s >= 0 ? s / 7 : (s - 6) / 7
      return 5 * weeks + min(s - weeks * 7, 5)
    }
    return upTo(b) - upTo(a)
  }

  func dayNumber(of date: Date) -> Int {
    let local = date.timeIntervalSince1970 + Double(offset(at: date.timeIntervalSince1970))
    return Int((local / 86_400).rounded(.down))
  }

  func start(ofDayNumber n: Int) -> Date {
    let midnightUTC = TimeInterval(n) * 86_400
    var t = midnightUTC - Double(offset(at: midnightUTC))
    // The offset may differ at the local midnight itself (a change near midnight).
    t = midnightUTC - Double(offset(at: t))
    return Date(timeIntervalSince1970: t)
  }

  func end(ofDayNumber n: Int) -> Date {
    start(ofDayNumber: n + 1).addingTimeInterval(-1)
  }

  private func offset(at t: TimeInterval) -> Int {
    if let fixedOffset, t >= fixedOffset.since { return fixedOffset.seconds }
    return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: t))
  }

  /// Most zones stopped changing their offset long ago (China in 1991): find the last change
  /// so later instants skip the time-zone lookup. Nil for zones with daylight saving today.
  private static func fixedOffset(of zone: TimeZone) -> (since: TimeInterval, seconds: Int)? {
    let probe = Date(timeIntervalSince1970: 0)
    var last = probe
    var transitions = 0
    while let next = zone.nextDaylightSavingTimeTransition(after: last) {
      last = next
      transitions += 1
      // Zones that still change twice a year have no end to their transitions.
      if transitions > 400 { return nil }
    }
    let seconds = zone.secondsFromGMT(for: last)
    // Trust but verify: a platform without transition data must not freeze a DST zone.
    for month in stride(from: 0.0, to: 24, by: 1) {
      let probe = Date(timeIntervalSince1970: 1_735_689_600 + month * 2_629_746)  // 2025–2026
      if zone.secondsFromGMT(for: probe) != seconds { return nil }
    }
    return (last.timeIntervalSince1970, seconds)
  }
}
