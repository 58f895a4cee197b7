import Foundation
import ShuoshiCore

/// A case's report columns as a store holds them — the laptop's `cases` row or the hub's
/// `hub_report_facts` row: times in whole milliseconds, enums as their raw text. Both stores
/// read these columns with their own SQL and turn them into facts through this one type.
public struct ReportCaseRow: Sendable {
  public var uuid: String
  public var id: String
  public var receivedAt: Int64
  public var residentName: String
  public var residentPhone: String
  public var householdID: String?
  public var gridID: String?
  public var category: String
  public var tier: String
  public var tierAtIntake: String
  public var state: String
  public var deadline: Int64?
  public var firstContactDue: Int64?
  public var firstContactAt: Int64?
  public var escalations: Int
  public var resolvedAt: Int64?
  public var closedAt: Int64?
  public var rating: String?
  public var reopenCount: Int
  public var updatedAt: Int64
  public var followUpResult: String?

  public init(
    uuid: String, id: String, receivedAt: Int64, residentName: String, residentPhone: String,
    householdID: String?, gridID: String?, category: String, tier: String, tierAtIntake: String,
    state: String, deadline: Int64?, firstContactDue: Int64?, firstContactAt: Int64?,
    escalations: Int, resolvedAt: Int64?, closedAt: Int64?, rating: String?, reopenCount: Int,
    updatedAt: Int64, followUpResult: String?
  ) {
    self.uuid = uuid
    self.id = id
    self.receivedAt = receivedAt
    self.residentName = residentName
    self.residentPhone = residentPhone
    self.householdID = householdID
    self.gridID = gridID
    self.category = category
    self.tier = tier
    self.tierAtIntake = tierAtIntake
    self.state = state
    self.deadline = deadline
    self.firstContactDue = firstContactDue
    self.firstContactAt = firstContactAt
    self.escalations = escalations
    self.resolvedAt = resolvedAt
    self.closedAt = closedAt
    self.rating = rating
    self.reopenCount = reopenCount
    self.updatedAt = updatedAt
    self.followUpResult = followUpResult
  }

  /// The column names, in the order of `init`, for a `SELECT`.
  public static let columns = """
    uuid, id, received_at, resident_name, resident_phone, household_id, grid_id, category, tier,
    tier_at_intake, state, deadline, first_contact_due, first_contact_at, escalations,
    resolved_at, closed_at, rating, reopen_count, updated_at, follow_up_result
    """

  /// The case as far as the facts read it (other fields left empty).
  public var `case`: Case {
    let resident = Resident(
      name: residentName, phone: residentPhone, address: "", householdID: householdID,
      gridID: gridID)
    var c = Case(
      uuid: UUID(uuidString: uuid) ?? UUID(), id: id, receivedAt: Millis.date(receivedAt),
      resident: resident, text: "")
    c.category = category
    c.tier = Tier(rawValue: tier) ?? .residence
    c.tierAtIntake = Tier(rawValue: tierAtIntake) ?? c.tier
    c.state = CaseState(rawValue: state) ?? .new
    c.deadline = Millis.date(deadline)
    c.firstContactDue = Millis.date(firstContactDue)
    c.firstContactAt = Millis.date(firstContactAt)
    c.escalations = escalations
    c.resolvedAt = Millis.date(resolvedAt)
    c.closedAt = Millis.date(closedAt)
    c.rating = rating.flatMap(Rating.init(rawValue:))
    c.reopenCount = reopenCount
    c.updatedAt = Millis.date(updatedAt)
    c.followUpResult = followUpResult.flatMap(FollowUpResult.init(rawValue:))
    return c
  }
}
