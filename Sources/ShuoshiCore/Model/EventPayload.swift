import Foundation

/// What an event says, typed by its kind: one struct per `EventKind`, holding only the fields
/// that kind writes. Each struct's Codable reads and writes exactly the flat JSON the log has
/// always stored for that kind (the keys of `EventData`, nil fields left out), so the stored
/// text — which the hash chains cover — round-trips byte for byte through
/// `EventCoding.encoder`. Every field is optional because the stored JSON may lack any of
/// them: personal fields live apart from the log and are gone after an erasure, and older
/// events may predate a field.
///
/// The JSON does not name its kind (the kind is a column of its own): decode with
/// `EventPayload(kind:from:)`, or set `CodingUserInfoKey.eventKind` on the decoder.
public enum EventPayload: Sendable, Equatable {
  case created(Created)
  case triaged(Triaged)
  case retiered(Retiered)
  case assigned(Assigned)
  case noted(Noted)
  case visited(Visited)
  case waiting(Waiting)
  case resumed(Resumed)
  case resolved(Resolved)
  case rated(Rated)
  case reopened(Reopened)
  case escalated(Escalated)
  case undone(Undone)
  case revealed(Revealed)
  case settled(Settled)
  case merged(CaseLink)
  case mergedInto(CaseLink)
  case unmerged(CaseLink)
  case erased(Erased)
  case dispatched(Dispatched)
  case delivered(Delivered)
  case unitSaved(UnitSaved)
  case gridSaved(GridSaved)
  case householdSaved(HouseholdSaved)
  case personSaved(PersonSaved)
  case sessionOpened(SessionOpened)
  case sessionClosed(SessionClosed)
  case corrected(Corrected)
  case voided(VoidReason)
  case restored(VoidReason)
  case followedUp(FollowedUp)
  case extended(Extended)
  case returned(Returned)
  case urged(Urged)
  case supervised(Supervised)
  case roundRecorded(RoundRecorded)
  case grouped(GroupCaseLink)
  case ungrouped(GroupCaseLink)
  case warningRaised(WarningRaised)
  case warningAcknowledged(WarningNote)
  case warningDismissed(WarningNote)
  case warningTakenOn(WarningTakenOn)
  case warningMerged(WarningMerged)

  /// A case came in: its id, when, from whom, and what they said (personal: `resident`,
  /// `otherParties`, `text`); the booth session it was taken in. `category` and `tier` are
  /// read when present but the engine writes them in `triaged`.
  public struct Created: Codable, Sendable, Equatable {
    public var caseID: String?
    public var receivedAt: Date?
    public var resident: Resident?
    public var otherParties: [String]?
    public var text: String?
    public var category: String?
    public var tier: Tier?
    public var session: UUID?
    /// The 排查 round that found the matter; absent (not null) otherwise, so older events keep
    /// their bytes.
    public var surveyRound: UUID?

    public init(
      caseID: String? = nil, receivedAt: Date? = nil, resident: Resident? = nil,
      otherParties: [String]? = nil, text: String? = nil, category: String? = nil,
      tier: Tier? = nil, session: UUID? = nil, surveyRound: UUID? = nil
    ) {
      self.caseID = caseID
      self.receivedAt = receivedAt
      self.resident = resident
      self.otherParties = otherParties
      self.text = text
      self.category = category
      self.tier = tier
      self.session = session
      self.surveyRound = surveyRound
    }
  }

  /// The triage suggestion and the deadlines it sets.
  public struct Triaged: Codable, Sendable, Equatable {
    public var category: String?
    public var tier: Tier?
    public var urgent: Bool?
    public var referred: Bool?
    public var confidence: Double?
    public var reasons: [TriageReason]?
    public var deadline: Date?
    public var firstContactDue: Date?

    public init(
      category: String? = nil, tier: Tier? = nil, urgent: Bool? = nil, referred: Bool? = nil,
      confidence: Double? = nil, reasons: [TriageReason]? = nil, deadline: Date? = nil,
      firstContactDue: Date? = nil
    ) {
      self.category = category
      self.tier = tier
      self.urgent = urgent
      self.referred = referred
      self.confidence = confidence
      self.reasons = reasons
      self.deadline = deadline
      self.firstContactDue = firstContactDue
    }
  }

