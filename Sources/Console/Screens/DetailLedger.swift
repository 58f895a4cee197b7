import Foundation
import ShuoshiCore
import ShuoshiStore

/// What the case detail shows of the ledger between laptops: open conflicts and merges as
/// fields, and marks on history lines (a conflicting version, the one in effect, a version
/// set aside by a settlement).
struct DetailLedger {
  private(set) var state = CaseLedgerState()
  private(set) var absorbed: [String] = []
  private(set) var mergedInto: String?
  /// Row ids of the other cases that carry this case's number.
  private(set) var sameNumber: [String] = []
  /// Versions of open conflicts: true for the one in effect.
  private var versions: [UUID: Bool] = [:]
  /// Versions a settlement set aside.
  private var setAside: Set<UUID> = []

  init() {}

  init(_ c: Case, history: [Event], store: CaseStore) throws(StoreError) {
    state = try store.ledgerState(of: c)
    (absorbed, mergedInto) = try store.mergeLinks(of: c)
    sameNumber = try store.sameNumber(as: c).map(\.id)
    for conflict in state.conflicts {
      for v in conflict.versions { versions[v.uuid] = v.uuid == conflict.winner.uuid }
    }
    let skipped = Ledger(history).skipped
    for e in history where e.kind == .settled {
      setAside.formUnion((e.data.superseded ?? []).filter(skipped.contains))
    }
  }

  /// The mark before a history line, or "".
  func mark(_ e: Event, _ l: LedgerStrings) -> String {
    if let inEffect = versions[e.uuid] { return inEffect ? l.markWinner : l.markConflict }
    return setAside.contains(e.uuid) ? l.markSetAside : ""
  }

  /// Label and text of the detail's ledger fields (each shown in the warning colour).
  func fields(_ session: Session) -> [(String, String)] {
    let l = session.strings.ledger
    var rows: [(String, String)] = []
    for conflict in state.conflicts {
      rows.append(
        (
          l.labelConflict,
          l.conflictText(conflict.field.name(session.lang), conflict.versions.count)
        ))
    }
    if let mergedInto { rows.append((l.labelMerge, l.mergedIntoText(mergedInto))) }
    if !absorbed.isEmpty { rows.append((l.labelMerge, l.absorbedText(absorbed))) }
    if !sameNumber.isEmpty { rows.append((l.labelSameNumber, l.sameNumberText(sameNumber))) }
    return rows
  }
}
