import Foundation
import Testing

@testable import ShuoshiCore

/// `calendar import`'s plain list of dates marked 休/班.
@Suite struct HolidayNoticeTests {
  static func problems(_ text: String, year: Int? = nil) -> [ConfigError] {
    do {
      _ = try HolidayNotice.parse(text: text, file: "notice.txt", year: year)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func readsDatesRangesAndChineseDates() throws {
    let cal = try HolidayNotice.parse(
      text: """
        # 国务院办公厅关于2027年部分节假日安排的通知（示例）
        2027-01-01 休 元旦

        2027-02-05 至 2027-02-11 休 春节
        1月31日 班 春节
        2027年2月20日 班   # 周六
        2027/10/1~7日 休 国庆节
        """, file: "notice.txt")
    #expect(cal.year == 2027)
    #expect(!cal.provisional)
    #expect(cal.holidays.count == 1 + 7 + 7)
    #expect(cal.holidayNames[CivilDate(2027, 2, 8)] == "春节")
    #expect(cal.holidayNames[CivilDate(2027, 10, 7)] == "国庆节")
    #expect(cal.workdays == [CivilDate(2027, 1, 31), CivilDate(2027, 2, 20)])
    #expect(cal.workdayNames == [CivilDate(2027, 1, 31): "春节"])
    // What import writes reads back the same.
    #expect(try YearCalendar.parse(yaml: cal.yaml(), file: "2027.yaml") == cal)
  }

  @Test func theYearFromTheOption() throws {
    let cal = try HolidayNotice.parse(text: "1月1日 休\n", file: "n.txt", year: 2028)
    #expect(cal.holidayNames == [CivilDate(2028, 1, 1): HolidayNotice.defaultHolidayName])
    #expect(Self.problems("1月1日 休\n").map(\.line) == [1])
  }

  @Test func everyBadLineIsNamed() {
    let found = Self.problems(
      """
      2027-01-01 休 元旦
      2027-01-04 班 元旦
      元旦放假一天
      2027-02-30 休
      2026-12-31 休
      2027-01-01 休
      2027-02-11 至 2027-02-05 休 春节
      2027-02-06 班 春节
      """)
    #expect(found.map(\.line) == [2, 3, 4, 5, 6, 7, 8])
    #expect(found[0].zh == "调休上班日 2027-01-04 不是周六或周日")
    #expect(found[1].message(.zh).hasPrefix("notice.txt:3: 看不懂这一行"))
    #expect(found[1].message(.en).hasPrefix("notice.txt:3: cannot read this line"))
    #expect(found[4].en == "2027-01-01 is already listed on line 1")
    #expect(found[6].zh.contains("“春节”不是本文件中的假日名称"))
    #expect(Self.problems("# nothing\n\n").first?.line == nil)
    #expect(Self.problems("2027-01-01 休\n", year: 2028).map(\.line) == [1])
  }
}
