import Foundation

/// The person who brought the grievance.
public struct Resident: Codable, Sendable, Equatable, Hashable {
  public var name: String
  public var phone: String
  public var address: String
  /// Link into the register (households and grids), when known.
  public var householdID: String?
  public var gridID: String?

  public init(
    name: String, phone: String = "", address: String = "", householdID: String? = nil,
    gridID: String? = nil
  ) {
    self.name = name
    self.phone = phone
    self.address = address
    self.householdID = householdID
    self.gridID = gridID
  }
}

/// The projection of one case: what its events add up to. Never edited directly —
/// always produced by folding events (see `Case.replay`).
public struct Case: Codable, Sendable, Equatable, Identifiable {
  /// Internal identity, stable across laptops.
  public var uuid: UUID
  /// Short id a worker can read out loud: site code, date, sequence (`HJ-20261128-007`).
  public var id: String
  public var receivedAt: Date
  public var resident: Resident
  /// Other parties in a dispute.
  public var otherParties: [String]
  public var category: String
  public var text: String
  public var tier: Tier
  public var tierAtIntake: Tier
  public var state: CaseState
  /// The state to return to when waiting ends.
  public var stateBeforeWaiting: CaseState?
  /// When the deadline clock was paused (state `waiting`).
  public var pausedAt: Date?
  public var assignee: String?
  /// The owner's register id, when the owner is a person of the register.
  public var assigneeID: UUID?
  /// The party member volunteer the case is dispatched to (派单), until it moves up a tier.
  public var volunteer: String?
  public var volunteerID: UUID?
  public var deadline: Date?
  /// First contact with the resident is due by then (response-rate metric).
  public var firstContactDue: Date?
  public var firstContactAt: Date?
  public var urgent: Bool
  /// Out of scope (信访/涉诉): flagged for referral, never silently routed.
  public var referred: Bool
  public var escalations: Int
  public var resolvedAt: Date?
  public var closedAt: Date?
  public var summary: String?
  public var rating: Rating?
  public var reopenCount: Int
  /// 回访 due by then: set at resolution, cleared when the 回访 is done (solved and satisfied,
  /// 重办, or 未联系上). A 部分解决 answer leaves it due.
  public var followUpDue: Date?
  /// Failed attempts to reach the resident for the current 回访.
  public var followUpAttempts: Int = 0
  /// The latest 回访 answer (the booth rating counts as one), or 未联系上.
  public var followUpResult: FollowUpResult?
  public var updatedAt: Date
  public var eventCount: Int
  /// 作废: out of queues, counts and reports until restored; the log keeps it.
  public var voided = false
  /// The day the current wait is expected to end (state `waiting`; nil for older waits).
  public var waitUntil: Date?
  /// 暂停超时: the sweep ended a wait past its expected day; cleared when a worker acts.
  public var waitExpired: Bool
  /// The tiers at which an extension (延期) was granted: one per tier.
  public var extendedTiers: [Tier]
  /// 退单 and 催办 counts.
  public var returns: Int
  public var urges: Int
  /// 督办: a supervisor's flag, until lifted or the case is closed.
  public var supervised: Bool

  public init(uuid: UUID, id: String, receivedAt: Date, resident: Resident, text: String) {
    self.uuid = uuid
    self.id = id
    self.receivedAt = receivedAt
    self.resident = resident
    self.otherParties = []
    self.category = ""
    self.text = text
    self.tier = .residence
    self.tierAtIntake = .residence
    self.state = .new
    self.urgent = false
    self.referred = false
    self.escalations = 0
    self.reopenCount = 0
    self.updatedAt = receivedAt
    self.eventCount = 0
    self.waitExpired = false
    self.extendedTiers = []
    self.returns = 0
    self.urges = 0
    self.supervised = false
  }

  /// An extension (延期) was granted at the current tier: the deadline is the extended one.
  public var isExtended: Bool { extendedTiers.contains(tier) }

  /// Past its deadline while the clock runs.
  public func isOverdue(at now: Date) -> Bool {
    guard state.clockRuns, let deadline else { return false }
    return now > deadline
  }
}
