import Foundation

extension CodingUserInfoKey {
  /// The `EventKind` a decoder reads an `EventPayload` as (the JSON does not name it).
  public static let eventKind = CodingUserInfoKey(rawValue: "shuoshi.eventKind")!
}

/// The one JSON shape of event data: sorted keys (the same event always gives the same bytes),
/// no escaped slashes, times as whole milliseconds since 1970. The store writes the log with
/// it; hash chains cover its output, so it never changes.
public enum EventCoding {
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .millisecondsSince1970
    return encoder
  }

  public static func decoder(kind: EventKind? = nil) -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .millisecondsSince1970
    if let kind { decoder.userInfo[.eventKind] = kind }
    return decoder
  }
}

/// Why stored JSON could not be read as a payload.
public struct EventPayloadDecodingError: Error, Sendable, Equatable {
  public var message: String
}

extension EventPayload: Codable {
  /// The kind of event this payload belongs to.
  public var kind: EventKind {
    switch self {
    case .created: return .created
    case .triaged: return .triaged
    case .retiered: return .retiered
    case .assigned: return .assigned
    case .noted: return .noted
    case .visited: return .visited
    case .waiting: return .waiting
    case .resumed: return .resumed
    case .resolved: return .resolved
    case .rated: return .rated
    case .reopened: return .reopened
    case .escalated: return .escalated
    case .undone: return .undone
    case .revealed: return .revealed
    case .settled: return .settled
    case .merged: return .merged
    case .mergedInto: return .mergedInto
    case .unmerged: return .unmerged
    case .erased: return .erased
    case .dispatched: return .dispatched
    case .delivered: return .delivered
    case .unitSaved: return .unitSaved
    case .gridSaved: return .gridSaved
    case .householdSaved: return .householdSaved
    case .personSaved: return .personSaved
    case .sessionOpened: return .sessionOpened
    case .sessionClosed: return .sessionClosed
    case .corrected: return .corrected
    case .voided: return .voided
    case .restored: return .restored
    case .followedUp: return .followedUp
    case .extended: return .extended
    case .returned: return .returned
    case .urged: return .urged
    case .supervised: return .supervised
    case .roundRecorded: return .roundRecorded
    case .grouped: return .grouped
    case .ungrouped: return .ungrouped
    case .warningRaised: return .warningRaised
    case .warningAcknowledged: return .warningAcknowledged
    case .warningDismissed: return .warningDismissed
    case .warningTakenOn: return .warningTakenOn
    case .warningMerged: return .warningMerged
    }
  }

