import Foundation
import Testing

@testable import ShuoshiCore

/// Times print in the site's zone, never the machine's: a laptop left on UTC still shows 08:30
/// for a case taken at 08:30 Beijing time.
@Suite struct CalendarTextTests {
  let cal = WorkingCalendar(years: [], timeZone: TimeZone(identifier: "Asia/Shanghai")!)

  @Test func minuteIsInTheSiteZone() {
    let halfPastMidnightUTC = Date(timeIntervalSince1970: 1_796_517_000)  // 2026-12-06 00:30 UTC
    #expect(cal.minuteText(of: halfPastMidnightUTC) == "2026-12-06 08:30")
    #expect(cal.clockText(of: halfPastMidnightUTC) == "08:30")
  }

  @Test func lateEveningStaysOnItsDay() {
    let utc = Date(timeIntervalSince1970: 1_796_572_740)  // 2026-12-06 15:59 UTC = 23:59 BJ
    #expect(cal.minuteText(of: utc) == "2026-12-06 23:59")
  }
}
