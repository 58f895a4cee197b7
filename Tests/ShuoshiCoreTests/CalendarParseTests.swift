import Foundation
import Testing

@testable import ShuoshiCore

/// The shipped calendar files and the checks on hand-written ones.
@Suite struct CalendarParseTests {
  static func days(_ y: Int, _ ranges: [(Int, Int, Int, Int)]) -> Set<CivilDate> {
    var result: Set<CivilDate> = []
    for (m1, d1, m2, d2) in ranges {
      for n in CivilDate(y, m1, d1).dayNumber...CivilDate(y, m2, d2).dayNumber {
        result.insert(CivilDate(dayNumber: n))
      }
    }
    return result
  }

  @Test func shipped2025MatchesTheNotice() throws {
    let cal = try ShippedData.calendar(2025)
    #expect(cal.year == 2025)
    #expect(cal.source == "国务院办公厅关于2025年部分节假日安排的通知")
    let holidays = Self.days(
      2025,
      [(1, 1, 1, 1), (1, 28, 2, 4), (4, 4, 4, 6), (5, 1, 5, 5), (5, 31, 6, 2), (10, 1, 10, 8)])
    #expect(holidays.count == 28)
    #expect(cal.holidays == holidays)
    let workdays: Set = [
      CivilDate(2025, 1, 26), CivilDate(2025, 2, 8), CivilDate(2025, 4, 27),
      CivilDate(2025, 9, 28), CivilDate(2025, 10, 11),
    ]
    #expect(cal.workdays == workdays)
    #expect(cal.workdays.count == 5)
    #expect(cal.holidayNames[CivilDate(2025, 1, 31)] == "春节")
    #expect(cal.workdayNames[CivilDate(2025, 4, 27)] == "劳动节")
  }

  @Test func shipped2026MatchesTheNotice() throws {
    let cal = try ShippedData.calendar(2026)
    let holidays = Self.days(
      2026,
      [
        (1, 1, 1, 3), (2, 15, 2, 23), (4, 4, 4, 6), (5, 1, 5, 5), (6, 19, 6, 21), (9, 25, 9, 27),
        (10, 1, 10, 7),
      ])
    #expect(holidays.count == 33)
    #expect(cal.holidays == holidays)
    let workdays: Set = [
      CivilDate(2026, 1, 4), CivilDate(2026, 2, 14), CivilDate(2026, 2, 28),
      CivilDate(2026, 5, 9), CivilDate(2026, 9, 20), CivilDate(2026, 10, 10),
    ]
    #expect(cal.workdays == workdays)
    #expect(cal.workdays.count == 6)
    #expect(cal.holidayNames[CivilDate(2026, 9, 26)] == "中秋节")
    #expect(cal.workdays.allSatisfy { $0.isWeekend })
  }

  @Test func workingDayTotalsPerYear() throws {
    // 2025: 261 weekdays − 18 holidays on weekdays + 5 make-up days = 248.
    // 2026: 261 weekdays − 19 holidays on weekdays + 6 make-up days = 248.
    for (year, expected) in [(2025, 248), (2026, 248)] {
      let cal = WorkingCalendar(
        years: [try ShippedData.calendar(year)], timeZone: TimeZone(identifier: "Asia/Shanghai")!)
      let total = cal.workingDays(from: CivilDate(year, 1, 1), to: CivilDate(year + 1, 1, 1))
      #expect(total == expected, "\(year)")
    }
  }

  // MARK: Mistakes, each named with its line

  static func parse(_ yaml: String, file: String = "data/calendar/2026.yaml") -> ConfigError? {
    configError { _ = try YearCalendar.parse(yaml: yaml, file: file) }
  }

  @Test func dateOutsideTheYear() {
    let e = Self.parse(
      """
      year: 2026
      holidays:
        - {name: 元旦, from: 2025-12-31, to: 2026-01-03}
      """)
    #expect(e?.line == 3)
    #expect(e?.message(.zh) == "data/calendar/2026.yaml:3: 日期 2025-12-31 不在 2026 年内")
  }

  @Test func fromAfterTo() {
    let e = Self.parse(
      """
      year: 2026
      holidays:
        - name: 春节
          from: 2026-02-23
          to: 2026-02-15
      """)
    #expect(e?.line == 5)
    #expect(e?.en == "to (2026-02-15) is before from (2026-02-23)")
  }

  @Test func bothHolidayAndWorkday() {
    let e = Self.parse(
      """
      year: 2026
      holidays:
        - {name: 春节, from: 2026-02-14, to: 2026-02-23}
      workdays:
        - {date: 2026-02-28, for: 春节}
        - {date: 2026-02-14, for: 春节}
      """)
    #expect(e?.line == 6)
    #expect(e?.zh == "2026-02-14 既是假日（春节）又是调休上班日")
  }

  @Test func makeUpDayOnAWeekday() {
    let e = Self.parse(
      """
      year: 2026
      holidays:
        - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
      workdays:
        - {date: 2026-01-05, for: 元旦}
      """)
    #expect(e?.line == 5)
    #expect(e?.en == "make-up working day 2026-01-05 is not a Saturday or Sunday")
  }

  @Test func otherMistakes() {
    // Overlapping holidays.
    #expect(
      Self.parse(
        """
        year: 2026
        holidays:
          - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
          - {name: 假期, date: 2026-01-03}
        """)?.line == 4)
    // An impossible date.
    #expect(
      Self.parse(
        """
        year: 2026
        holidays:
          - {name: 春节, date: 2026-02-30}
        """)?.line == 3)
    // A make-up day for a holiday the file does not list.
    #expect(
      Self.parse(
        """
        year: 2026
        holidays: []
        workdays:
          - {date: 2026-01-04, for: 元旦}
        """)?.line == 4)
    // A typo in a key.
    let typo = Self.parse(
      """
      year: 2026
      holiday:
        - {name: 元旦, date: 2026-01-01}
      """)
    #expect(typo?.line == 2)
    // The year disagrees with the file name.
    #expect(Self.parse("year: 2027\n")?.line == 1)
    #expect(Self.parse("year: 2027\n", file: "custom.yaml") == nil)
    // No year at all.
    #expect(Self.parse("holidays: []\n")?.zh == "缺少 year 字段")
    // A broken file.
    #expect(Self.parse("year: 2026\nholidays:\n  - {name: 元旦, date: 2026-01-01\n")?.line != nil)
  }

  @Test func singleDatesAndUnnamedMakeUpDays() throws {
    let cal = try YearCalendar.parse(
      yaml: """
        year: 2030
        holidays:
          - {name: 元旦, date: 2030-01-01}
        workdays:
          - date: 2030-01-05
        """, file: "2030.yaml")
    #expect(cal.holidays == [CivilDate(2030, 1, 1)])
    #expect(cal.workdays == [CivilDate(2030, 1, 5)])
    #expect(cal.workdayNames.isEmpty)
    let working = WorkingCalendar(years: [cal], timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    #expect(working.kind(of: CivilDate(2030, 1, 5)) == .makeUpWorkday(nil))
  }
}
