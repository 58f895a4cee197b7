/// The words of one-line event summaries (history lists in the CLI, the console and reports), one
/// table per language (`EventStrings.zh`, `EventStrings.en`) like the console's `Strings`:
/// `Event.summary` reads the event and picks the words here. A closure's arguments are already
/// names in the table's language (a tier, a state, a day); the empty string stands for "none".
public struct EventStrings: Sendable {
  // MARK: Pieces shared by several lines
  /// A reason or summary after the line: "：…" / ": …" (empty text gives nothing).
  public let detail: @Sendable (_ text: String) -> String
  /// Between the names of a list (roles, staff).
  public let listSeparator: String
  /// The routing reasons of an automatic assignment, after the line.
  public let route: @Sendable (_ reasons: [String]) -> String

  // MARK: Case lines
  public let created: @Sendable (_ resident: String) -> String
  public let triagedUrgent: String
  public let triagedDue: @Sendable (_ day: String) -> String
  public let triaged:
    @Sendable (_ category: String, _ tier: String, _ urgent: String, _ due: String) -> String
  public let retiered: @Sendable (_ from: String, _ to: String, _ detail: String) -> String
  public let assigned: @Sendable (_ assignee: String) -> String
  public let noted: @Sendable (_ detail: String) -> String
  public let visitMinutes: @Sendable (_ minutes: Int) -> String
  public let visited: @Sendable (_ minutes: String, _ detail: String) -> String
  public let waiting: @Sendable (_ detail: String) -> String
  public let resumed: @Sendable (_ day: String) -> String
  public let onSpot: String
  public let resolved: @Sendable (_ onSpot: String, _ detail: String) -> String
  public let rated: @Sendable (_ rating: String, _ detail: String) -> String
  public let reopened: @Sendable (_ detail: String) -> String
  public let escalatedOwner: @Sendable (_ owner: String) -> String
  public let escalated:
    @Sendable (
      _ why: String, _ from: String, _ to: String, _ owner: String, _ detail: String,
      _ route: String
    ) -> String
  public let undone: String

  // MARK: Dispatch loop
  public let dispatched: @Sendable (_ volunteer: String) -> String
  public let deliveredDone: String
  public let deliveredNotDone: String
  public let delivered: @Sendable (_ volunteer: String, _ minutes: Int, _ done: String) -> String

  // MARK: Register
  /// `kind` is the unit's kind in this language, nil when the event names no unit.
  public let unitSaved: @Sendable (_ kind: String?, _ name: String) -> String
  public let gridSaved: @Sendable (_ name: String) -> String
  public let householdHead: @Sendable (_ name: String) -> String
  public let householdSaved: @Sendable (_ address: String, _ head: String) -> String
  public let personSaved: @Sendable (_ name: String, _ roles: String) -> String

  // MARK: Booth sessions
  public let sessionPlace: @Sendable (_ place: String) -> String
  public let sessionDuty: @Sendable (_ staff: String) -> String
  public let sessionOpened: @Sendable (_ day: String, _ place: String, _ duty: String) -> String
  public let sessionClosed: String

  // MARK: Ledger
  public let revealed: String
  /// `why` is the settling reason, nil when none was given.
  public let settled:
    @Sendable (_ field: String, _ kept: String, _ setAside: Int, _ why: String?) -> String
  public let merged: @Sendable (_ other: String) -> String
  public let mergedInto: @Sendable (_ other: String) -> String
  public let unmerged: @Sendable (_ other: String) -> String
  public let erased: String

  public static func forLang(_ lang: Lang) -> EventStrings { lang == .zh ? .zh : .en }
}
