import Foundation

extension Case {
  /// A resolution at `at`: its 回访 falls due by `due` — at once for a resolution recorded
  /// before 回访 existed (its event names no due time) — with no attempt made yet.
  mutating func awaitFollowUp(by due: Date?, resolvedAt at: Date) {
    followUpDue = due ?? at
    followUpAttempts = 0
  }

  /// The booth rating (评单) counts as a 回访 in person: satisfied or mostly satisfied means
  /// solved, unsatisfied means not (the case reopens).
  mutating func ratedAtBooth(_ rating: Rating?) {
    guard let rating else { return }
    followUpResult = rating == .unsatisfied ? .unsolved : .solved
    followUpDue = nil
    followUpAttempts = 0
  }

  /// One 回访 folded in. Not reached: an attempt, and the last allowed one closes the 回访 as
  /// 未联系上. Reached: the answer and the satisfaction are the case's latest; solved and
  /// satisfied closes a resolved case; 部分解决 leaves the 回访 due; 重办 follows as its own
  /// events (reopened, escalated).
  mutating func apply(_ d: EventPayload.FollowedUp, at: Date) {
    guard d.reached == true else {
      followUpAttempts += 1
      if d.unreached == true {
        followUpResult = .unreached
        followUpDue = nil
      }
      return
    }
    if let rating = d.rating { self.rating = rating }
    guard let solved = d.solved else { return }
    followUpResult = FollowUpResult(solved)
    if solved == .partly && d.rating != .unsatisfied { return }
    followUpDue = nil
    if solved == .solved && d.rating != .unsatisfied && state == .resolved {
      state = .closed
      closedAt = at
    }
  }

  /// 待回访: resolved or closed, its 回访 due and not yet done (or only 部分解决). The due
  /// time alone says it (set at a resolution, cleared by a reopening), which the store's
  /// query and index rely on; the state is checked too for safety.
  public var awaitsFollowUp: Bool { !state.isOpen && followUpDue != nil }
}