  /// Reads the flat JSON of an event of `kind`; keys of other kinds are ignored.
  public init(kind: EventKind, from decoder: any Decoder) throws {
    switch kind {
    case .created: self = .created(try Created(from: decoder))
    case .triaged: self = .triaged(try Triaged(from: decoder))
    case .retiered: self = .retiered(try Retiered(from: decoder))
    case .assigned: self = .assigned(try Assigned(from: decoder))
    case .noted: self = .noted(try Noted(from: decoder))
    case .visited: self = .visited(try Visited(from: decoder))
    case .waiting: self = .waiting(try Waiting(from: decoder))
    case .resumed: self = .resumed(try Resumed(from: decoder))
    case .resolved: self = .resolved(try Resolved(from: decoder))
    case .rated: self = .rated(try Rated(from: decoder))
    case .reopened: self = .reopened(try Reopened(from: decoder))
    case .escalated: self = .escalated(try Escalated(from: decoder))
    case .undone: self = .undone(try Undone(from: decoder))
    case .revealed: self = .revealed(try Revealed(from: decoder))
    case .settled: self = .settled(try Settled(from: decoder))
    case .merged: self = .merged(try CaseLink(from: decoder))
    case .mergedInto: self = .mergedInto(try CaseLink(from: decoder))
    case .unmerged: self = .unmerged(try CaseLink(from: decoder))
    case .erased: self = .erased(Erased())
    case .dispatched: self = .dispatched(try Dispatched(from: decoder))
    case .delivered: self = .delivered(try Delivered(from: decoder))
    case .unitSaved: self = .unitSaved(try UnitSaved(from: decoder))
    case .gridSaved: self = .gridSaved(try GridSaved(from: decoder))
    case .householdSaved: self = .householdSaved(try HouseholdSaved(from: decoder))
    case .personSaved: self = .personSaved(try PersonSaved(from: decoder))
    case .sessionOpened: self = .sessionOpened(try SessionOpened(from: decoder))
    case .sessionClosed: self = .sessionClosed(SessionClosed())
    case .corrected: self = .corrected(try Corrected(from: decoder))
    case .voided: self = .voided(try VoidReason(from: decoder))
    case .restored: self = .restored(try VoidReason(from: decoder))
    case .followedUp: self = .followedUp(try FollowedUp(from: decoder))
    case .extended: self = .extended(try Extended(from: decoder))
    case .returned: self = .returned(try Returned(from: decoder))
    case .urged: self = .urged(try Urged(from: decoder))
    case .supervised: self = .supervised(try Supervised(from: decoder))
    case .roundRecorded: self = .roundRecorded(try RoundRecorded(from: decoder))
    case .grouped: self = .grouped(try GroupCaseLink(from: decoder))
    case .ungrouped: self = .ungrouped(try GroupCaseLink(from: decoder))
    case .warningRaised: self = .warningRaised(try WarningRaised(from: decoder))
    case .warningAcknowledged: self = .warningAcknowledged(try WarningNote(from: decoder))
    case .warningDismissed: self = .warningDismissed(try WarningNote(from: decoder))
    case .warningTakenOn: self = .warningTakenOn(try WarningTakenOn(from: decoder))
    case .warningMerged: self = .warningMerged(try WarningMerged(from: decoder))
    }
  }

