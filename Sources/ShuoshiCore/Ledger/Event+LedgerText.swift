extension Event {
  /// One line for the ledger's own kinds (reveal, settle, merge, erasure), in `EventStrings`' words.
  func ledgerSummary(_ lang: Lang) -> String {
    let s = EventStrings.forLang(lang)
    let other = data.otherCaseID ?? data.otherCase.map { String($0.uuidString.prefix(8)) } ?? "?"
    let field = data.field.flatMap(LedgerField.init(rawValue:))?.name(lang) ?? data.field ?? ""
    switch kind {
    case .revealed:
      // `field` names what was shown; today always the phone and ID numbers together.
      return s.revealed
    case .settled:
      let kept = data.target.map { String($0.uuidString.prefix(8)).lowercased() } ?? "?"
      return s.settled(field, kept, data.superseded?.count ?? 0, data.reason)
    case .merged:
      return s.merged(other)
    case .mergedInto:
      return s.mergedInto(other)
    case .unmerged:
      return s.unmerged(other)
    case .erased:
      return s.erased
    default:
      return kind.rawValue
    }
  }
}
