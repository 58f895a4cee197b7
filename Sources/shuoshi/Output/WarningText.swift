import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// A warning as plain text: one line, and the evidence (fields, then each case and why it is
/// linked). Stored text goes through `print`'s sanitiser.
struct WarningText {
  let lang: Lang
  let calendar: WorkingCalendar

  static func line(_ w: Warning, _ lang: Lang) -> String {
    let c = WarningStrings.forLang(lang)
    let parts = [
      w.shortID, w.level.symbol + " " + w.level.name(lang), c.households(w.households),
      c.cases(w.cases.count), w.place.map(c.place), w.party.map(c.party),
      w.state.name(lang),
    ].compactMap { $0 }
    return parts.joined(separator: lang == .zh ? "，" : ", ")
  }

  func detail(_ e: WarningEvidence) -> String {
    let s = WarningCLIStrings.forLang(lang)
    let w = e.warning
    var lines: [String] = []
    func field(_ label: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      lines.append(label.padded(to: 10) + value)
    }
    field("ID", w.shortID)
    field(s.labelLevel, w.level.symbol + " " + w.level.name(lang))
    field(s.labelState, w.stateName(lang))
    field(s.labelHouseholds, "\(w.households)")
    field(s.labelPlace, w.place)
    field(s.labelParty, w.party)
    field(s.labelGroupWord, w.groupWord)
    field(s.labelFirst, calendar.minuteText(of: w.firstAt))
    field(s.labelRaised, calendar.minuteText(of: w.raisedAt))
    field(s.labelNote, w.note)
    lines.append("")
    lines.append(s.casesHeading)
    for item in e.items {
      let c = item.c
      lines.append(
        "  \(c.id)  \(calendar.civilDate(of: c.receivedAt))  \(c.resident.name)  "
          + (c.resident.address.isEmpty ? "" : c.resident.address + "  ") + c.text)
      let why = item.link.map { s.linkedTo(item.linkedTo ?? "", $0.text(lang)) } ?? s.noLink
      lines.append("      " + why)
    }
    return lines.joined(separator: "\n")
  }
}

/// A warning in JSON (docs/JSON.md): stable field names.
struct WarningJSON: Encodable {
  let id: String
  let uuid: String
  let level: String
  let state: String
  let households: Int
  let cases: [String]
  let place: String?
  let party: String?
  let group_word: String?
  let first_at: Date
  let raised_at: Date
  let note: String?
  let links: [LinkJSON]?
  /// The group case (母案) a taken-on warning became: its id; left out elsewhere.
  var group_case: String?
  /// A warning folded into another of the same matter: the survivor's id; left out elsewhere.
  var merged_into: String?

  struct LinkJSON: Encodable {
    let case_id: String
    let linked_to: String?
    let reasons: String?
  }

  init(_ w: Warning, cases evidence: WarningEvidence?) {
    id = w.shortID
    uuid = w.uuid.uuidString.lowercased()
    level = w.level.rawValue
    state = w.state.rawValue
    households = w.households
    cases = evidence?.items.map(\.c.id) ?? w.cases.map { $0.uuidString.lowercased() }
    place = w.place
    party = w.party
    group_word = w.groupWord
    first_at = w.firstAt
    raised_at = w.raisedAt
    note = w.note
    merged_into = w.mergedInto.map(Warning.shortID)
    links = evidence?.items.map {
      LinkJSON(case_id: $0.c.id, linked_to: $0.linkedTo, reasons: $0.link?.text(.en))
    }
  }
}
