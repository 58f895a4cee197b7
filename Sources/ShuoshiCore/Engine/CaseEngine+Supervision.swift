import Foundation

/// The supervision rules of the 接诉即办 loop: 延期 (extension), 退单 (return), 催办 (urge),
/// 督办 (supervise), and the end of a wait (暂停到期).
extension CaseEngine {
  /// Why a supervision action is refused on `c` at `now` (the case's standing only).
  func supervisionRefusal(for kind: ActionKind, on c: Case, now: Date) -> EngineError? {
    let refused = EngineError.notAllowed(action: kind, state: c.state)
    switch kind {
    case .extend:
      guard c.state.clockRuns, let deadline = c.deadline else { return refused }
      if now > deadline { return .extensionTooLate(deadline: calendar.civilDate(of: deadline)) }
      return c.isExtended ? .alreadyExtended(c.tier) : nil
    case .returnCase:
      guard c.state.isOpen else { return refused }
      return c.assignee == nil ? .noOwnerToReturn : nil
    case .urge:
      guard c.state.clockRuns else { return refused }
      return isLate(c, at: now) ? nil : .notLate
    case .supervise:
      return c.state == .closed ? refused : nil
    default:
      return nil
    }
  }

  /// Overdue, or past its first contact with nobody having contacted the resident.
  public func isLate(_ c: Case, at now: Date) -> Bool {
    if c.isOverdue(at: now) { return true }
    guard c.state.clockRuns, c.firstContactAt == nil, let due = c.firstContactDue else {
      return false
    }
    return now > due
  }

  func supervisionDrafts(_ action: Action, on c: Case, now: Date) throws(EngineError)
    -> [EventDraft]
  {
    switch action {
    case .extend(let days, let reason):
      let max = rules.extensionMaxDays
      guard (1...max).contains(days) else { throw .invalidExtension(days: days, max: max) }
      let reason = try nonEmpty(reason, .reason)
      let deadline = calendar.addWorkingDays(days, to: c.deadline ?? now)
      return [
        EventDraft(
          .extended(.init(tier: c.tier, days: days, deadline: deadline, reason: reason)))
      ]
    case .returnCase(let grounds, let tier, let note):
      let note = try nonEmpty(note, .note)
      let target: Tier
      switch (grounds, tier) {
      case (.wrongTier, let t?) where t != c.tier: target = t
      case (.wrongTier, _): throw .returnTier(grounds)
      case (_, nil): target = c.tier
      case (_, let t?) where t == c.tier: target = t
      case (_, _?): throw .returnTier(grounds)
      }
      // Back to 待派单: the tier's full time, counted from the return.
      let returned = EventPayload.Returned(
        grounds: grounds, tier: target, fromTier: c.tier, owner: c.assignee,
        deadline: deadline(category: c.category, tier: target, from: now), reason: note)
      return [EventDraft(.returned(returned))]
    case .urge(let note):
      return [EventDraft(.urged(.init(owner: c.assignee, reason: note.flatMap(Self.nonBlank))))]
    case .supervise(let on, let note):
      guard on != c.supervised else { throw .supervisionUnchanged(on: on) }
      return [EventDraft(.supervised(.init(on: on, reason: note.flatMap(Self.nonBlank))))]
    default:
      return []
    }
  }

  /// The end of a wait asked at `now`: the end of the day given (after today, within
  /// `RoutingRules.waitMaxCalendarDays`), else the rules' default number of working days.
  func waitEnd(_ until: Date?, now: Date) throws(EngineError) -> Date {
    guard let until else { return calendar.deadline(from: now, workingDays: rules.waitDefaultDays) }
    let day = calendar.civilDate(of: until)
    let today = calendar.civilDate(of: now)
    let max = RoutingRules.waitMaxCalendarDays
    guard day > today, day <= today.adding(days: max) else {
      throw .invalidWaitUntil(day, maxDays: max)
    }
    return calendar.endOfDay(day)
  }

  /// The resume the sweep records for a wait whose expected end has passed at `now`, or nil.
  /// Effective at the start of the day after the expected end, whenever the sweep runs: the
  /// deadline moves by the working days paused until then, as a worker's resume would.
  public func expiredWaitResume(for c: Case, now: Date) -> EventDraft? {
    guard c.state == .waiting, let until = c.waitUntil, now > until else { return nil }
    let effective = calendar.startOfDay(calendar.civilDate(of: until).adding(days: 1))
    let resumed = EventPayload.Resumed(
      deadline: resumedDeadline(c, now: effective), effectiveAt: effective, expired: true)
    return EventDraft(.resumed(resumed))
  }

  static func nonBlank(_ s: String) -> String? {
    let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    return t.isEmpty ? nil : t
  }
}
