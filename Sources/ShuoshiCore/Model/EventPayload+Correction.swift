import Foundation

extension EventPayload {
  /// 更正: one field put right. `field` names it (`CorrectableField`), `before`/`after` are the
  /// values as the history shows them, `reason` why. The new value itself travels in the field
  /// the projection reads — `resident` (whole, with its register link), `otherParties`,
  /// `text` (personal, erased with the resident), or `category`, `urgent`, `receivedAt` — with
  /// the deadlines and tier triage gives the corrected case.
  public struct Corrected: Codable, Sendable, Equatable {
    public var field: String?
    public var before: String?
    public var after: String?
    public var reason: String?
    public var resident: Resident?
    public var otherParties: [String]?
    public var text: String?
    public var category: String?
    public var urgent: Bool?
    public var receivedAt: Date?
    public var tier: Tier?
    public var deadline: Date?
    public var firstContactDue: Date?

    public init(
      field: String? = nil, before: String? = nil, after: String? = nil, reason: String? = nil,
      resident: Resident? = nil, otherParties: [String]? = nil, text: String? = nil,
      category: String? = nil, urgent: Bool? = nil, receivedAt: Date? = nil, tier: Tier? = nil,
      deadline: Date? = nil, firstContactDue: Date? = nil
    ) {
      self.field = field
      self.before = before
      self.after = after
      self.reason = reason
      self.resident = resident
      self.otherParties = otherParties
      self.text = text
      self.category = category
      self.urgent = urgent
      self.receivedAt = receivedAt
      self.tier = tier
      self.deadline = deadline
      self.firstContactDue = firstContactDue
    }

    init(_ d: EventData) {
      self.init(
        field: d.field, before: d.before, after: d.after, reason: d.reason, resident: d.resident,
        otherParties: d.otherParties, text: d.text, category: d.category, urgent: d.urgent,
        receivedAt: d.receivedAt, tier: d.tier, deadline: d.deadline,
        firstContactDue: d.firstContactDue)
    }

    func write(into d: inout EventData) {
      d.field = field
      d.before = before
      d.after = after
      d.reason = reason
      d.resident = resident
      d.otherParties = otherParties
      d.text = text
      d.category = category
      d.urgent = urgent
      d.receivedAt = receivedAt
      d.tier = tier
      d.deadline = deadline
      d.firstContactDue = firstContactDue
    }
  }

  /// 作废 or 恢复: why (`voided`, `restored`).
  public struct VoidReason: Codable, Sendable, Equatable {
    public var reason: String?
    public init(reason: String? = nil) { self.reason = reason }
  }
}
