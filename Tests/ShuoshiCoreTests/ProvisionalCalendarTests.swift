import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// The provisional 2027 file, the `provisional` key, and the method that computes a year's
/// statutory holidays, checked against the official 2025 and 2026 notices.
@Suite struct ProvisionalCalendarTests {
  static let beijing = TimeZone(identifier: "Asia/Shanghai")!

  @Test func theMethodAgreesWithTheOfficial2025And2026Notices() throws {
    for year in [2025, 2026] {
      let official = try ShippedData.calendar(year)
      #expect(official.provisional == false)
      let core = try #require(StatutoryHolidays.core(year: year))
      #expect(core.count == 13)
      for day in core {
        #expect(official.holidays.contains(day.date), "\(year): \(day.name) \(day.date)")
        // The official name covers the computed one (2025 names the joint 国庆节、中秋节).
        let name = official.holidayNames[day.date] ?? ""
        #expect(name.contains(day.name), "\(year): \(day.date) is \(name), computed \(day.name)")
      }
    }
  }

  @Test func lunarDatesAndQingming() throws {
    let y2025 = try #require(StatutoryHolidays.lunarDates(year: 2025))
    #expect(y2025.springFestival == CivilDate(2025, 1, 29))
    #expect(y2025.dragonBoat == CivilDate(2025, 5, 31))
    #expect(y2025.midAutumn == CivilDate(2025, 10, 6))
    let y2026 = try #require(StatutoryHolidays.lunarDates(year: 2026))
    #expect(y2026.springFestival == CivilDate(2026, 2, 17))
    #expect(y2026.dragonBoat == CivilDate(2026, 6, 19))
    #expect(y2026.midAutumn == CivilDate(2026, 9, 25))
    #expect(StatutoryHolidays.qingming(year: 2025) == CivilDate(2025, 4, 4))
    #expect(StatutoryHolidays.qingming(year: 2026) == CivilDate(2026, 4, 5))
    #expect(StatutoryHolidays.qingming(year: 2027) == CivilDate(2027, 4, 5))
    #expect(StatutoryHolidays.qingming(year: 2028) == CivilDate(2028, 4, 4))
    #expect(StatutoryHolidays.core(year: 1990) == nil)
  }

  @Test func shipped2027IsTheComputedProvisionalYear() throws {
    let shipped = try ShippedData.calendar(2027)
    #expect(shipped.provisional)
    #expect(shipped.workdays.isEmpty)
    let computed = try #require(StatutoryHolidays.provisionalCalendar(year: 2027))
    #expect(shipped.holidays == computed.holidays)
    #expect(shipped.holidayNames == computed.holidayNames)
    #expect(shipped.holidays.count == 13)
    #expect(shipped.holidayNames[CivilDate(2027, 1, 1)] == "元旦")
    #expect(shipped.holidayNames[CivilDate(2027, 2, 5)] == "春节")  // 除夕
    #expect(shipped.holidayNames[CivilDate(2027, 2, 8)] == "春节")  // 初三
    #expect(shipped.holidayNames[CivilDate(2027, 4, 5)] == "清明节")
    #expect(shipped.holidayNames[CivilDate(2027, 6, 9)] == "端午节")
    #expect(shipped.holidayNames[CivilDate(2027, 9, 15)] == "中秋节")
  }

  @Test func theProvisionalKey() throws {
    let yes = try YearCalendar.parse(
      yaml: "year: 2030\nprovisional: true\nholidays: []\n", file: "2030.yaml")
    #expect(yes.provisional)
    let no = try YearCalendar.parse(yaml: "year: 2030\nholidays: []\n", file: "2030.yaml")
    #expect(!no.provisional)
    let e = configError {
      _ = try YearCalendar.parse(yaml: "year: 2030\nprovisional: maybe\n", file: "2030.yaml")
    }
    #expect(e?.line == 2)
  }

  @Test func writtenYAMLReadsBackTheSame() throws {
    for year in [2025, 2026, 2027] {
      let cal = try ShippedData.calendar(year)
      let again = try YearCalendar.parse(yaml: cal.yaml(header: ["copy"]), file: "\(year).yaml")
      #expect(again == cal, "\(year)")
    }
  }

  @Test func provisionalYearsInARange() throws {
    let cal = WorkingCalendar(
      years: [try ShippedData.calendar(2026), try ShippedData.calendar(2027)],
      timeZone: Self.beijing)
    let dec = ISOTimestamp.parse("2026-12-20T10:00:00+08:00")!
    #expect(cal.provisionalYears(from: dec, to: dec + 30 * 86_400) == [2027])
    #expect(cal.missingYears(from: dec, to: dec + 30 * 86_400).isEmpty)
    let june = ISOTimestamp.parse("2026-06-01T10:00:00+08:00")!
    #expect(cal.provisionalYears(from: june, to: june + 30 * 86_400).isEmpty)
  }

  // MARK: Deadlines skip the provisional holidays

  @Test func aLateDecemberCaseSkips2027NewYearsDay() throws {
    // Tuesday 2026-12-29, household 3 working days: Wed 30, Thu 31, then 元旦 (Fri 2027-01-01)
    // is off, so the third working day is Monday 2027-01-04 (it was 01-01 without the file).
    let p = try Played("楼上噪音太大", at: "2026-12-29 10:00")
    #expect(EngineFixture.day(p.current.deadline) == "2027-01-04")
    let calendar = EngineFixture.engine.calendar
    #expect(calendar.kind(of: CivilDate(2027, 1, 1)) == .holiday("元旦"))
  }

  @Test func noDeadlineFallsOnAKnownHoliday() {
    let calendar = EngineFixture.engine.calendar
    for year in calendar.coveredYears {
      let first = CivilDate(year, 1, 1).dayNumber
      for n in stride(from: first, to: CivilDate(year + 1, 1, 1).dayNumber, by: 3) {
        let received = calendar.startOfDay(CivilDate(dayNumber: n)) + 10 * 3600
        for days in [1, 3, 7, 15, 20] {
          let due = calendar.civilDate(of: calendar.deadline(from: received, workingDays: days))
          #expect(calendar.isWorkingDay(due), "\(CivilDate(dayNumber: n)) + \(days) → \(due)")
          if case .holiday = calendar.kind(of: due) { Issue.record("\(due) is a holiday") }
        }
      }
    }
  }
}
