import Foundation

/// A booth session (逢六说事): one day at one place with the staff on duty, on one laptop.
/// Cases taken while it is open name it in their `created` event.
///
/// A session is not a row that gets edited: it is folded from its `session_opened` and
/// `session_closed` events (the entity of those events is the session's UUID), so sessions
/// travel between laptops with the rest of the log and two laptops at one booth simply
/// give two sessions of the same day.
public struct BoothSession: Codable, Sendable, Equatable, Identifiable {
  /// Identity, stable across laptops.
  public var uuid: UUID
  /// The laptop that opened it.
  public var device: String
  /// The booth day.
  public var day: CivilDate
  public var place: String
  /// Staff on duty, in the order they were named; later openings add names.
  public var staff: [String]
  public var openedAt: Date
  public var openedBy: String
  /// When it was last closed; nil while it is open.
  public var closedAt: Date?

  public var id: UUID { uuid }
  public var isOpen: Bool { closedAt == nil }

  /// The short handle a worker types (`8c1e2f3a`): the UUID's first eight hex digits.
  public var shortID: String { String(uuid.uuidString.lowercased().prefix(8)) }

  public init(
    uuid: UUID, device: String, day: CivilDate, place: String, staff: [String], openedAt: Date,
    openedBy: String, closedAt: Date? = nil
  ) {
    self.uuid = uuid
    self.device = device
    self.day = day
    self.place = place
    self.staff = staff
    self.openedAt = openedAt
    self.openedBy = openedBy
    self.closedAt = closedAt
  }

  /// Folds one session's events, oldest first. An opening after a close resumes the session
  /// (same UUID): the place is replaced when given and new staff are added. Nil when the
  /// events hold no opening.
  public static func replay(_ events: [Event]) -> BoothSession? {
    var session: BoothSession?
    for event in events {
      switch event.kind {
      case .sessionOpened:
        guard case .sessionOpened(let d) = event.payload else { continue }
        if var s = session {
          s.closedAt = nil
          if let place = d.place, !place.isEmpty { s.place = place }
          for name in d.staff ?? [] where !s.staff.contains(name) { s.staff.append(name) }
          session = s
        } else {
          guard let day = d.day.flatMap(CivilDate.init(iso:)) else { continue }
          session = BoothSession(
            uuid: event.caseUUID, device: event.device, day: day, place: d.place ?? "",
            staff: d.staff ?? [], openedAt: event.at, openedBy: event.operator)
        }
      case .sessionClosed:
        session?.closedAt = event.at
      default:
        continue
      }
    }
    return session
  }

  /// Whether `day` is a booth day: Saturdays (逢六说事). The console opens or resumes the
  /// day's session on these days (`CaseStore.openBoothDay`) and may offer to on others.
  public static func isBoothDay(_ day: CivilDate) -> Bool { day.weekday == 6 }

  /// The payload of an event opening (or resuming) a session on `day`.
  public static func opening(day: CivilDate, place: String?, staff: [String])
    -> EventPayload.SessionOpened
  {
    EventPayload.SessionOpened(
      day: day.description,
      place: place.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 },
      staff: staff.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
  }

  /// The same as a flat record (`EventData`), for callers that still build drafts from one.
  public static func openingData(day: CivilDate, place: String?, staff: [String]) -> EventData {
    EventPayload.sessionOpened(opening(day: day, place: place, staff: staff)).data
  }
}
