import Foundation

extension CaseEngine {
  /// When the 回访 of a case resolved at `now` falls due (`follow_up: due_working_days`).
  public func followUpDue(from now: Date) -> Date {
    calendar.deadline(from: now, workingDays: rules.followUp.dueWorkingDays)
  }

  /// The events of a 回访 on `c` (resolved or closed; `refusal` has checked). Not reached: an
  /// attempt, and the last allowed one closes the 回访 as 未联系上. Unsolved or unsatisfied:
  /// 重办 — reopened and one tier up, as an unsatisfied rating (`redo`). Solved and
  /// satisfied closes a resolved case (the projection does it from the event).
  func followUpDrafts(_ f: FollowUp, on c: Case, now: Date) throws(EngineError) -> [EventDraft] {
    let words = f.words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .flatMap { $0.isEmpty ? nil : $0 }
    guard f.reached else {
      if f.solved != nil || f.satisfaction != nil { throw .followUpAnswers(reached: false) }
      let last = c.followUpAttempts + 1 >= rules.followUp.maxAttempts
      let payload = EventPayload.FollowedUp(
        method: f.method, reached: false, reason: words, unreached: last ? true : nil)
      return [EventDraft(.followedUp(payload))]
    }
    guard let solved = f.solved, let satisfaction = f.satisfaction else {
      throw .followUpAnswers(reached: true)
    }
    let payload = EventPayload.FollowedUp(
      method: f.method, reached: true, solved: solved, rating: satisfaction, reason: words)
    let drafts = [EventDraft(.followedUp(payload))]
    return f.needsRedo ? drafts + redo(c, note: words, now: now) : drafts
  }
}
