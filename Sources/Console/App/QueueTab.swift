import Foundation
import ShuoshiCore
import ShuoshiStore

/// The queues on the main screen, left to right.
enum QueueTab: Int, CaseIterable, Sendable {
  /// Open cases (everyone's, or only the operator's).
  case open
  /// Past the deadline with the clock running.
  case overdue
  case household, residence, district, street
  /// Received today.
  case today
  /// 待回访: resolved or closed, the 回访 due or only 部分解决 (the booth rating counts as one).
  case awaitingRating
  case all

  /// The open cases at this tier, for the tier tabs.
  var tier: Tier? {
    switch self {
    case .household: return .household
    case .residence: return .residence
    case .district: return .district
    case .street: return .street
    default: return nil
    }
  }

  init?(tier: Tier) {
    guard let tab = QueueTab.allCases.first(where: { $0.tier == tier }) else { return nil }
    self = tab
  }

  func label(_ s: Strings, mineOnly: Bool) -> String {
    switch self {
    case .open: return mineOnly ? s.tabMine : s.tabOpen
    case .overdue: return s.tabOverdue
    case .today: return s.tabToday
    case .awaitingRating: return s.tabAwaitingRating
    case .all: return s.tabAll
    default: return s.tabTierNames[tier!] ?? tier!.name(s.lang)
    }
  }

  /// The store query for this queue at `now`.
  func query(now: Date, calendar: WorkingCalendar, assignee: String?) -> CaseQuery {
    var q = CaseQuery()
    switch self {
    case .open:
      q = .open
      q.assignee = assignee
    case .overdue:
      q.overdueAt = now
    case .household, .residence, .district, .street:
      q = .open
      q.tiers = [tier!]
    case .today:
      let day = calendar.civilDate(of: now)
      q.receivedFrom = calendar.startOfDay(day)
      q.receivedBefore = calendar.startOfDay(day.adding(days: 1))
    case .awaitingRating:
      q.awaitingFollowUp = true
    case .all:
      break
    }
    return q
  }
}
