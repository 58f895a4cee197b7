import Foundation
import ShuoshiCore

/// An event as a report reads it: only the data fields `Case.applying` and `CaseFacts` need,
/// pulled out of the stored JSON by the database (SQLite's `json_extract` on a laptop,
/// PostgreSQL's `jsonb ->>` on the hub) — no JSON decoding in Swift. `fields` lists them
/// once; each store writes its own SQL from that list and hands the values back in order.
public struct ReportEventRow: Sendable {
  public enum FieldType: Sendable { case text, flag, number }

  /// A data field, the event kinds that carry it, and how it is typed in the JSON.
  public struct Field: Sendable {
    public let key: String
    public let kinds: [String]
    public let type: FieldType
  }

  public enum Value: Sendable {
    case text(String)
    case flag(Bool)
    case number(Double)
  }

  public static let fields: [Field] = [
    Field(key: "category", kinds: ["triaged", "retiered", "corrected"], type: .text),
    Field(
      key: "tier",
      kinds: ["triaged", "retiered", "escalated", "corrected", "extended", "returned"],
      type: .text),
    Field(key: "fromTier", kinds: ["retiered", "escalated", "returned"], type: .text),
    Field(key: "urgent", kinds: ["triaged", "retiered", "escalated", "corrected"], type: .flag),
    Field(key: "referred", kinds: ["triaged"], type: .flag),
    Field(
      key: "deadline",
      kinds: [
        "triaged", "retiered", "resumed", "reopened", "escalated", "corrected", "extended",
        "returned",
      ], type: .number),
    Field(key: "firstContactDue", kinds: ["triaged", "corrected"], type: .number),
    Field(key: "assignee", kinds: ["assigned", "escalated"], type: .text),
    Field(key: "onSpot", kinds: ["resolved"], type: .flag),
    Field(key: "rating", kinds: ["rated", "followed_up"], type: .text),
    Field(key: "escalation", kinds: ["escalated"], type: .text),
    Field(key: "target", kinds: ["undone"], type: .text),
    Field(key: "session", kinds: ["created"], type: .text),
    Field(key: "effectiveAt", kinds: ["escalated"], type: .number),
    Field(key: "reached", kinds: ["followed_up"], type: .flag),
    Field(key: "solved", kinds: ["followed_up"], type: .text),
    Field(key: "unreached", kinds: ["followed_up"], type: .flag),
    Field(key: "owner", kinds: ["returned"], type: .text),
    Field(key: "on", kinds: ["supervised"], type: .flag),
  ]

  /// `kind IN ('a', 'b')` for a field's kinds (the kinds are our own constants).
  public static func kindTest(_ field: Field, column: String = "kind") -> String {
    "\(column) IN (" + field.kinds.map { "'\($0)'" }.joined(separator: ", ") + ")"
  }

  /// `kind IN (…)` for `CaseFacts.eventKinds`.
  public static var factKindList: String {
    CaseFacts.eventKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
  }

  public var caseUUID: String
  public var uuid: String
  public var kind: String
  public var at: Int64
  /// One per `fields`, in order; nil where the event does not carry it.
  public var values: [Value?]

  public init(caseUUID: String, uuid: String, kind: String, at: Int64, values: [Value?]) {
    self.caseUUID = caseUUID
    self.uuid = uuid
    self.kind = kind
    self.at = at
    self.values = values
  }

  /// The event of case `c`, its `created` event's resident and id taken from the case (they
  /// never change); nil for a kind this build does not know.
  public func event(of c: Case) -> Event? {
    guard let kind = EventKind(rawValue: kind) else { return nil }
    var d = EventData()
    func text(_ i: Int) -> String? { if case .text(let s)? = values[i] { s } else { nil } }
    func flag(_ i: Int) -> Bool? { if case .flag(let b)? = values[i] { b } else { nil } }
    func date(_ i: Int) -> Date? {
      if case .number(let ms)? = values[i] { Date(timeIntervalSince1970: ms / 1000) } else { nil }
    }
    d.category = text(0)
    d.tier = text(1).flatMap(Tier.init(rawValue:))
    d.fromTier = text(2).flatMap(Tier.init(rawValue:))
    d.urgent = flag(3)
    d.referred = flag(4)
    d.deadline = date(5)
    d.firstContactDue = date(6)
    d.assignee = text(7)
    d.onSpot = flag(8)
    d.rating = text(9).flatMap(Rating.init(rawValue:))
    d.escalation = text(10).flatMap(EscalationReason.init(rawValue:))
    d.target = text(11).flatMap(UUID.init(uuidString:))
    d.session = text(12).flatMap(UUID.init(uuidString:))
    d.effectiveAt = date(13)
    d.reached = flag(14)
    d.solved = text(15).flatMap(Solved.init(rawValue:))
    d.unreached = flag(16)
    d.owner = text(17)
    d.on = flag(18)
    if kind == .created {
      d.caseID = c.id
      d.receivedAt = c.receivedAt
      d.resident = c.resident
    }
    return Event(
      uuid: UUID(uuidString: uuid) ?? UUID(), caseUUID: c.uuid, kind: kind,
      at: Millis.date(at), operator: "", device: "", seq: 0, data: d)
  }
}
