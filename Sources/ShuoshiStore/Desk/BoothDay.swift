import Foundation
import GRDB
import ShuoshiCore

/// Opening the booth day (逢六说事): the one use case behind `shuoshi session open` and the
/// console's start on a Saturday. What was there before and what was written are decided in one
/// transaction, so the answer ("opened", "resumed", "already open") is never read apart from
/// the write it describes.
public struct BoothDayRequest: Sendable, Equatable {
  public var day: CivilDate
  /// Where the booth is; nil keeps the session's place (or `placeIfNew` for a new one).
  public var place: String?
  /// The place a new session takes when none is given (the console passes the unit's name).
  public var placeIfNew: String?
  /// Staff on duty to add; a new session with none starts with the operator.
  public var staff: [String]

  public init(day: CivilDate, place: String? = nil, placeIfNew: String? = nil, staff: [String] = [])
  {
    self.day = day
    self.place = place
    self.placeIfNew = placeIfNew
    self.staff = staff
  }
}

/// What opening the booth day did.
public struct BoothDayOutcome: Sendable, Equatable {
  public enum Change: Sendable, Equatable {
    /// No session of that day existed on this laptop: one was started.
    case opened
    /// The day's session had been closed: it was reopened.
    case resumed
    /// The day's session was open already (new staff or a new place may have been added).
    case alreadyOpen
  }
  public var change: Change
  public var session: BoothSession
}

extension CaseStore {
  /// Starts, resumes or keeps the day's booth session on this laptop (see `BoothDayRequest`).
  /// An open session with nothing new writes nothing; staff are added, never dropped.
  public func openBoothDay(_ request: BoothDayRequest, by actor: Actor, now: Date) throws
    -> BoothDayOutcome
  {
    try actor.require(.change)
    if let refused = SessionError.check(
      place: request.place ?? request.placeIfNew, staff: request.staff)
    {
      throw refused
    }
    let now = Millis.truncate(now)
    return try sessionWrite { db in
      let existing = try SessionLog.all(db).first {
        $0.day == request.day && $0.device == info.deviceID
      }
      let staff = existing == nil && request.staff.isEmpty ? [actor.name] : request.staff
      let place = request.place ?? (existing == nil ? request.placeIfNew : nil)
      let opening = BoothSession.opening(day: request.day, place: place, staff: staff)
      let change: BoothDayOutcome.Change =
        existing == nil ? .opened : (existing!.isOpen ? .alreadyOpen : .resumed)
      if let s = existing, s.isOpen, opening.place == nil || opening.place == s.place,
        (opening.staff ?? []).allSatisfy(s.staff.contains)
      {
        return BoothDayOutcome(change: change, session: s)
      }
      let uuid = existing?.uuid ?? UUID()
      _ = try EventLog.append(
        [EventDraft(.sessionOpened(opening))], entity: uuid, device: info.deviceID, by: actor,
        at: now,
        db)
      return BoothDayOutcome(change: change, session: try SessionLog.session(uuid, db)!)
    }
  }
}
