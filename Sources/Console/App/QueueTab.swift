import Foundation
import ShuoshiCore
import ShuoshiStore

/// The queues on the main screen, left to right; each is a tab with its count.
///
/// A tab is one entry: a case here (its place in the row), and its label and store query in
/// `view` below. Counts, the tab row, Tab/Shift-Tab, the attention order and the status
/// line's sweep message all follow from that. To add one (暂停超时, 督办 …): add the case,
/// a label in `AttentionStrings`, and a query built from `CaseQuery` filters (add a filter
/// there, with an index, if none fits).
enum QueueTab: Int, CaseIterable, Sendable {
  /// Open cases (everyone's, or only the operator's): 待办.
  case open
  /// Late: past the deadline with the clock running, or first contact missed (超期).
  case overdue
  /// Due today or on the next working day, not yet late (临期).
  case dueSoon
  /// Moved up a tier and not yet given an owner there (已升级待派单).
  case escalated
  case household, residence, district, street
  /// Received today.
  case today
  /// 待回访: resolved or closed, the 回访 due or only 部分解决 (the booth rating counts as one).
  case awaitingRating
  /// 暂停超时: a wait the sweep ended past its expected day, no worker step since.
  case waitExpired
  /// 督办: under a supervisor's flag until closed.
  case supervised
  case all

  /// What a tab shows at a moment: everything `view` needs to know.
  struct Context {
    var now: Date
    var calendar: WorkingCalendar
    /// The operator, when the 待办 tab shows only their cases.
    var assignee: String?
  }

  /// One tab: its label and the store query behind it (its count is that query's count).
  struct View {
    var label: (Strings, _ mineOnly: Bool) -> String
    var query: (Context) -> CaseQuery
  }

  var view: View {
    switch self {
    case .open:
      return View(label: { s, mine in mine ? s.tabMine : s.tabOpen }) { ctx in
        var q = CaseQuery.open
        q.assignee = ctx.assignee
        return q
      }
    case .overdue:
      return View(label: { s, _ in s.tabOverdue }) { ctx in .late(at: ctx.now) }
    case .dueSoon:
      return View(label: { s, _ in s.attention.tabDueSoon }) { ctx in
        .dueSoon(at: ctx.now, calendar: ctx.calendar)
      }
    case .escalated:
      return View(label: { s, _ in s.attention.tabEscalated }) { ctx in
        .escalatedUnassigned(at: ctx.now)
      }
    case .household, .residence, .district, .street:
      let tier = tier!
      return View(label: { s, _ in s.tabTierNames[tier] ?? tier.name(s.lang) }) { _ in
        var q = CaseQuery.open
        q.tiers = [tier]
        return q
      }
    case .today:
      return View(label: { s, _ in s.tabToday }) { ctx in
        var q = CaseQuery()
        let day = ctx.calendar.civilDate(of: ctx.now)
        q.receivedFrom = ctx.calendar.startOfDay(day)
        q.receivedBefore = ctx.calendar.startOfDay(day.adding(days: 1))
        return q
      }
    case .awaitingRating:
      return View(label: { s, _ in s.tabAwaitingRating }) { _ in
        var q = CaseQuery()
        q.awaitingFollowUp = true
        return q
      }
    case .waitExpired:
      return View(label: { s, _ in SupervisionConsoleStrings.forLang(s.lang).tabWaitExpired }) { _ in
        var q = CaseQuery()
        q.waitExpiredOnly = true
        return q
      }
    case .supervised:
      return View(label: { s, _ in SupervisionConsoleStrings.forLang(s.lang).tabSupervised }) { _ in
        var q = CaseQuery()
        q.supervisedOnly = true
        return q
      }
    case .all:
      return View(label: { s, _ in s.tabAll }) { _ in CaseQuery() }
    }
  }

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

  func label(_ s: Strings, mineOnly: Bool) -> String { view.label(s, mineOnly) }

  /// The store query for this queue at `now`, in attention order at `now`.
  func query(now: Date, calendar: WorkingCalendar, assignee: String?) -> CaseQuery {
    view.query(Context(now: now, calendar: calendar, assignee: assignee))
      .inAttentionOrder(at: now)
  }
}
