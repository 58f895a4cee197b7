import Foundation

/// The rules of the 三事分办 ladder: turns an intake or an action on a case into the events
/// that record it. Pure — the store stamps and appends what it returns; "now" is a parameter.
public struct CaseEngine: Sendable {
  public let rules: RoutingRules
  public let calendar: WorkingCalendar
  public let triage: Triage

  public init(rules: RoutingRules, calendar: WorkingCalendar) {
    self.rules = rules
    self.calendar = calendar
    self.triage = Triage(rules: rules)
  }

  /// The deadline for a case entering `tier` at `start`.
  public func deadline(category: String, tier: Tier, from start: Date) -> Date {
    calendar.deadline(from: start, workingDays: rules.deadlineDays(category: category, tier: tier))
  }

  // MARK: - Intake

  /// The events that open a case: `created`, `triaged`, and a `retiered` when the worker
  /// overrode the suggestion.
  public func intake(_ intake: Intake, caseID: String) throws(EngineError) -> [EventDraft] {
    if let first = validate(intake).first { throw .invalidField(first.field, first.problem) }
    let name = intake.resident.name.trimmingCharacters(in: .whitespacesAndNewlines)
    let text = intake.text.trimmingCharacters(in: .whitespacesAndNewlines)
    let phone = intake.resident.phone.trimmingCharacters(in: .whitespaces)
    if let category = intake.category, rules.category(id: category) == nil {
      throw .unknownCategory(category)
    }

    var resident = intake.resident
    resident.name = name
    resident.phone = phone
    var created = EventData()
    created.caseID = caseID
    created.receivedAt = intake.receivedAt
    created.resident = resident
    created.otherParties = intake.otherParties.filter { !$0.isEmpty }
    created.text = text
    created.session = intake.session

    let suggestion = triage.classify(text)
    var triaged = EventData()
    triaged.category = suggestion.category
    triaged.tier = suggestion.tier
    triaged.urgent = suggestion.urgent
    triaged.referred = suggestion.referred
    triaged.confidence = suggestion.confidence
    triaged.reasons = suggestion.reasons
    triaged.deadline = deadline(
      category: suggestion.category, tier: suggestion.tier, from: intake.receivedAt)
    triaged.firstContactDue = calendar.deadline(
      from: intake.receivedAt, workingDays: rules.firstContactDays)
    var drafts = [EventDraft(.created, created), EventDraft(.triaged, triaged)]

    let category = intake.category ?? suggestion.category
    let tier = intake.tier ?? suggestion.tier
    if category != suggestion.category || tier != suggestion.tier {
      var retiered = EventData()
      retiered.fromTier = suggestion.tier
      retiered.tier = tier
      retiered.category = category
      retiered.reason = intake.overrideReason ?? ""
      retiered.deadline = deadline(category: category, tier: tier, from: intake.receivedAt)
      drafts.append(EventDraft(.retiered, retiered))
    }
    return drafts
  }

  // MARK: - Actions

  /// The events an action adds to `c` at `now`, or why it is refused: first the case's
  /// standing (`refusal(for:on:history:now:)`), then the values given.
  public func decide(_ action: Action, on c: Case, history: [Event], now: Date) throws(EngineError)
    -> [EventDraft]
  {
    if let refusal = refusal(for: action.kind, on: c, history: history, now: now) { throw refusal }
    if let first = validate(action).first { throw .invalidField(first.field, first.problem) }
    var d = EventData()
    switch action {
    case .assign(let to, let note):
      d.assignee = try nonEmpty(to, .assignee)
      d.reason = note
      return [EventDraft(.assigned, d)]
    case .note(let text):
      d.reason = try nonEmpty(text, .note)
      return [EventDraft(.noted, d)]
    case .visit(let note, let minutes):
      d.reason = note
      d.minutes = minutes
      return [EventDraft(.visited, d)]
    case .wait(let reason):
      d.reason = try nonEmpty(reason, .reason)
      return [EventDraft(.waiting, d)]
    case .resume:
      d.deadline = resumedDeadline(c, now: now)
      return [EventDraft(.resumed, d)]
    case .resolve(let summary, let onSpot):
      d.summary = try nonEmpty(summary, .summary)
      d.onSpot = onSpot
      return [EventDraft(.resolved, d)]
    case .rate(let rating, let comment):
      d.rating = rating
      d.reason = comment
      guard rating == .unsatisfied else { return [EventDraft(.rated, d)] }
      // 群众评单: an unsatisfied rating reopens the case and moves it up one tier.
      var drafts = [EventDraft(.rated, d), EventDraft(.reopened, EventData())]
      if let next = c.tier.next {
        drafts.append(escalation(of: c, to: next, reason: .unsatisfied, note: comment, now: now))
      }
      return drafts
    case .escalate(let reason, let note):
      return [escalation(of: c, to: c.tier.next ?? .street, reason: reason, note: note, now: now)]
    case .retier(let tier, let reason):
      guard tier != c.tier else { throw .sameTier(tier) }
      d.fromTier = c.tier
      d.tier = tier
      d.reason = try nonEmpty(reason, .reason)
      d.deadline = deadline(category: c.category, tier: tier, from: now)
      return [EventDraft(.retiered, d)]
    case .reopen(let reason):
      d.reason = reason
      d.deadline = deadline(category: c.category, tier: c.tier, from: now)
      return [EventDraft(.reopened, d)]
    case .undo:
      d.target = Self.undoTarget(in: history)?.uuid
      return [EventDraft(.undone, d)]
    case .assignOwner, .dispatch, .deliver:
      return try ownerDrafts(action, on: c)
    }
  }

  /// The latest event still in effect that an undo would compensate.
  public static func undoTarget(in history: [Event]) -> Event? {
    let undone = Set(history.compactMap { $0.kind == .undone ? $0.data.target : nil })
    return history.last { $0.kind.isUndoable && !undone.contains($0.uuid) }
  }

  /// An `escalated` event moving `c` to `tier` with a fresh deadline from `now`.
  public func escalation(
    of c: Case, to tier: Tier, reason: EscalationReason, note: String?, now: Date
  ) -> EventDraft {
    var d = EventData()
    d.fromTier = c.tier
    d.tier = tier
    d.escalation = reason
    d.reason = note
    d.deadline = deadline(category: c.category, tier: tier, from: now)
    if reason == .risk { d.urgent = true }
    return EventDraft(.escalated, d)
  }

  /// The deadline after a pause: pushed back by the working days the pause consumed.
  func resumedDeadline(_ c: Case, now: Date) -> Date? {
    guard let deadline = c.deadline, let paused = c.pausedAt else { return c.deadline }
    let consumed = calendar.workingDays(from: paused, to: now)
    return consumed > 0 ? calendar.addWorkingDays(consumed, to: deadline) : deadline
  }

  /// `s` trimmed, refused when nothing is left.
  func nonEmpty(_ s: String, _ field: CaseField) throws(EngineError) -> String {
    let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    if t.isEmpty { throw .invalidField(field, .empty) }
    return t
  }
}
