import Foundation
import Testing

@testable import ShuoshiCore

/// Working-day arithmetic against the shipped 2025 and 2026 calendars, in Beijing time.
@Suite struct CalendarTests {
  static let zone = TimeZone(identifier: "Asia/Shanghai")!
  let cal: WorkingCalendar

  init() throws {
    cal = WorkingCalendar(
      years: [try ShippedData.calendar(2025), try ShippedData.calendar(2026)],
      timeZone: CalendarTests.zone)
  }

  /// An instant in Beijing time.
  static func bj(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 10, _ min: Int = 0, _ s: Int = 0)
    -> Date
  {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = zone
    return c.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min, second: s))!
  }

  static func endOf(_ y: Int, _ m: Int, _ d: Int) -> Date { bj(y, m, d, 23, 59, 59) }

  @Test func springFestival2026CountsTheSaturdayMakeUpDay() {
    // Fri 13 Feb; Sat 14 is worked (day 1); 15–23 off; 24 = day 2; 25 = day 3.
    for hour in [0, 9, 17, 23] {
      let due = cal.deadline(from: Self.bj(2026, 2, 13, hour, 30), workingDays: 3)
      #expect(due == Self.endOf(2026, 2, 25))
    }
    #expect(cal.deadline(from: Self.bj(2026, 2, 13), workingDays: 1) == Self.endOf(2026, 2, 14))
    #expect(cal.deadline(from: Self.bj(2026, 2, 13), workingDays: 2) == Self.endOf(2026, 2, 24))
  }

  @Test func makeUpSundayIsAWorkingDay() {
    #expect(CivilDate(2025, 9, 28).weekday == 7)
    #expect(cal.isWorkingDay(CivilDate(2025, 9, 28)))
    #expect(cal.kind(of: CivilDate(2025, 9, 28)) == .makeUpWorkday("国庆节、中秋节"))
    #expect(cal.isWorkingDay(CivilDate(2025, 10, 11)))
  }

  @Test func nationalDayWeek2025IsOff() {
    for d in 1...8 { #expect(!cal.isWorkingDay(CivilDate(2025, 10, d)), "2025-10-0\(d)") }
    #expect(cal.kind(of: CivilDate(2025, 10, 3)) == .holiday("国庆节、中秋节"))
    #expect(cal.isWorkingDay(CivilDate(2025, 10, 9)))
    // Received Tue 30 Sep: 1 Oct–8 Oct off, so day 1 is Thu 9 Oct, day 3 is Sat 11 Oct (worked).
    #expect(cal.deadline(from: Self.bj(2025, 9, 30), workingDays: 3) == Self.endOf(2025, 10, 11))
  }

  @Test func plainWeekdaysAndWeekends() {
    #expect(cal.isWorkingDay(CivilDate(2026, 3, 9)))  // Monday
    #expect(!cal.isWorkingDay(CivilDate(2026, 3, 7)))  // Saturday
    #expect(cal.kind(of: CivilDate(2026, 3, 8)) == .weekend)
    #expect(cal.kind(of: CivilDate(2026, 3, 9)) == .workday)
  }

  @Test func receivedOnASaturdayOff() {
    // Sat 7 Mar 2026 is not worked: day 1 is Mon 9 Mar.
    #expect(cal.deadline(from: Self.bj(2026, 3, 7, 15), workingDays: 1) == Self.endOf(2026, 3, 9))
    #expect(cal.deadline(from: Self.bj(2026, 3, 7, 15), workingDays: 5) == Self.endOf(2026, 3, 13))
  }

  @Test func lateEveningBelongsToItsLocalDay() {
    // 23:30 Monday in Beijing is 15:30 UTC Monday; 00:30 Tuesday in Beijing is still Monday
    // in UTC. The local day decides.
    let monday = Self.bj(2026, 3, 9, 23, 30)
    #expect(cal.civilDate(of: monday) == CivilDate(2026, 3, 9))
    #expect(cal.deadline(from: monday, workingDays: 1) == Self.endOf(2026, 3, 10))
    let tuesday = Self.bj(2026, 3, 10, 0, 30)
    #expect(cal.civilDate(of: tuesday) == CivilDate(2026, 3, 10))
    #expect(cal.deadline(from: tuesday, workingDays: 1) == Self.endOf(2026, 3, 11))
  }

  @Test func dayBoundsAreLocal() {
    let d = CivilDate(2026, 2, 13)
    #expect(cal.startOfDay(d) == Self.bj(2026, 2, 13, 0, 0))
    #expect(cal.endOfDay(d) == Self.endOf(2026, 2, 13))
    #expect(cal.startOfDay(d).timeIntervalSince1970 == 1_770_912_000)  // 16:00 UTC on the 12th
    #expect(cal.civilDate(of: cal.endOfDay(d)) == d)
    #expect(cal.civilDate(of: cal.endOfDay(d).addingTimeInterval(1)) == CivilDate(2026, 2, 14))
  }

  @Test func zeroDaysIsTheEndOfTheDayOfReceipt() {
    #expect(cal.deadline(from: Self.bj(2026, 3, 7), workingDays: 0) == Self.endOf(2026, 3, 7))
  }

  @Test func yearOutsideTheFilesFallsBackToMondayToFriday() {
    #expect(!cal.covers(year: 2027))
    #expect(cal.covers(year: 2026))
    // 2027-01-01 is a Friday: without a file it is a working day (no 元旦 known).
    #expect(cal.isWorkingDay(CivilDate(2027, 1, 1)))
    #expect(!cal.isWorkingDay(CivilDate(2027, 1, 2)))
    // Thu 31 Dec 2026 + 3 → Fri 1, Mon 4, Tue 5 Jan 2027.
    let received = Self.bj(2026, 12, 31)
    let due = cal.deadline(from: received, workingDays: 3)
    #expect(due == Self.endOf(2027, 1, 5))
    #expect(cal.missingYears(from: received, to: due) == [2027])
    #expect(cal.missingYears(from: Self.bj(2025, 1, 1), to: Self.bj(2026, 12, 31)) == [])
    #expect(
      cal.missingYears(from: Self.bj(2024, 6, 1), to: Self.bj(2028, 1, 1)) == [2024, 2027, 2028])
    // 2024 before the table: Fri 27 Dec 2024 + 2 → Mon 30, Tue 31 Dec.
    #expect(cal.deadline(from: Self.bj(2024, 12, 27), workingDays: 2) == Self.endOf(2024, 12, 31))
  }

  @Test func addWorkingDaysAcrossAHoliday() {
    // A deadline at the end of Thu 30 Apr 2026, pushed 2 working days: 1–5 May off,
    // so Wed 6 and Thu 7 May.
    let due = Self.endOf(2026, 4, 30)
    #expect(cal.addWorkingDays(2, to: due) == Self.endOf(2026, 5, 7))
    // Sat 9 May is worked.
    #expect(cal.addWorkingDays(3, to: due) == Self.endOf(2026, 5, 8))
    #expect(cal.addWorkingDays(4, to: due) == Self.endOf(2026, 5, 9))
    #expect(cal.addWorkingDays(0, to: due) == due)
    #expect(cal.addWorkingDays(-1, to: Self.endOf(2026, 5, 6)) == Self.endOf(2026, 4, 30))
  }

  @Test func pauseOverAWeekendConsumesOnlyWorkingDays() {
    // Paused Fri 6 Mar, resumed Mon 9 Mar: only Friday was consumed.
    #expect(cal.workingDays(from: Self.bj(2026, 3, 6, 16), to: Self.bj(2026, 3, 9, 9)) == 1)
    // Paused Thu 5 → Tue 10: Thu, Fri, Mon.
    #expect(cal.workingDays(from: Self.bj(2026, 3, 5), to: Self.bj(2026, 3, 10)) == 3)
    // Same day, or backwards: none.
    #expect(cal.workingDays(from: Self.bj(2026, 3, 6, 9), to: Self.bj(2026, 3, 6, 18)) == 0)
    #expect(cal.workingDays(from: Self.bj(2026, 3, 10), to: Self.bj(2026, 3, 5)) == 0)
    // Over Spring Festival 2026: 13 (Fri) and 14 (worked Sat) only.
    #expect(cal.workingDays(from: Self.bj(2026, 2, 13), to: Self.bj(2026, 2, 24)) == 2)
    #expect(cal.workingDays(from: CivilDate(2026, 2, 13), to: CivilDate(2026, 2, 24)) == 2)
  }

  @Test func elapsedUsesTheDeadlineConvention() {
    let received = Self.bj(2026, 2, 13, 9)
    #expect(cal.workingDaysElapsed(from: received, to: Self.bj(2026, 2, 13, 17)) == 0)
    #expect(cal.workingDaysElapsed(from: received, to: Self.bj(2026, 2, 14, 17)) == 1)
    #expect(cal.workingDaysElapsed(from: received, to: Self.bj(2026, 2, 20)) == 1)
    for n in [1, 2, 3, 7, 15, 20] {
      let due = cal.deadline(from: received, workingDays: n)
      #expect(cal.workingDaysElapsed(from: received, to: due) == n)
    }
    #expect(cal.workingDaysElapsed(from: Self.bj(2026, 3, 9), to: Self.bj(2026, 3, 1)) == 0)
  }

  @Test func nextAndPreviousWorkingDay() {
    #expect(cal.nextWorkingDay(after: CivilDate(2026, 2, 13)) == CivilDate(2026, 2, 14))
    #expect(cal.nextWorkingDay(after: CivilDate(2026, 2, 14)) == CivilDate(2026, 2, 24))
    #expect(cal.previousWorkingDay(before: CivilDate(2026, 2, 24)) == CivilDate(2026, 2, 14))
    #expect(cal.previousWorkingDay(before: CivilDate(2026, 1, 5)) == CivilDate(2026, 1, 4))
  }

  @Test func rangeCountsAgreeWithDayByDay() {
    // The table-and-closed-form count must match a plain walk, inside and outside the files.
    let start = CivilDate(2024, 11, 1).dayNumber
    let end = CivilDate(2027, 3, 1).dayNumber
    var walked = 0
    var n = start
    while n < end {
      if cal.isWorkingDay(CivilDate(dayNumber: n)) { walked += 1 }
      n += 1
      if (n - start) % 97 == 0 || n == end {
        #expect(
          cal.workingDays(from: CivilDate(dayNumber: start), to: CivilDate(dayNumber: n)) == walked)
      }
    }
  }

  @Test func emptyCalendarIsMondayToFriday() {
    let plain = WorkingCalendar(years: [], timeZone: Self.zone)
    #expect(plain.coveredYears == [])
    #expect(plain.deadline(from: Self.bj(2026, 2, 13), workingDays: 3) == Self.endOf(2026, 2, 18))
    #expect(plain.missingYears(from: Self.bj(2026, 2, 13), to: Self.bj(2026, 2, 18)) == [2026])
    #expect(plain.workingDays(from: CivilDate(2026, 3, 2), to: CivilDate(2026, 3, 16)) == 10)
    #expect(plain.workingDays(from: CivilDate(1969, 12, 29), to: CivilDate(1970, 1, 12)) == 10)
  }

  @Test func otherTimeZonesSeeOtherDays() {
    // 2026-02-13 20:00 UTC is already the 14th in Beijing, still the 13th in New York.
    let instant = Date(timeIntervalSince1970: 1_771_012_800)
    let ny = WorkingCalendar(
      years: [try! ShippedData.calendar(2026)],
      timeZone: TimeZone(identifier: "America/New_York")!)
    #expect(cal.civilDate(of: instant) == CivilDate(2026, 2, 14))
    #expect(ny.civilDate(of: instant) == CivilDate(2026, 2, 13))
    #expect(ny.civilDate(of: ny.endOfDay(CivilDate(2026, 3, 8))) == CivilDate(2026, 3, 8))
    #expect(
      ny.endOfDay(CivilDate(2026, 3, 8)).timeIntervalSince(ny.startOfDay(CivilDate(2026, 3, 8)))
        == 23 * 3600 - 1)  // the day clocks spring forward
  }

  @Test func civilDayNumbers() {
    #expect(CivilDate(1970, 1, 1).dayNumber == 0)
    #expect(CivilDate(2000, 3, 1).dayNumber == 11_017)
    #expect(CivilDate(dayNumber: -1) == CivilDate(1969, 12, 31))
    for n in stride(from: -800_000, to: 800_000, by: 997) {
      #expect(CivilDate(dayNumber: n).dayNumber == n)
    }
    #expect(CivilDate(2026, 2, 14).weekday == 6)
    #expect(!CivilDate(2026, 2, 29).isValid)
    #expect(CivilDate(2024, 2, 29).isValid)
  }

  @Test func thousandsOfDeadlinesAreFast() {
    let start = Date()
    var last = Date.distantPast
    for i in 0..<20_000 {
      let received = Self.bj(2026, 1, 1).addingTimeInterval(Double(i) * 1_537)
      last = max(last, cal.deadline(from: received, workingDays: 15))
    }
    let elapsed = Date().timeIntervalSince(start)
    #expect(last > Self.bj(2026, 1, 1))
    #expect(elapsed < 2, "20,000 deadlines took \(elapsed) s")
  }
}
