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

  /// The deadline for a case entering `tier` at `start`; an urgent case's is short
  /// (`RoutingRules.deadlineDays(category:tier:urgent:)`). Only intake passes `urgent`: later
  /// moves (escalation, retier, reopen) keep the ordinary deadlines of the tier, as before —
  /// an urgent category's own deadlines already apply there.
  public func deadline(category: String, tier: Tier, urgent: Bool = false, from start: Date)
    -> Date
  {
    calendar.deadline(
      from: start,
      workingDays: rules.deadlineDays(category: category, tier: tier, urgent: urgent))
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
    let created = EventPayload.Created(
      caseID: caseID, receivedAt: intake.receivedAt, resident: resident,
      otherParties: intake.otherParties.filter { !$0.isEmpty }, text: text,
      session: intake.session, surveyRound: intake.surveyRound)

    let suggestion = triage.suggest(text)
    let triaged = EventPayload.Triaged(
      category: suggestion.category, tier: suggestion.tier, urgent: suggestion.urgent,
      referred: suggestion.referred, confidence: suggestion.confidence,
      reasons: suggestion.reasons,
      deadline: deadline(
        category: suggestion.category, tier: suggestion.tier, urgent: suggestion.urgent,
        from: intake.receivedAt),
      firstContactDue: calendar.deadline(
        from: intake.receivedAt, workingDays: rules.firstContactDays(urgent: suggestion.urgent)))
    var drafts = [EventDraft(.created(created)), EventDraft(.triaged(triaged))]

    let category = intake.category ?? suggestion.category
    let tier = intake.tier ?? suggestion.tier
    if category != suggestion.category || tier != suggestion.tier {
      let retiered = EventPayload.Retiered(
        category: category, tier: tier, fromTier: suggestion.tier,
        reason: intake.overrideReason ?? "",
        deadline: deadline(
          category: category, tier: tier, urgent: suggestion.urgent, from: intake.receivedAt))
      drafts.append(EventDraft(.retiered(retiered)))
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
    switch action {
    case .assign(let to, let note):
      return [EventDraft(.assigned(.init(assignee: try nonEmpty(to, .assignee), reason: note)))]
    case .note(let text):
      return [EventDraft(.noted(.init(reason: try nonEmpty(text, .note))))]
    case .visit(let note, let minutes):
      return [EventDraft(.visited(.init(reason: note, minutes: minutes)))]
    case .wait(let reason, let until):
      let reason = try nonEmpty(reason, .reason)
      return [EventDraft(.waiting(.init(reason: reason, until: try waitEnd(until, now: now))))]
    case .resume:
      return [EventDraft(.resumed(.init(deadline: resumedDeadline(c, now: now))))]
    case .resolve(let summary, let onSpot):
      let resolved = EventPayload.Resolved(
        summary: try nonEmpty(summary, .summary), onSpot: onSpot,
        followUpDue: followUpDue(from: now))
      return [EventDraft(.resolved(resolved))]
    case .rate(let rating, let comment):
      let rated = EventDraft(.rated(.init(rating: rating, reason: comment)))
      guard rating == .unsatisfied else { return [rated] }
      return [rated] + redo(c, note: comment, now: now)
    case .escalate(let reason, let note):
      return [escalation(of: c, to: c.tier.next ?? .street, reason: reason, note: note, now: now)]
    case .retier(let tier, let reason):
      guard tier != c.tier else { throw .sameTier(tier) }
      let retiered = EventPayload.Retiered(
        tier: tier, fromTier: c.tier, reason: try nonEmpty(reason, .reason),
        deadline: deadline(category: c.category, tier: tier, from: now))
      return [EventDraft(.retiered(retiered))]
    case .reopen(let reason):
      let deadline = deadline(category: c.category, tier: c.tier, from: now)
      return [EventDraft(.reopened(.init(reason: reason, deadline: deadline)))]
    case .undo:
      return [EventDraft(.undone(.init(target: Self.undoTarget(in: history)?.uuid)))]
    case .assignOwner, .dispatch, .deliver:
      return try ownerDrafts(action, on: c, now: now)
    case .correct(let correction):
      return try correctionDrafts(correction, on: c, now: now)
    case .void(let reason):
      return [EventDraft(.voided(.init(reason: try nonEmpty(reason, .reason))))]
    case .restore(let reason):
      return [EventDraft(.restored(.init(reason: try nonEmpty(reason, .reason))))]
    case .followUp(let followUp):
      return try followUpDrafts(followUp, on: c, now: now)
    case .extend, .returnCase, .urge, .supervise:
      return try supervisionDrafts(action, on: c, now: now)
    }
  }

  /// The latest event still in effect that an undo would compensate.
  public static func undoTarget(in history: [Event]) -> Event? {
    let undone = Set(history.lazy.filter { $0.kind == .undone }.compactMap(\.undoneTarget))
    return history.last { $0.kind.isUndoable && !undone.contains($0.uuid) }
  }

  /// 重办: the events that reopen `c` and move it up one tier (when not at the top) — after
  /// an unsatisfied rating (群众评单) and after a 回访 that finds it unsolved or the resident
  /// unsatisfied. The one rule for both.
  func redo(_ c: Case, note: String?, now: Date) -> [EventDraft] {
    var drafts = [EventDraft(.reopened(.init()))]
    if let next = c.tier.next {
      drafts.append(escalation(of: c, to: next, reason: .unsatisfied, note: note, now: now))
    }
    return drafts
  }

  /// An `escalated` event moving `c` to `tier` with a fresh deadline from `now`.
  public func escalation(
    of c: Case, to tier: Tier, reason: EscalationReason, note: String?, now: Date
  ) -> EventDraft {
    let escalated = EventPayload.Escalated(
      tier: tier, fromTier: c.tier, urgent: reason == .risk ? true : nil, escalation: reason,
      deadline: deadline(category: c.category, tier: tier, from: now), reason: note)
    return EventDraft(.escalated(escalated))
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
