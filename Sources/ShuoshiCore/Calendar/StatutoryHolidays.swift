import Foundation

/// The statutory public holidays of a year under the State Council's 《全国年节及纪念日放假办法》
/// as revised in 2024 (in force from 2025): 元旦 1 day, 春节 4 (除夕 through 初三), 清明节 1,
/// 劳动节 2 (May 1–2), 端午节 1, 中秋节 1, 国庆节 3 (October 1–3) — 13 days.
///
/// These are the core days only: each November's notice adds the bridging days and the 调休
/// make-up working days, which cannot be computed. A year file built from them is marked
/// `provisional: true` until the notice is out (`data/calendar/2027.yaml`).
///
/// Lunar dates (春节, 端午, 中秋) come from Foundation's Chinese calendar in Beijing time.
/// 清明 is the solar term at the sun's longitude 15°, April 4 or 5 this century, from the
/// usual rule: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ with Y the year's last two digits
/// (2001–2099). The method is checked against the official 2025 and 2026 files in tests.
public enum StatutoryHolidays {
  /// One statutory day off.
  public struct Day: Sendable, Equatable {
    public let name: String
    public let date: CivilDate
  }

  /// The years the 清明 rule and the calendar are trusted for.
  public static let supportedYears = 2001...2099

  /// The 13 statutory days of `year`, in date order; nil outside `supportedYears`.
  public static func core(year: Int) -> [Day]? {
    guard supportedYears.contains(year), let lunar = lunarDates(year: year) else { return nil }
    var days: [Day] = [Day(name: "元旦", date: CivilDate(year, 1, 1))]
    for offset in -1...2 {
      days.append(Day(name: "春节", date: lunar.springFestival.adding(days: offset)))
    }
    days.append(Day(name: "清明节", date: qingming(year: year)))
    days.append(Day(name: "劳动节", date: CivilDate(year, 5, 1)))
    days.append(Day(name: "劳动节", date: CivilDate(year, 5, 2)))
    days.append(Day(name: "端午节", date: lunar.dragonBoat))
    days.append(Day(name: "中秋节", date: lunar.midAutumn))
    for d in 1...3 { days.append(Day(name: "国庆节", date: CivilDate(year, 10, d))) }
    return days.sorted { $0.date < $1.date }
  }

  /// A provisional year file from the statutory days: no bridging days, no make-up workdays.
  /// Days of 春节 that fall in the previous year (除夕 on December 31) are left out.
  public static func provisionalCalendar(year: Int) -> YearCalendar? {
    guard let days = core(year: year) else { return nil }
    var holidays: [CivilDate: String] = [:]
    for day in days where day.date.year == year { holidays[day.date] = day.name }
    return YearCalendar(
      year: year, holidays: holidays, workdays: [:],
      source: "按《全国年节及纪念日放假办法》（2024年修订）推算，待国务院办公厅通知发布后替换",
      provisional: true)
  }

  /// The day of 清明 (April 4 or 5) for 2001–2099.
  public static func qingming(year: Int) -> CivilDate {
    let y = Double(year % 100)
    let day = Int((y * 0.2422 + 4.81).rounded(.down)) - Int((y / 4).rounded(.down))
    return CivilDate(year, 4, day)
  }

  /// 春节 (正月初一), 端午 (五月初五) and 中秋 (八月十五) of the Gregorian `year`.
  static func lunarDates(year: Int) -> (
    springFestival: CivilDate, dragonBoat: CivilDate, midAutumn: CivilDate
  )? {
    guard let zone = TimeZone(identifier: "Asia/Shanghai") else { return nil }
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = zone
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = zone
    var spring: CivilDate?
    var dragon: CivilDate?
    var autumn: CivilDate?
    let first = CivilDate(year, 1, 1).dayNumber
    for n in first..<CivilDate(year + 1, 1, 1).dayNumber {
      let day = CivilDate(dayNumber: n)
      let noon = DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)
      guard let date = gregorian.date(from: noon) else { return nil }
      let parts = chinese.dateComponents([.month, .day], from: date)
      guard parts.isLeapMonth != true, let month = parts.month, let dayOfMonth = parts.day else {
        continue
      }
      switch (month, dayOfMonth) {
      case (1, 1): spring = day
      case (5, 5): dragon = day
      case (8, 15): autumn = day
      default: break
      }
    }
    guard let spring, let dragon, let autumn else { return nil }
    return (spring, dragon, autumn)
  }
}
