extension Event {
  /// One line for the ledger's own kinds (reveal, settle, merge, erasure), in `EventStrings`' words.
  func ledgerSummary(_ lang: Lang) -> String {
    let s = EventStrings.forLang(lang)
    func other(_ link: EventPayload.CaseLink) -> String {
      link.otherCaseID ?? link.otherCase.map { String($0.uuidString.prefix(8)) } ?? "?"
    }
    switch payload {
    case .revealed:
      // `field` names what was shown; today always the phone and ID numbers together.
      return s.revealed
    case .settled(let d):
      let field = d.field.flatMap(LedgerField.init(rawValue:))?.name(lang) ?? d.field ?? ""
      let kept = d.target.map { String($0.uuidString.prefix(8)).lowercased() } ?? "?"
      return s.settled(field, kept, d.superseded?.count ?? 0, d.reason)
    case .merged(let link):
      return s.merged(other(link))
    case .mergedInto(let link):
      return s.mergedInto(other(link))
    case .unmerged(let link):
      return s.unmerged(other(link))
    case .erased:
      return s.erased
    default:
      return kind.rawValue
    }
  }
}