  /// A worker moved the case to another tier (or category), why, and the new deadline.
  public struct Retiered: Codable, Sendable, Equatable {
    public var category: String?
    public var tier: Tier?
    public var fromTier: Tier?
    public var urgent: Bool?
    public var reason: String?
    public var deadline: Date?

    public init(
      category: String? = nil, tier: Tier? = nil, fromTier: Tier? = nil, urgent: Bool? = nil,
      reason: String? = nil, deadline: Date? = nil
    ) {
      self.category = category
      self.tier = tier
      self.fromTier = fromTier
      self.urgent = urgent
      self.reason = reason
      self.deadline = deadline
    }
  }

  /// The owner (`assigneeID` when a person of the register), a note, and why routing chose
  /// them.
  public struct Assigned: Codable, Sendable, Equatable {
    public var assignee: String?
    public var assigneeID: UUID?
    public var route: [RouteReason]?
    public var reason: String?

    public init(
      assignee: String? = nil, assigneeID: UUID? = nil, route: [RouteReason]? = nil,
      reason: String? = nil
    ) {
      self.assignee = assignee
      self.assigneeID = assigneeID
      self.route = route
      self.reason = reason
    }
  }

  /// The worker's note.
  public struct Noted: Codable, Sendable, Equatable {
    public var reason: String?
    public init(reason: String? = nil) { self.reason = reason }
  }

  /// A visit or contact: a note and the minutes spent.
  public struct Visited: Codable, Sendable, Equatable {
    public var reason: String?
    public var minutes: Int?
    public init(reason: String? = nil, minutes: Int? = nil) {
      self.reason = reason
      self.minutes = minutes
    }
  }

  /// Why the case waits (its clock paused), and the day the wait is expected to end (nil in
  /// events written before waits had an end).
  public struct Waiting: Codable, Sendable, Equatable {
    public var reason: String?
    public var until: Date?
    public init(reason: String? = nil, until: Date? = nil) {
      self.reason = reason
      self.until = until
    }
  }

  /// The deadline after the pause. A wait the sweep ended because its expected day passed
  /// (`expired`) is effective at that day (`effectiveAt`), whenever the sweep saw it.
  public struct Resumed: Codable, Sendable, Equatable {
    public var deadline: Date?
    public var effectiveAt: Date?
    public var expired: Bool?
    public init(deadline: Date? = nil, effectiveAt: Date? = nil, expired: Bool? = nil) {
      self.deadline = deadline
      self.effectiveAt = effectiveAt
      self.expired = expired
    }
  }

  /// How the case was settled, whether on the spot, and when its 回访 falls due (nil in
  /// events written before 回访 existed).
  public struct Resolved: Codable, Sendable, Equatable {
    public var summary: String?
    public var onSpot: Bool?
    public var followUpDue: Date?
    public init(summary: String? = nil, onSpot: Bool? = nil, followUpDue: Date? = nil) {
      self.summary = summary
      self.onSpot = onSpot
      self.followUpDue = followUpDue
    }
  }

  /// The resident's rating and comment.
  public struct Rated: Codable, Sendable, Equatable {
    public var rating: Rating?
    public var reason: String?
    public init(rating: Rating? = nil, reason: String? = nil) {
      self.rating = rating
      self.reason = reason
    }
  }

  /// Why the case was reopened, and its new deadline.
  public struct Reopened: Codable, Sendable, Equatable {
    public var reason: String?
    public var deadline: Date?
    public init(reason: String? = nil, deadline: Date? = nil) {
      self.reason = reason
      self.deadline = deadline
    }
  }

  /// The case moved up a tier: why, the new deadline, and the next tier's owner when routing
  /// named one. An overdue escalation found by the sweep is effective at the deadline that
  /// passed (`effectiveAt`), which may be long before the event's own `at` (when the sweep saw
  /// it); nil for earlier events and for escalations effective when recorded.
  public struct Escalated: Codable, Sendable, Equatable {
    public var tier: Tier?
    public var fromTier: Tier?
    public var urgent: Bool?
    public var escalation: EscalationReason?
    public var deadline: Date?
    public var assignee: String?
    public var assigneeID: UUID?
    public var route: [RouteReason]?
    public var reason: String?
    public var effectiveAt: Date?

