import Foundation

/// One move of a case between tiers after intake: an escalation (with its reason) or a
/// retier by hand (reason nil).
public struct TierMove: Codable, Sendable, Equatable {
  /// When it was recorded: the period a report counts it in (a report already made for an
  /// earlier period never changes by a later sweep).
  public var at: Date
  public var from: Tier
  public var to: Tier
  /// Why it was escalated; nil for a retier by hand.
  public var reason: EscalationReason?
  /// When it took effect, if not when recorded: an overdue escalation found by the sweep is
  /// effective at the deadline that passed.
  public var effectiveAt: Date?

  public init(
    at: Date, from: Tier, to: Tier, reason: EscalationReason?, effectiveAt: Date? = nil
  ) {
    self.at = at
    self.from = from
    self.to = to
    self.reason = reason
    self.effectiveAt = effectiveAt
  }

  /// When the move took effect: `effectiveAt`, else when it was recorded.
  public var effective: Date { effectiveAt ?? at }
}

/// What a report needs to know about one case, read at an instant (`asOf`): the case's
/// state then, plus the few facts only its events hold (on the spot, pauses, escalation
/// reasons, when it was handed up, its booth session).
///
/// `init(case:events:asOf:calendar:)` is the one place these facts are derived. It reads
/// only events of the kinds in `eventKinds`, and of their data only `onSpot`, `escalation`,
/// `effectiveAt`, `tier`, `fromTier`, `target` and `session` — so the store may pass a lighter list of
/// events than the whole history and get the same facts.
public struct CaseFacts: Codable, Sendable, Equatable {
  public var uuid: UUID
  public var id: String
  public var receivedAt: Date
  public var category: String
  public var gridID: String?
  public var householdID: String?
  public var residentName: String
  public var residentPhone: String
  public var tierAtIntake: Tier
  /// The tier at `asOf` (for a resolved case: the tier it was resolved at).
  public var tier: Tier
  public var state: CaseState
  public var deadline: Date?
  public var firstContactDue: Date?
  public var firstContactAt: Date?
  /// The resolution in effect at `asOf` (nil when open).
  public var resolvedAt: Date?
  /// The latest rating in effect at `asOf` (booth rating or 回访).
  public var rating: Rating?
  /// The latest 回访 answer at `asOf` (the booth rating counts as one), or 未联系上.
  public var followUpResult: FollowUpResult?
  public var escalationCount: Int
  public var reopenCount: Int
  /// Past its deadline at `asOf` with the clock running.
  public var overdue: Bool
  /// The resolution in effect was made at the booth table (当场化解).
  public var onSpot: Bool
  /// The deadline in force when it was resolved, moved back by a pause still running then.
  public var deadlineAtResolution: Date?
  /// Escalated at least once for running past its deadline.
  public var escalatedOverdue: Bool
  /// Escalations and retiers after intake, oldest first.
  public var moves: [TierMove]
  /// When it first reached the street office (上交): at intake, or by a move.
  public var handedUpAt: Date?
  /// How it reached the street office: nil at intake, else the move that took it there.
  public var handedUpBy: TierMove?
  /// The booth session it was taken in.
  public var session: UUID?
  /// 延期, 退单, 催办 and 督办 (set) steps, oldest first.
  public var supervisions: [SupervisionStep] = []

  /// The event kinds whose events the facts read.
  public static let eventKinds: [EventKind] = [
    .created, .resolved, .escalated, .retiered, .waiting, .resumed, .reopened, .undone,
    .extended, .returned, .urged, .supervised,
  ]

