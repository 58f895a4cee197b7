import Foundation
import ShuoshiCore

/// Turns case facts into the short texts screens show: dates in the calendar's time zone,
/// deadlines as days left or overdue, the clock state.
struct CaseFormatter {
  let strings: Strings
  let calendar: WorkingCalendar
  let rules: RoutingRules

  var lang: Lang { strings.lang }

  func status(of c: Case, at now: Date) -> DeadlineStanding {
    c.deadlineStanding(at: now, calendar: calendar)
  }

  /// `剩3天`, `超期2天`, `今天到期`, `暂停`; empty for closed cases.
  func shortDeadline(_ c: Case, at now: Date) -> String {
    switch status(of: c, at: now) {
    case .none, .closed: return ""
    case .paused: return strings.paused
    case .overdue(let d): return strings.daysOverdue(d)
    case .dueToday: return strings.dueToday
    case .left(let d): return strings.daysLeft(d)
    }
  }

  /// The detail screen's words: `剩 3 个工作日`.
  func longDeadline(_ c: Case, at now: Date) -> String {
    switch status(of: c, at: now) {
    case .none, .closed: return ""
    case .paused: return ""  // the clock state says it
    case .overdue(let d): return strings.workingDaysOverdue(d)
    case .dueToday: return strings.dueToday
    case .left(let d): return strings.workingDaysLeft(d)
    }
  }

  func isOverdue(_ c: Case, at now: Date) -> Bool {
    if case .overdue = status(of: c, at: now) { return true }
    return false
  }

  /// `计时中` / `已暂停（等待中）` / `已停止`.
  func clockState(_ c: Case) -> String {
    if c.state == .waiting { return strings.clockPaused }
    return c.state.clockRuns ? strings.clockRunning : strings.clockStopped
  }

  /// `2026-11-28`.
  func day(_ date: Date) -> String {
    calendar.civilDate(of: date).description
  }

  /// `11-28`.
  func shortDay(_ date: Date) -> String {
    String(day(date).dropFirst(5))
  }

  /// `2026-11-28 周六`.
  func dayWithWeekday(_ date: Date) -> String {
    let d = calendar.civilDate(of: date)
    return "\(d) \(strings.weekdays[d.weekday - 1])"
  }

  /// `周六`.
  func weekday(_ date: Date) -> String {
    strings.weekdays[calendar.civilDate(of: date).weekday - 1]
  }

  /// `10:05`.
  func time(_ date: Date) -> String { calendar.clockText(of: date) }

  /// `11-28 10:05`.
  func shortMinute(_ date: Date) -> String {
    "\(shortDay(date)) \(time(date))"
  }

  /// `2026-11-28 10:05`.
  func minute(_ date: Date) -> String { calendar.minuteText(of: date) }

  /// A tier's short name for tabs, columns and pickers.
  func tier(_ t: Tier) -> String {
    strings.tierNames[t] ?? t.name(lang)
  }

  func category(_ c: Case) -> String {
    rules.name(ofCategory: c.category, lang: lang)
  }

  /// The category for a narrow column: its short English name in English (`Rubbish`).
  func shortCategory(_ c: Case) -> String {
    rules.shortName(ofCategory: c.category, lang: lang)
  }

  func category(id: String) -> String {
    rules.name(ofCategory: id, lang: lang)
  }

  /// `王秀英 138****5678`.
  func resident(_ c: Case, revealPhone: Bool = false) -> String {
    let phone = revealPhone ? c.resident.phone : PhoneMask.mask(c.resident.phone)
    return phone.isEmpty ? c.resident.name : "\(c.resident.name) \(phone)"
  }

  /// One line of history: what happened, in the user's language, with the phone and ID
  /// numbers it quotes masked.
  func summary(_ e: Event) -> String {
    PersonalMask.text(fullSummary(e))
  }

  /// The line unmasked: only for the case detail after a recorded reveal.
  func fullSummary(_ e: Event) -> String {
    e.summary(rules: rules, lang: lang, calendar: calendar)
  }

  /// True on Saturdays, the booth day (逢六说事).
  func isBoothDay(_ date: Date) -> Bool {
    calendar.civilDate(of: date).weekday == 6
  }
}
