import Foundation

/// How much a case calls for attention at a moment, in the usual 台账 sense: 超期 (red),
/// 临期 (yellow, due within one working day), or plain. The console's marks and the store's
/// 超期 / 临期 views both follow these rules.
public enum AttentionMark: Sendable, Equatable {
  /// 超期: the deadline passed with the clock running, or the first contact was missed.
  case late
  /// 临期: the clock runs and the deadline falls before the end of the next working day.
  case dueSoon
  case plain
}

extension Case {
  /// The first contact was due by now and has not happened, while the clock runs.
  public func missedFirstContact(at now: Date) -> Bool {
    guard state.clockRuns, firstContactAt == nil, let due = firstContactDue else { return false }
    return now > due
  }

  /// Late at `now`: past the deadline with the clock running, or first contact missed.
  public func isLate(at now: Date) -> Bool { isOverdue(at: now) || missedFirstContact(at: now) }

  /// The case's mark at `now`.
  public func attentionMark(at now: Date, calendar: WorkingCalendar) -> AttentionMark {
    if isLate(at: now) { return .late }
    guard state.clockRuns, let deadline, deadline < calendar.dueSoonBound(at: now) else {
      return .plain
    }
    return .dueSoon
  }

  /// When the case became late: the missed first contact's due time or the passed deadline,
  /// whichever came first; nil if it is not late at `now`.
  public func lateSince(at now: Date) -> Date? {
    [
      missedFirstContact(at: now) ? firstContactDue : nil,
      isOverdue(at: now) ? deadline : nil,
    ].compactMap { $0 }.min()
  }
}

extension WorkingCalendar {
  /// Deadlines before this instant are 临期 at `now`: the midnight that ends the next working
  /// day after today, so a case due today or on the next working day is marked.
  public func dueSoonBound(at now: Date) -> Date {
    startOfDay(nextWorkingDay(after: civilDate(of: now)).adding(days: 1))
  }
}