  /// Facts of `c`, the case as it stood at `asOf`, given its events stamped before `asOf`
  /// (oldest first; the whole history, or at least its events of `eventKinds`).
  public init(case c: Case, events: [Event], asOf: Date, calendar: WorkingCalendar) {
    uuid = c.uuid
    id = c.id
    receivedAt = c.receivedAt
    category = c.category
    gridID = c.resident.gridID
    householdID = c.resident.householdID
    residentName = c.resident.name
    residentPhone = c.resident.phone
    tierAtIntake = c.tierAtIntake
    tier = c.tier
    state = c.state
    deadline = c.deadline
    firstContactDue = c.firstContactDue
    firstContactAt = c.firstContactAt
    let resolved = c.state == .resolved || c.state == .closed
    resolvedAt = resolved ? c.resolvedAt : nil
    rating = c.rating
    followUpResult = c.followUpResult
    escalationCount = c.escalations
    reopenCount = c.reopenCount
    overdue = c.isOverdue(at: asOf)

    // Undone events (and the undo events themselves) are skipped, as in `Case.replay`.
    let undone = Set(events.lazy.filter { $0.kind == .undone }.compactMap(\.undoneTarget))
    var onSpot = false
    var pausedAt: Date?
    var pausedAtResolution: Date?
    var moves: [TierMove] = []
    var session: UUID?
    var supervisions: [SupervisionStep] = []
    for e in events where e.kind != .undone && !undone.contains(e.uuid) {
      switch e.payload {
      case .created(let created):
        session = created.session
      case .waiting:
        pausedAt = e.at
      case .resumed, .reopened:
        pausedAt = nil
      case .resolved(let resolved):
        onSpot = resolved.onSpot ?? false
        pausedAtResolution = pausedAt
        pausedAt = nil
      case .escalated(let d):
        pausedAt = nil
        if let to = d.tier {
          moves.append(
            TierMove(
              at: e.at, from: d.fromTier ?? to, to: to, reason: d.escalation ?? .manual,
              effectiveAt: d.effectiveAt))
        }
      case .retiered(let d):
        if let to = d.tier, let from = d.fromTier, to != from {
          moves.append(TierMove(at: e.at, from: from, to: to, reason: nil))
        }
      case .extended, .returned, .urged, .supervised:
        if let step = SupervisionStep(e) { supervisions.append(step) }
      default:
        continue
      }
    }
    self.onSpot = resolved && onSpot
    self.session = session
    self.moves = moves
    self.supervisions = supervisions
    escalatedOverdue = moves.contains { $0.reason == .overdue }
    if resolved, let deadline = c.deadline {
      if let paused = pausedAtResolution, let at = c.resolvedAt {
        let consumed = calendar.workingDays(from: paused, to: at)
        deadlineAtResolution = calendar.addWorkingDays(consumed, to: deadline)
      } else {
        deadlineAtResolution = deadline
      }
    } else {
      deadlineAtResolution = nil
    }
    if c.tierAtIntake == .street {
      handedUpAt = c.receivedAt
      handedUpBy = nil
    } else if let move = moves.first(where: { $0.to == .street }) {
      handedUpAt = move.at
      handedUpBy = move
    } else {
      handedUpAt = nil
      handedUpBy = nil
    }
  }

  /// The reference reading: replays `history` (the whole log of one case, oldest first) up
  /// to `asOf`. Nil when the case did not exist yet.
  public static func replay(_ history: [Event], asOf: Date, calendar: WorkingCalendar) -> CaseFacts?
  {
    // A correction puts right what was always meant (the category, the received time): it
    // counts as of any date, also one before it was made.
    let before = history.filter { $0.at < asOf || $0.kind == .corrected }
    guard let c = Case.replay(before) else { return nil }
    return CaseFacts(case: c, events: before, asOf: asOf, calendar: calendar)
  }

  /// Resolved or closed at `asOf`.
  public var isResolved: Bool { resolvedAt != nil }

  /// Who the resident is, for counting repeat visits: the phone's digits, else name and
  /// household (or name alone).
  public var residentKey: String {
    let digits = residentPhone.filter { $0.isASCII && $0.isNumber }
    if digits.count >= 7 { return "tel:" + digits }
    return "name:" + residentName + "|" + (householdID ?? "")
  }
}
