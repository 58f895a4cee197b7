import Foundation
import GRDB
import ShuoshiCore

/// Case ⇄ `cases` row. The one place that knows the column names of the projection.
enum CaseRow {
  /// The columns up to `v2-register` (the first `releaseColumnCount` values of `values`),
  /// then those added since.
  static let releaseColumns = """
    uuid, id, received_at, resident_name, resident_phone, phone_tail, address, household_id,
    grid_id, other_parties, category, text, tier, tier_at_intake, state, state_before_waiting,
    paused_at, assignee, deadline, first_contact_due, first_contact_at, urgent, referred,
    escalations, resolved_at, closed_at, summary, rating, reopen_count, updated_at, event_count,
    assignee_id, volunteer, volunteer_id
    """
  static let releaseColumnCount = 34
  static let columns =
    releaseColumns + """
      , voided, follow_up_due, follow_up_attempts, follow_up_result, wait_until, wait_expired,
      extended_tiers, returns, urges, supervised
      """

  static let upsertSQL = """
    INSERT INTO cases (\(columns)) VALUES (\(Array(repeating: "?", count: 44).joined(separator: ",")))
    ON CONFLICT(uuid) DO UPDATE SET
      id=excluded.id, received_at=excluded.received_at, resident_name=excluded.resident_name,
      resident_phone=excluded.resident_phone, phone_tail=excluded.phone_tail,
      address=excluded.address, household_id=excluded.household_id, grid_id=excluded.grid_id,
      other_parties=excluded.other_parties, category=excluded.category, text=excluded.text,
      tier=excluded.tier, tier_at_intake=excluded.tier_at_intake, state=excluded.state,
      state_before_waiting=excluded.state_before_waiting, paused_at=excluded.paused_at,
      assignee=excluded.assignee, deadline=excluded.deadline,
      first_contact_due=excluded.first_contact_due, first_contact_at=excluded.first_contact_at,
      urgent=excluded.urgent, referred=excluded.referred, escalations=excluded.escalations,
      resolved_at=excluded.resolved_at, closed_at=excluded.closed_at, summary=excluded.summary,
      rating=excluded.rating, reopen_count=excluded.reopen_count, updated_at=excluded.updated_at,
      event_count=excluded.event_count, assignee_id=excluded.assignee_id,
      volunteer=excluded.volunteer, volunteer_id=excluded.volunteer_id, voided=excluded.voided,
      follow_up_due=excluded.follow_up_due, follow_up_attempts=excluded.follow_up_attempts,
      follow_up_result=excluded.follow_up_result,
      wait_until=excluded.wait_until, wait_expired=excluded.wait_expired,
      extended_tiers=excluded.extended_tiers, returns=excluded.returns, urges=excluded.urges,
      supervised=excluded.supervised
    """

  static func arguments(_ c: Case) -> StatementArguments { StatementArguments(values(c)) }

  /// The row's values, in `columns` order.
  static func values(_ c: Case) -> [(any DatabaseValueConvertible)?] {
    let parties = (try? JSONEncoder().encode(c.otherParties)).map {
      String(decoding: $0, as: UTF8.self)
    }
    let values: [(any DatabaseValueConvertible)?] = [
      c.uuid.uuidString, c.id, Millis.from(c.receivedAt), c.resident.name, c.resident.phone,
      phoneTail(c.resident.phone), c.resident.address, c.resident.householdID,
      c.resident.gridID, parties ?? "[]", c.category, c.text, c.tier.rawValue,
      c.tierAtIntake.rawValue, c.state.rawValue, c.stateBeforeWaiting?.rawValue,
      Millis.from(c.pausedAt), c.assignee, Millis.from(c.deadline),
      Millis.from(c.firstContactDue), Millis.from(c.firstContactAt), c.urgent, c.referred,
      c.escalations, Millis.from(c.resolvedAt), Millis.from(c.closedAt), c.summary,
      c.rating?.rawValue, c.reopenCount, Millis.from(c.updatedAt), c.eventCount,
      c.assigneeID?.uuidString, c.volunteer, c.volunteerID?.uuidString, c.voided,
      Millis.from(c.followUpDue), c.followUpAttempts, c.followUpResult?.rawValue,
      Millis.from(c.waitUntil), c.waitExpired,
      c.extendedTiers.map(\.rawValue).joined(separator: ","),
      c.returns, c.urges, c.supervised,
    ]
    return values
  }

  static func decode(_ row: Row) -> Case {
    let uuid = UUID(uuidString: row["uuid"]) ?? UUID()
    let resident = Resident(
      name: row["resident_name"], phone: row["resident_phone"], address: row["address"],
      householdID: row["household_id"], gridID: row["grid_id"])
    var c = Case(
      uuid: uuid, id: row["id"], receivedAt: Millis.date(row["received_at"] as Int64),
      resident: resident, text: row["text"])
    let parties: String = row["other_parties"]
    c.otherParties = (try? JSONDecoder().decode([String].self, from: Data(parties.utf8))) ?? []
    c.category = row["category"]
    c.tier = Tier(rawValue: row["tier"]) ?? .residence
    c.tierAtIntake = Tier(rawValue: row["tier_at_intake"]) ?? c.tier
    c.state = CaseState(rawValue: row["state"]) ?? .new
    c.stateBeforeWaiting = (row["state_before_waiting"] as String?).flatMap(CaseState.init)
    c.pausedAt = Millis.date(row["paused_at"] as Int64?)
    c.assignee = row["assignee"]
    c.deadline = Millis.date(row["deadline"] as Int64?)
    c.firstContactDue = Millis.date(row["first_contact_due"] as Int64?)
    c.firstContactAt = Millis.date(row["first_contact_at"] as Int64?)
    c.urgent = row["urgent"]
    c.referred = row["referred"]
    c.escalations = row["escalations"]
    c.resolvedAt = Millis.date(row["resolved_at"] as Int64?)
    c.closedAt = Millis.date(row["closed_at"] as Int64?)
    c.summary = row["summary"]
    c.rating = (row["rating"] as String?).flatMap(Rating.init(rawValue:))
    c.reopenCount = row["reopen_count"]
    c.updatedAt = Millis.date(row["updated_at"] as Int64)
    c.eventCount = row["event_count"]
    c.assigneeID = (row["assignee_id"] as String?).flatMap(UUID.init(uuidString:))
    c.volunteer = row["volunteer"]
    c.volunteerID = (row["volunteer_id"] as String?).flatMap(UUID.init(uuidString:))
    c.voided = row["voided"]
    c.followUpDue = Millis.date(row["follow_up_due"] as Int64?)
    c.followUpAttempts = row["follow_up_attempts"]
    c.followUpResult = (row["follow_up_result"] as String?).flatMap(FollowUpResult.init(rawValue:))
    c.waitUntil = Millis.date(row["wait_until"] as Int64?)
    c.waitExpired = row["wait_expired"]
    let extended: String = row["extended_tiers"]
    c.extendedTiers = extended.split(separator: ",").compactMap { Tier(rawValue: String($0)) }
    c.returns = row["returns"]
    c.urges = row["urges"]
    c.supervised = row["supervised"]
    return c
  }

  /// The last four digits of a phone number: what a resident reads out at the booth.
  static func phoneTail(_ phone: String) -> String {
    String(phone.filter(\.isASCII).filter(\.isNumber).suffix(4))
  }
}