  /// Decodes with the kind set in `decoder.userInfo[.eventKind]` (see `EventCoding.decoder`).
  public init(from decoder: any Decoder) throws {
    guard let kind = decoder.userInfo[.eventKind] as? EventKind else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "no event kind to decode as"))
    }
    try self.init(kind: kind, from: decoder)
  }

  /// Decodes the stored JSON text of an event of `kind`.
  public init(kind: EventKind, json: String) throws {
    self = try EventCoding.decoder(kind: kind).decode(EventPayload.self, from: Data(json.utf8))
  }

  /// Writes the flat JSON of its kind, exactly as `EventData` did.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .created(let p): try p.encode(to: encoder)
    case .triaged(let p): try p.encode(to: encoder)
    case .retiered(let p): try p.encode(to: encoder)
    case .assigned(let p): try p.encode(to: encoder)
    case .noted(let p): try p.encode(to: encoder)
    case .visited(let p): try p.encode(to: encoder)
    case .waiting(let p): try p.encode(to: encoder)
    case .resumed(let p): try p.encode(to: encoder)
    case .resolved(let p): try p.encode(to: encoder)
    case .rated(let p): try p.encode(to: encoder)
    case .reopened(let p): try p.encode(to: encoder)
    case .escalated(let p): try p.encode(to: encoder)
    case .undone(let p): try p.encode(to: encoder)
    case .revealed(let p): try p.encode(to: encoder)
    case .settled(let p): try p.encode(to: encoder)
    case .merged(let p): try p.encode(to: encoder)
    case .mergedInto(let p): try p.encode(to: encoder)
    case .unmerged(let p): try p.encode(to: encoder)
    case .erased: _ = encoder.container(keyedBy: EmptyKeys.self)
    case .dispatched(let p): try p.encode(to: encoder)
    case .delivered(let p): try p.encode(to: encoder)
    case .unitSaved(let p): try p.encode(to: encoder)
    case .gridSaved(let p): try p.encode(to: encoder)
    case .householdSaved(let p): try p.encode(to: encoder)
    case .personSaved(let p): try p.encode(to: encoder)
    case .sessionOpened(let p): try p.encode(to: encoder)
    case .sessionClosed: _ = encoder.container(keyedBy: EmptyKeys.self)
    case .corrected(let p): try p.encode(to: encoder)
    case .voided(let p): try p.encode(to: encoder)
    case .restored(let p): try p.encode(to: encoder)
    case .followedUp(let p): try p.encode(to: encoder)
    case .extended(let p): try p.encode(to: encoder)
    case .returned(let p): try p.encode(to: encoder)
    case .urged(let p): try p.encode(to: encoder)
    case .supervised(let p): try p.encode(to: encoder)
    case .roundRecorded(let p): try p.encode(to: encoder)
    case .grouped(let p): try p.encode(to: encoder)
    case .ungrouped(let p): try p.encode(to: encoder)
    case .warningRaised(let p): try p.encode(to: encoder)
    case .warningAcknowledged(let p): try p.encode(to: encoder)
    case .warningDismissed(let p): try p.encode(to: encoder)
    case .warningTakenOn(let p): try p.encode(to: encoder)
    case .warningMerged(let p): try p.encode(to: encoder)
    }
  }

  /// The stored JSON text: the bytes the hash chain covers.
  public var json: String {
    let bytes = (try? EventCoding.encoder().encode(self)) ?? Data("{}".utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  private enum EmptyKeys: CodingKey {}
}

extension EventPayload {
  /// The typed view of the flat record: the fields `kind` writes (others are dropped).
  public init(kind: EventKind, data d: EventData) {
    switch kind {
    case .created:
      self = .created(
        Created(
          caseID: d.caseID, receivedAt: d.receivedAt, resident: d.resident,
          otherParties: d.otherParties, text: d.text, category: d.category, tier: d.tier,
          session: d.session, surveyRound: d.surveyRound))
    case .triaged:
      self = .triaged(
        Triaged(
          category: d.category, tier: d.tier, urgent: d.urgent, referred: d.referred,
          confidence: d.confidence, reasons: d.reasons, deadline: d.deadline,
          firstContactDue: d.firstContactDue))
    case .retiered:
      self = .retiered(
        Retiered(
          category: d.category, tier: d.tier, fromTier: d.fromTier, urgent: d.urgent,
          reason: d.reason, deadline: d.deadline))
    case .assigned:
      self = .assigned(
        Assigned(assignee: d.assignee, assigneeID: d.assigneeID, route: d.route, reason: d.reason))
    case .noted: self = .noted(Noted(reason: d.reason))
    case .visited: self = .visited(Visited(reason: d.reason, minutes: d.minutes))
    case .waiting: self = .waiting(Waiting(reason: d.reason, until: d.until))
    case .resumed:
      self = .resumed(Resumed(deadline: d.deadline, effectiveAt: d.effectiveAt, expired: d.expired))
    case .resolved:
      self = .resolved(Resolved(summary: d.summary, onSpot: d.onSpot, followUpDue: d.followUpDue))
    case .rated: self = .rated(Rated(rating: d.rating, reason: d.reason))
    case .reopened: self = .reopened(Reopened(reason: d.reason, deadline: d.deadline))
    case .escalated:
      self = .escalated(
        Escalated(
          tier: d.tier, fromTier: d.fromTier, urgent: d.urgent, escalation: d.escalation,
          deadline: d.deadline, assignee: d.assignee, assigneeID: d.assigneeID, route: d.route,
          reason: d.reason, effectiveAt: d.effectiveAt))
    case .undone: self = .undone(Undone(target: d.target))
    case .revealed: self = .revealed(Revealed(field: d.field))
    case .settled:
      self = .settled(
        Settled(target: d.target, superseded: d.superseded, field: d.field, reason: d.reason))
    case .merged: self = .merged(CaseLink(otherCase: d.otherCase, otherCaseID: d.otherCaseID))
    case .mergedInto:
      self = .mergedInto(CaseLink(otherCase: d.otherCase, otherCaseID: d.otherCaseID))
    case .unmerged: self = .unmerged(CaseLink(otherCase: d.otherCase, otherCaseID: d.otherCaseID))
    case .erased: self = .erased(Erased())
    case .dispatched:
      self = .dispatched(
        Dispatched(volunteer: d.volunteer, volunteerID: d.volunteerID, reason: d.reason))
    case .delivered:
      self = .delivered(
        Delivered(
          volunteer: d.volunteer, volunteerID: d.volunteerID, done: d.done, minutes: d.minutes,
          reason: d.reason, followUpDue: d.followUpDue))
    case .unitSaved: self = .unitSaved(UnitSaved(unit: d.unit))
    case .gridSaved: self = .gridSaved(GridSaved(grid: d.grid))
    case .householdSaved: self = .householdSaved(HouseholdSaved(household: d.household))
    case .personSaved: self = .personSaved(PersonSaved(person: d.person))
    case .sessionOpened:
      self = .sessionOpened(SessionOpened(day: d.day, place: d.place, staff: d.staff))
    case .sessionClosed: self = .sessionClosed(SessionClosed())
    case .corrected: self = .corrected(Corrected(d))
    case .voided: self = .voided(VoidReason(reason: d.reason))
    case .restored: self = .restored(VoidReason(reason: d.reason))
    case .followedUp:
      self = .followedUp(
        FollowedUp(
          method: d.method, reached: d.reached, solved: d.solved, rating: d.rating,
          reason: d.reason, unreached: d.unreached))
    case .extended:
      self = .extended(Extended(tier: d.tier, days: d.days, deadline: d.deadline, reason: d.reason))
    case .returned:
      self = .returned(
        Returned(
          grounds: d.grounds, tier: d.tier, fromTier: d.fromTier, owner: d.owner,
          deadline: d.deadline, reason: d.reason))
    case .urged: self = .urged(Urged(owner: d.owner, reason: d.reason))
    case .supervised: self = .supervised(Supervised(on: d.on, reason: d.reason))
    case .roundRecorded: self = .roundRecorded(RoundRecorded(round: d.round))
    case .grouped: self = .grouped(GroupCaseLink(d))
    case .ungrouped: self = .ungrouped(GroupCaseLink(d))
    case .warningRaised:
      self = .warningRaised(
        WarningRaised(
          level: d.level, cases: d.cases, households: d.households, place: d.place,
          party: d.party, firstAt: d.firstAt, reason: d.reason, absorbed: d.absorbed))
    case .warningAcknowledged: self = .warningAcknowledged(WarningNote(reason: d.reason))
    case .warningDismissed: self = .warningDismissed(WarningNote(reason: d.reason))
    case .warningTakenOn:
      self = .warningTakenOn(WarningTakenOn(groupCase: d.groupCase, reason: d.reason))
    case .warningMerged:
      self = .warningMerged(WarningMerged(survivor: d.survivor, reason: d.reason))
    }
  }

  /// The flat record (`EventData`) of this payload: the storage and compatibility view.
  public var data: EventData {
    var d = EventData()
    switch self {
    case .created(let p):
      d.caseID = p.caseID
      d.receivedAt = p.receivedAt
      d.resident = p.resident
      d.otherParties = p.otherParties
      d.text = p.text
      d.category = p.category
      d.tier = p.tier
      d.session = p.session
      d.surveyRound = p.surveyRound
    case .triaged(let p):
      d.category = p.category
      d.tier = p.tier
      d.urgent = p.urgent
      d.referred = p.referred
      d.confidence = p.confidence
      d.reasons = p.reasons
      d.deadline = p.deadline
      d.firstContactDue = p.firstContactDue
    case .retiered(let p):
      d.category = p.category
      d.tier = p.tier
      d.fromTier = p.fromTier
      d.urgent = p.urgent
      d.reason = p.reason
      d.deadline = p.deadline
    case .assigned(let p):
      d.assignee = p.assignee
      d.assigneeID = p.assigneeID
      d.route = p.route
      d.reason = p.reason
    case .noted(let p):
      d.reason = p.reason
    case .visited(let p):
      d.reason = p.reason
      d.minutes = p.minutes
    case .waiting(let p):
      d.reason = p.reason
      d.until = p.until
    case .resumed(let p):
      d.deadline = p.deadline
      d.effectiveAt = p.effectiveAt
      d.expired = p.expired
    case .resolved(let p):
      d.summary = p.summary
      d.onSpot = p.onSpot
      d.followUpDue = p.followUpDue
    case .rated(let p):
      d.rating = p.rating
      d.reason = p.reason
    case .reopened(let p):
      d.reason = p.reason
      d.deadline = p.deadline
    case .escalated(let p):
      d.tier = p.tier
      d.fromTier = p.fromTier
      d.urgent = p.urgent
      d.escalation = p.escalation
      d.deadline = p.deadline
      d.assignee = p.assignee
      d.assigneeID = p.assigneeID
      d.route = p.route
      d.reason = p.reason
      d.effectiveAt = p.effectiveAt
    case .undone(let p):
      d.target = p.target
    case .revealed(let p):
      d.field = p.field
    case .settled(let p):
      d.target = p.target
      d.superseded = p.superseded
      d.field = p.field
      d.reason = p.reason
    case .merged(let p):
      d.otherCase = p.otherCase
      d.otherCaseID = p.otherCaseID
    case .mergedInto(let p):
      d.otherCase = p.otherCase
      d.otherCaseID = p.otherCaseID
    case .unmerged(let p):
      d.otherCase = p.otherCase
      d.otherCaseID = p.otherCaseID
    case .erased: break
    case .dispatched(let p):
      d.volunteer = p.volunteer
      d.volunteerID = p.volunteerID
      d.reason = p.reason
    case .delivered(let p):
      d.volunteer = p.volunteer
      d.volunteerID = p.volunteerID
      d.done = p.done
      d.minutes = p.minutes
      d.reason = p.reason
      d.followUpDue = p.followUpDue
    case .unitSaved(let p):
      d.unit = p.unit
    case .gridSaved(let p):
      d.grid = p.grid
    case .householdSaved(let p):
      d.household = p.household
    case .personSaved(let p):
      d.person = p.person
    case .sessionOpened(let p):
      d.day = p.day
      d.place = p.place
      d.staff = p.staff
    case .sessionClosed: break
    case .corrected(let p): p.write(into: &d)
    case .voided(let p): d.reason = p.reason
    case .restored(let p): d.reason = p.reason
    case .followedUp(let p):
      d.method = p.method
      d.reached = p.reached
      d.solved = p.solved
      d.rating = p.rating
      d.reason = p.reason
      d.unreached = p.unreached
    case .extended(let p):
      d.tier = p.tier
      d.days = p.days
      d.deadline = p.deadline
      d.reason = p.reason
    case .returned(let p):
      d.grounds = p.grounds
      d.tier = p.tier
      d.fromTier = p.fromTier
      d.owner = p.owner
      d.deadline = p.deadline
      d.reason = p.reason
    case .urged(let p):
      d.owner = p.owner
      d.reason = p.reason
    case .supervised(let p):
      d.on = p.on
      d.reason = p.reason
    case .roundRecorded(let p):
      d.round = p.round
    case .grouped(let p): p.write(into: &d)
    case .ungrouped(let p): p.write(into: &d)
    case .warningRaised(let p):
      d.level = p.level
      d.cases = p.cases
      d.households = p.households
      d.place = p.place
      d.party = p.party
      d.firstAt = p.firstAt
      d.reason = p.reason
      d.absorbed = p.absorbed
    case .warningAcknowledged(let p): d.reason = p.reason
    case .warningDismissed(let p): d.reason = p.reason
    case .warningTakenOn(let p):
      d.groupCase = p.groupCase
      d.reason = p.reason
    case .warningMerged(let p):
      d.survivor = p.survivor
      d.reason = p.reason
    }
    return d
  }
}
