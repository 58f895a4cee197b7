import Foundation

/// What happened to a case — or to a record of the register (units, grids, households,
/// people), whose changes are events too. The raw value is the stable name in the store and
/// in JSON.
public enum EventKind: String, Codable, CaseIterable, Sendable {
  case created, triaged, retiered, assigned, noted, visited, waiting, resumed, resolved, rated,
    reopened, escalated, undone
  // The ledger (see docs/LEDGER.md): audit, conflict settling, duplicate merge, erasure.
  case revealed, settled, merged
  case mergedInto = "merged_into"
  case unmerged, erased
  /// 平台派单: a party member volunteer is sent to do the job.
  case dispatched
  /// 党员送单: the volunteer's delivery — visited, done or not, time spent.
  case delivered
  /// A unit (community or village) of the register, saved whole.
  case unitSaved = "unit_saved"
  /// A grid, saved whole.
  case gridSaved = "grid_saved"
  /// A household, saved whole.
  case householdSaved = "household_saved"
  /// A person, saved whole.
  case personSaved = "person_saved"

  /// Register events are about a unit, grid, household or person, never about a case.
  public var isRegister: Bool {
    switch self {
    case .unitSaved, .gridSaved, .householdSaved, .personSaved: return true
    default: return false
    }
  }
  /// 回访: the follow-up after a resolution — how, reached or not, solved, satisfied.
  case followedUp = "followed_up"
  /// A booth session (逢六说事) opened, or resumed after a close; the entity is the session's UUID.
  case sessionOpened = "session_opened"
  /// A booth session closed; the entity is the session's UUID.
  case sessionClosed = "session_closed"
  /// 更正: a field of the case or its resident put right, with the old and new values and why.
  case corrected
  /// 作废: a case taken in by mistake (a test, a duplicate typed twice) leaves queues and
  /// reports; it stays in the log and can be restored.
  case voided
  /// 恢复: a voided case back as it was.
  case restored
  /// 延期: the deadline moved on by some working days, asked before it passed (once per tier).
  case extended
  /// 退单: the owner handed the case back for dispatch, with grounds.
  case returned
  /// 催办: an overdue case's owner urged.
  case urged
  /// 督办: a supervisor's flag set or lifted.
  case supervised
  /// 排查: a grid's survey round recorded; the entity is the round's UUID (register-like: never
  /// about a case, kept in the `survey_rounds` table).
  case roundRecorded = "round_recorded"
  /// 并入母案: the case joined a group case (母案) as one of its children (子案); on the child.
  case grouped
  /// 移出母案: the case left its group case; on the child.
  case ungrouped
  /// 预警: linked cases look like one matter turning into a group one; raised again when the
  /// cases grow or the level rises. The entity is the warning's UUID.
  case warningRaised = "warning_raised"
  /// 预警已阅: a worker has seen the warning and keeps watching.
  case warningAcknowledged = "warning_acknowledged"
  /// 预警排除: not one matter after all, with why.
  case warningDismissed = "warning_dismissed"
  /// 预警转办: taken on as one group case.
  case warningTakenOn = "warning_taken_on"
  /// 预警已并入: the same matter reached this laptop as two warnings; this one (the entity) was
  /// folded into the survivor it names.
  case warningMerged = "warning_merged"

  /// Warning events are about a warning, never about a case.
  public var isWarning: Bool {
    switch self {
    case .warningRaised, .warningAcknowledged, .warningDismissed, .warningTakenOn,
      .warningMerged:
      return true
    default: return false
    }
  }
}

