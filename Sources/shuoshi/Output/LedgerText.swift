import Foundation
import ShuoshiCore
import ShuoshiStore

/// Plain-text rendering of the ledger's reports: imports, conflicts, verification, merges.
struct LedgerText {
  let lang: Lang
  var rules: RoutingRules?

  var s: SyncStrings { SyncStrings.forLang(lang) }

  func importSummary(_ r: BundleImportReport) -> String {
    // Taken only with --allow-unencrypted: said first, whatever else happened.
    let plain = r.encrypted ? [] : [s.unencryptedImport]
    if r.added == 0 { return (plain + [s.nothingNew(r.received)]).joined(separator: "\n") }
    var lines =
      plain + [
        s.imported(
          r.added, r.received, String(r.fromDevice.prefix(8)), r.fromSite, r.casesTouched)
      ]
    lines.append(s.importVerified(r.verify.chains.count, r.verify.caseCount))
    for n in r.sharedNumbers { lines.append(s.sharedNumber(n.id, n.shownAs)) }
    if !r.conflicts.isEmpty {
      lines.append(s.conflictsToSettle(r.conflicts.count))
      lines += r.conflicts.map { "  " + conflictHeadline($0) }
    }
    if let ahead = r.clockAhead { lines.append(s.clockAhead(Int(ahead / 3600))) }
    return lines.joined(separator: "\n")
  }

  func conflictHeadline(_ item: ConflictItem) -> String {
    s.conflictHeadline(
      item.caseID, item.conflict.field.name(lang), item.conflict.versions.count)
  }

  /// A conflict with its numbered versions (times in the site's zone); the one in effect is marked.
  func conflict(_ item: ConflictItem, calendar: WorkingCalendar) -> [String] {
    var lines = [conflictHeadline(item)]
    for (i, v) in item.conflict.versions.enumerated() {
      let current = v.uuid == item.conflict.winner.uuid ? s.inEffect : ""
      let what =
        rules.map { PersonalMask.text(v.summary(rules: $0, lang: lang)) } ?? v.kind.rawValue
      lines.append(
        "  [\(i + 1)] \(v.uuid.uuidString.prefix(8).lowercased())  \(calendar.minuteText(of: v.at))  "
          + s.device + "\(v.device.prefix(8))  \(v.operator)  \(what)\(current)")
    }
    return lines
  }

  func verify(_ r: VerifyReport) -> String {
    var lines = r.chains.map {
      s.chain(String($0.device.prefix(8)), $0.events, String($0.head.prefix(16)))
    }
    if r.ok {
      lines.append(s.verified(r.eventCount, r.caseCount))
    } else {
      lines.append(s.problemsFound(r.problems.count))
      lines += r.problems.map { "  " + $0.message(lang) }
    }
    return lines.joined(separator: "\n")
  }

  /// Lines for a case detail: merges, erasure, open conflicts.
  func caseLedger(_ state: CaseLedgerState, absorbed: [String], mergedInto: String?) -> [String] {
    var lines: [String] = []
    if let mergedInto { lines.append(s.mergedInto(mergedInto)) }
    if !absorbed.isEmpty { lines.append(s.absorbed(absorbed)) }
    if state.erased { lines.append(s.erasedRow) }
    for c in state.conflicts { lines.append(s.conflictRow(c.field.name(lang), c.versions.count)) }
    return lines
  }
}
