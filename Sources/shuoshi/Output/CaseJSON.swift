import Foundation
import ShuoshiCore

/// The stable JSON shape of cases and events printed by `--json` (documented in docs/JSON.md).
/// Field names never change meaning; new fields may be added.
struct CaseJSON: Encodable {
  struct ResidentJSON: Encodable {
    let name: String
    let phone: String
    let address: String
    let household_id: String?
    let grid_id: String?
  }

  struct EventJSON: Encodable {
    let type: String
    let at: String
    let `operator`: String
    let device: String
    let seq: Int64
    let summary: String
    let data: EventData
  }

  let id: String
  let uuid: String
  let received_at: String
  let resident: ResidentJSON
  let other_parties: [String]
  let category: String
  let category_name: String
  let text: String
  let tier: String
  let tier_at_intake: String
  let state: String
  let urgent: Bool
  let referred: Bool
  let assignee: String?
  /// The owner's register id (short form), when the owner is a person of the register.
  let assignee_id: String?
  /// The party member volunteer the case is dispatched to.
  let volunteer: String?
  let volunteer_id: String?
  let deadline: String?
  let first_contact_due: String?
  let first_contact_at: String?
  let escalations: Int
  let overdue: Bool
  let resolved_at: String?
  let closed_at: String?
  let summary: String?
  let rating: String?
  let reopen_count: Int
  /// True when the case is voided (作废); absent otherwise.
  let voided: Bool?
  /// 回访: due by then (nil when done or not resolved), failed attempts, the latest answer
  /// (`solved`, `partly`, `unsolved`, `unreached`).
  let follow_up_due: String?
  let follow_up_attempts: Int
  let follow_up_result: String?
  /// 延期: granted at the current tier (the deadline is the extended one), and every tier
  /// granted at.
  let extended: Bool
  let extended_tiers: [String]
  /// 暂停: the expected end of the current wait; 暂停超时: the sweep ended a wait past it.
  let wait_until: String?
  let wait_expired: Bool
  /// 退单 and 催办 counts, and the 督办 flag.
  let returns: Int
  let urges: Int
  let supervised: Bool
  let history: [EventJSON]?
  /// `show`: the other cases carrying this case's number (two laptops without letters issued
  /// it); absent when none do.
  var same_number: [String]?
  /// `show` only: the group case (母案) this case is a child of, or a parent's children (子案).
  var group_parent: String?
  var group_children: [String]?

  init(_ c: Case, history: [Event]?, rules: RoutingRules, lang: Lang, now: Date, maskPhone: Bool) {
    id = c.id
    uuid = c.uuid.uuidString.lowercased()
    received_at = JSONTime.string(c.receivedAt)
    resident = ResidentJSON(
      name: c.resident.name,
      phone: maskPhone ? PhoneMask.mask(c.resident.phone) : c.resident.phone,
      address: c.resident.address, household_id: c.resident.householdID,
      grid_id: c.resident.gridID)
    other_parties = c.otherParties
    category = c.category
    category_name = rules.name(ofCategory: c.category, lang: lang)
    text = maskPhone ? PersonalMask.text(c.text) : c.text
    tier = c.tier.rawValue
    tier_at_intake = c.tierAtIntake.rawValue
    state = c.state.rawValue
    urgent = c.urgent
    referred = c.referred
    assignee = c.assignee
    assignee_id = c.assigneeID.map(RegisterID.short)
    volunteer = c.volunteer
    volunteer_id = c.volunteerID.map(RegisterID.short)
    deadline = c.deadline.map(JSONTime.string)
    first_contact_due = c.firstContactDue.map(JSONTime.string)
    first_contact_at = c.firstContactAt.map(JSONTime.string)
    escalations = c.escalations
    overdue = c.isOverdue(at: now)
    resolved_at = c.resolvedAt.map(JSONTime.string)
    closed_at = c.closedAt.map(JSONTime.string)
    summary = maskPhone ? c.summary.map(PersonalMask.text) : c.summary
    rating = c.rating?.rawValue
    reopen_count = c.reopenCount
    voided = c.voided ? true : nil
    follow_up_due = c.followUpDue.map(JSONTime.string)
    follow_up_attempts = c.followUpAttempts
    follow_up_result = c.followUpResult?.rawValue
    extended = c.isExtended
    extended_tiers = c.extendedTiers.map(\.rawValue)
    wait_until = c.waitUntil.map(JSONTime.string)
    wait_expired = c.waitExpired
    returns = c.returns
    urges = c.urges
    supervised = c.supervised
    self.history = history?.map {
      EventJSON(
        type: $0.kind.rawValue, at: JSONTime.string($0.at), operator: $0.operator,
        device: $0.device, seq: $0.seq,
        summary: maskPhone
          ? PersonalMask.text($0.summary(rules: rules, lang: lang))
          : $0.summary(rules: rules, lang: lang),
        data: maskPhone ? $0.data.masked : $0.data)
    }
  }
}

/// Times in JSON: ISO 8601 with the local offset, e.g. `2026-11-28T10:00:00+08:00`.
enum JSONTime {
  static func string(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.timeZone = .current
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: date)
  }
}

/// Prints any Encodable as pretty JSON with sorted keys and Chinese left readable.
enum JSONOut {
  static func print<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, enc in
      var c = enc.singleValueContainer()
      try c.encode(JSONTime.string(date))
    }
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(TerminalOutput.jsonEscaped(data))
    FileHandle.standardOutput.write(Data("\n".utf8))
  }
}