    public init(
      tier: Tier? = nil, fromTier: Tier? = nil, urgent: Bool? = nil,
      escalation: EscalationReason? = nil, deadline: Date? = nil, assignee: String? = nil,
      assigneeID: UUID? = nil, route: [RouteReason]? = nil, reason: String? = nil,
      effectiveAt: Date? = nil
    ) {
      self.tier = tier
      self.fromTier = fromTier
      self.urgent = urgent
      self.escalation = escalation
      self.deadline = deadline
      self.assignee = assignee
      self.assigneeID = assigneeID
      self.route = route
      self.reason = reason
      self.effectiveAt = effectiveAt
    }
  }

  /// The event this one compensates.
  public struct Undone: Codable, Sendable, Equatable {
    public var target: UUID?
    public init(target: UUID? = nil) { self.target = target }
  }

  /// What was shown unmasked (an audit event).
  public struct Revealed: Codable, Sendable, Equatable {
    public var field: String?
    public init(field: String? = nil) { self.field = field }
  }

  /// A conflict settled: the version kept, the versions set aside, what they disagreed on.
  public struct Settled: Codable, Sendable, Equatable {
    public var target: UUID?
    public var superseded: [UUID]?
    public var field: String?
    public var reason: String?

    public init(
      target: UUID? = nil, superseded: [UUID]? = nil, field: String? = nil, reason: String? = nil
    ) {
      self.target = target
      self.superseded = superseded
      self.field = field
      self.reason = reason
    }
  }

  /// The other case of a duplicate merge (`merged`, `merged_into`, `unmerged`).
  public struct CaseLink: Codable, Sendable, Equatable {
    public var otherCase: UUID?
    public var otherCaseID: String?
    public init(otherCase: UUID? = nil, otherCaseID: String? = nil) {
      self.otherCase = otherCase
      self.otherCaseID = otherCaseID
    }
  }

  /// A resident's personal details erased: carries nothing.
  public struct Erased: Codable, Sendable, Equatable {
    public init() {}
  }

  /// A party member volunteer sent to do the job, with a note.
  public struct Dispatched: Codable, Sendable, Equatable {
    public var volunteer: String?
    public var volunteerID: UUID?
    public var reason: String?
    public init(volunteer: String? = nil, volunteerID: UUID? = nil, reason: String? = nil) {
      self.volunteer = volunteer
      self.volunteerID = volunteerID
      self.reason = reason
    }
  }

  /// The volunteer's delivery: time spent, done or not, and their words (the summary when
  /// done).
  public struct Delivered: Codable, Sendable, Equatable {
    public var volunteer: String?
    public var volunteerID: UUID?
    public var done: Bool?
    public var minutes: Int?
    public var reason: String?
    /// When done: when the 回访 falls due.
    public var followUpDue: Date?

    public init(
      volunteer: String? = nil, volunteerID: UUID? = nil, done: Bool? = nil, minutes: Int? = nil,
      reason: String? = nil, followUpDue: Date? = nil
    ) {
      self.volunteer = volunteer
      self.volunteerID = volunteerID
      self.done = done
      self.minutes = minutes
      self.reason = reason
      self.followUpDue = followUpDue
    }
  }

  /// A unit of the register, saved whole.
  public struct UnitSaved: Codable, Sendable, Equatable {
    public var unit: RegisterUnit?
    public init(unit: RegisterUnit? = nil) { self.unit = unit }
  }

  /// A grid, saved whole.
  public struct GridSaved: Codable, Sendable, Equatable {
    public var grid: Grid?
    public init(grid: Grid? = nil) { self.grid = grid }
  }

  /// A household, saved whole (personal: it names residents and carries their phones).
  public struct HouseholdSaved: Codable, Sendable, Equatable {
    public var household: Household?
    public init(household: Household? = nil) { self.household = household }
  }

  /// A person, saved whole (personal).
  public struct PersonSaved: Codable, Sendable, Equatable {
    public var person: Person?
    public init(person: Person? = nil) { self.person = person }
  }

  /// A booth session opened or resumed: its day (YYYY-MM-DD), place and the staff on duty.
  public struct SessionOpened: Codable, Sendable, Equatable {
    public var day: String?
    public var place: String?
    public var staff: [String]?
    public init(day: String? = nil, place: String? = nil, staff: [String]? = nil) {
      self.day = day
      self.place = place
      self.staff = staff
    }
  }

  /// A booth session closed: carries nothing.
  public struct SessionClosed: Codable, Sendable, Equatable {
    public init() {}
  }
}
