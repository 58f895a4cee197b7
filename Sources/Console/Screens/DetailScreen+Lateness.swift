import Foundation
import ShuoshiCore
import TerminalUI

extension DetailScreen {
  /// When the case became late, beside its deadline: since when and why while it is late
  /// (`Case.lateSince`), or, once an overdue escalation gave it a new deadline, when the old
  /// one passed (the escalation's effective time, not when the sweep saw it) and the tier it
  /// went to. Nil for a case that was never late.
  static func lateness(_ c: Case, history: [Event], session: Session)
    -> (label: String, value: String, role: Role?)?
  {
    let a = session.strings.attention
    let f = session.format
    let now = session.now
    if let since = c.lateSince(at: now) {
      let why =
        c.isOverdue(at: now) && since == c.deadline ? a.lateByDeadline : a.lateByFirstContact
      return (session.strings.tabOverdue, a.lateSince(f.shortMinute(since), why), .late)
    }
    let moved = history.last { e in
      guard case .escalated(let d) = e.payload else { return false }
      return d.escalation == .overdue && d.effectiveAt != nil
    }
    guard c.state.isOpen, let moved, case .escalated(let d) = moved.payload,
      let when = d.effectiveAt
    else { return nil }
    let tier = f.tier(d.tier ?? c.tier)
    return (session.strings.tabOverdue, a.escalatedLate(f.shortMinute(when), tier), .warning)
  }
}
