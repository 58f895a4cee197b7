import Foundation

/// How a case's deadline stands at a moment, in working days — what the CLI and the console
/// both print ("剩3天", "超期2天", "今天到期", "暂停").
public enum DeadlineStanding: Equatable, Sendable {
  case none
  case closed
  case paused
  case overdue(workingDays: Int)
  case dueToday
  case left(workingDays: Int)
}

extension Case {
  public func deadlineStanding(at now: Date, calendar: WorkingCalendar) -> DeadlineStanding {
    guard let deadline else { return .none }
    if state == .waiting { return .paused }
    if !state.isOpen { return .closed }
    if now > deadline {
      return .overdue(workingDays: max(1, calendar.workingDaysElapsed(from: deadline, to: now)))
    }
    if calendar.civilDate(of: now) == calendar.civilDate(of: deadline) { return .dueToday }
    // Working days after today up to and including the due day: due Monday, seen on
    // Saturday, is one working day left.
    return .left(workingDays: calendar.workingDaysElapsed(from: now, to: deadline))
  }
}
