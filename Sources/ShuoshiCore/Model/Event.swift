import Foundation

/// What happened to a case. The raw value is the stable name in the store and in JSON.
public enum EventKind: String, Codable, CaseIterable, Sendable {
  case created, triaged, retiered, assigned, noted, visited, waiting, resumed, resolved, rated,
    reopened, escalated, undone
  /// A booth session (逢六说事) opened, or resumed after a close; the entity is the session's UUID.
  case sessionOpened = "session_opened"
  /// A booth session closed; the entity is the session's UUID.
  case sessionClosed = "session_closed"
}

/// The data an event carries. One flat record of optional fields keeps the stored JSON stable
/// and readable; each kind uses the fields documented beside them. Events carry the deadlines
/// they set, so replaying the log never depends on today's calendar files.
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
  // assigned
  public var assignee: String?
  // retiered, waiting, reopened, escalated, noted, visited: the worker's words
  public var reason: String?
  // resolved
  public var summary: String?
  public var onSpot: Bool?
  // rated
  public var rating: Rating?
  // visited: time spent
  public var minutes: Int?
  // undone: the event this one compensates
  public var target: UUID?
  // created: the booth session the case was taken in; session_opened: its day (YYYY-MM-DD),
  // place and the staff on duty
  public var session: UUID?
  public var day: String?
  public var place: String?
  public var staff: [String]?

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
  public var data: EventData

  public var id: UUID { uuid }

  public init(
    uuid: UUID = UUID(), caseUUID: UUID, kind: EventKind, at: Date, operator: String,
    device: String, seq: Int64, data: EventData
  ) {
    self.uuid = uuid
    self.caseUUID = caseUUID
    self.kind = kind
    self.at = at
    self.operator = `operator`
    self.device = device
    self.seq = seq
    self.data = data
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
}