/// The data an event carries, as one flat record of optional fields: the storage and
/// compatibility view of `EventPayload` (typed per kind), whose JSON is exactly this record's.
/// Each kind uses the fields documented beside them. Events carry the deadlines they set, so
/// replaying the log never depends on today's calendar files.
public struct EventData: Codable, Sendable, Equatable {
  // created
  public var caseID: String?
  public var receivedAt: Date?
  public var resident: Resident?
  public var otherParties: [String]?
  public var text: String?
  // triaged, retiered, escalated
  public var category: String?
  public var tier: Tier?
  public var fromTier: Tier?
  public var urgent: Bool?
  public var referred: Bool?
  public var confidence: Double?
  public var reasons: [TriageReason]?
  public var escalation: EscalationReason?
  public var deadline: Date?
  public var firstContactDue: Date?
  /// escalated (overdue, by the sweep): the deadline that passed, when the move took effect;
  /// resumed (by the sweep): the expected end of the wait, when the clock started again.
  public var effectiveAt: Date?
  // assigned, escalated: the owner (`assigneeID` when they are a person of the register)
  public var assignee: String?
  public var assigneeID: UUID?
  /// assigned, escalated: why routing chose this owner.
  public var route: [RouteReason]?
  // dispatched, delivered: the volunteer
  public var volunteer: String?
  public var volunteerID: UUID?
  /// delivered: the job is done (the case is resolved and awaits the resident's rating).
  public var done: Bool?
  // unit_saved, grid_saved, household_saved, person_saved: the record as saved
  public var unit: RegisterUnit?
  public var grid: Grid?
  public var household: Household?
  public var person: Person?
  // retiered, waiting, reopened, escalated, noted, visited: the worker's words
  public var reason: String?
  // resolved
  public var summary: String?
  public var onSpot: Bool?
  // rated, followed_up
  public var rating: Rating?
  /// resolved, delivered (done): when the 回访 falls due.
  public var followUpDue: Date?
  // followed_up: how, whether the resident was reached, whether it is solved, and whether
  // this failed attempt was the last allowed (the 回访 closes as 未联系上)
  public var method: FollowUpMethod?
  public var reached: Bool?
  public var solved: Solved?
  public var unreached: Bool?
  // visited, delivered: time spent
  public var minutes: Int?
  // undone: the event this one compensates; settled: the version kept
  public var target: UUID?
  // settled: the concurrent versions set aside; field: what they disagreed on (or, for
  // revealed, what was shown)
  public var superseded: [UUID]?
  public var field: String?
  // merged, merged_into, unmerged: the other case of a duplicate merge
  public var otherCase: UUID?
  public var otherCaseID: String?
  // created: the booth session the case was taken in; session_opened: its day (YYYY-MM-DD),
  // place and the staff on duty
  public var session: UUID?
  public var day: String?
  public var place: String?
  public var staff: [String]?
  // corrected: the value before and after, as shown in the history (personal: a name, a
  // phone, an address or the grievance may be among them); `field` names what was corrected
  public var before: String?
  public var after: String?
  /// waiting: the day the wait is expected to end (the clock resumes by itself after it).
  public var until: Date?
  /// resumed: the sweep ended a wait past its expected day (暂停超时).
  public var expired: Bool?
  /// extended: the working days granted.
  public var days: Int?
  /// returned: why the owner handed the case back.
  public var grounds: ReturnGrounds?
  /// returned, urged: the owner (at the time) who handed it back or was urged.
  public var owner: String?
  /// supervised: the flag set (true) or lifted (false).
  public var on: Bool?
  /// round_recorded: the 排查 round as recorded.
  public var round: SurveyRound?
  /// created: the 排查 round that found the matter (absent for every other intake).
  public var surveyRound: UUID?
  /// grouped: the warning (预警) the group case was taken on from, if any.
  public var fromWarning: UUID?
  // warning_raised: the level, the linked cases, their distinct households, the place and
  // other party they share (`place` above), and when the first of them came in
  public var level: WarningLevel?
  public var cases: [UUID]?
  public var households: Int?
  public var party: String?
  public var firstAt: Date?
  /// warning_taken_on: the group case made of the warning's cases.
  public var groupCase: UUID?
  /// warning_merged: the warning this one was folded into.
  public var survivor: UUID?
  /// warning_raised (after a merge): the warnings folded into this one.
  public var absorbed: [UUID]?

  public init() {}
}

/// One entry of the append-only log: the truth from which every case is projected.
public struct Event: Codable, Sendable, Equatable, Identifiable {
  public var uuid: UUID
  public var caseUUID: UUID
  public var kind: EventKind
  public var at: Date
  public var `operator`: String
  public var device: String
  /// Per-device sequence number.
  public var seq: Int64
  /// Hybrid logical clock at writing: every laptop orders events by (hlc, device, seq).
  public var hlc: HLC
  /// The entity's events its writer had seen last (the heads of its history): the causal
  /// links that tell concurrent changes from sequential ones.
  public var parents: [UUID]
  public var data: EventData

  public var id: UUID { uuid }

  /// What the event says, typed by its kind (a view of `kind` and `data`).
  public var payload: EventPayload {
    get { EventPayload(kind: kind, data: data) }
    set {
      kind = newValue.kind
      data = newValue.data
    }
  }

  public init(
    uuid: UUID = UUID(), caseUUID: UUID, kind: EventKind, at: Date, operator: String,
    device: String, seq: Int64, hlc: HLC = HLC(), parents: [UUID] = [], data: EventData
  ) {
    self.uuid = uuid
    self.caseUUID = caseUUID
    self.kind = kind
    self.at = at
    self.operator = `operator`
    self.device = device
    self.seq = seq
    self.hlc = hlc
    self.parents = parents
    self.data = data
  }
}

extension Event {
  /// For an `undone` event, the event it compensates; nil for every other kind.
  public var undoneTarget: UUID? {
    guard case .undone(let u) = payload else { return nil }
    return u.target
  }
}

/// An event decided by the engine, not yet stamped with identity and sequence by the store.
public struct EventDraft: Sendable, Equatable {
  public var kind: EventKind
  public var data: EventData

  public init(_ kind: EventKind, _ data: EventData = EventData()) {
    self.kind = kind
    self.data = data
  }

  /// The draft of an event saying `payload`.
  public init(_ payload: EventPayload) {
    self.init(payload.kind, payload.data)
  }

  /// What the event will say, typed by its kind (a view of `kind` and `data`).
  public var payload: EventPayload {
    get { EventPayload(kind: kind, data: data) }
    set {
      kind = newValue.kind
      data = newValue.data
    }
  }
}
