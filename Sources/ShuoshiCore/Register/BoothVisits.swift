import Foundation

/// When a resident (or a household) came to the booth: the days of their cases, and how many
/// Saturdays (逢六说事) in a row they came up to their latest Saturday — so the booth sees at
/// once that someone has come three Saturdays running.
public struct BoothVisits: Sendable, Equatable {
  /// Distinct days a case was received, newest first.
  public var days: [CivilDate]
  /// Consecutive Saturdays with a case, ending at the latest Saturday with one.
  public var saturdayStreak: Int

  public init(received: [Date], calendar: WorkingCalendar) {
    let days = Set(received.map { calendar.civilDate(of: $0) })
    self.days = days.sorted(by: >)
    let saturdays = Set(days.filter { $0.weekday == 6 }.map(\.dayNumber))
    var streak = 0
    if var day = saturdays.max() {
      while saturdays.contains(day) {
        streak += 1
        day -= 7
      }
    }
    self.saturdayStreak = streak
  }

  /// `连续 3 个周六来访` / `3 Saturdays in a row`; empty below two.
  public func streakText(_ lang: Lang) -> String {
    guard saturdayStreak >= 2 else { return "" }
    return CoreStrings.forLang(lang).saturdayStreak(saturdayStreak)
  }
}
