extension Event {
  /// One line for the ledger's own kinds (reveal, settle, merge, erasure).
  func ledgerSummary(_ lang: Lang) -> String {
    let zh = lang == .zh
    func other(_ link: EventPayload.CaseLink) -> String {
      link.otherCaseID ?? link.otherCase.map { String($0.uuidString.prefix(8)) } ?? "?"
    }
    switch payload {
    case .revealed:
      // `field` names what was shown; today always the phone and ID numbers together.
      return zh ? "查看完整个人信息（电话、证件号）" : "revealed full phone and ID numbers"
    case .settled(let d):
      let field = d.field.flatMap(LedgerField.init(rawValue:))?.name(lang) ?? d.field ?? ""
      let kept = d.target.map { String($0.uuidString.prefix(8)).lowercased() } ?? "?"
      let n = d.superseded?.count ?? 0
      let why = d.reason.map { (zh ? "：" : ": ") + $0 } ?? ""
      return zh
        ? "处理冲突（\(field)）：保留 \(kept)，搁置 \(n) 个并发版本\(why)"
        : "settled conflict (\(field)): kept \(kept), set aside \(n) concurrent version(s)\(why)"
    case .merged(let link):
      return zh ? "合并重复案件 \(other(link))（并入本案）" : "merged duplicate \(other(link)) into this case"
    case .mergedInto(let link):
      return zh ? "作为重复案件并入 \(other(link))" : "merged into \(other(link)) as a duplicate"
    case .unmerged(let link):
      return zh ? "撤销与 \(other(link)) 的合并" : "unmerged from \(other(link))"
    case .erased:
      return zh ? "应居民要求删除个人信息（保留统计）" : "personal details erased at the resident's request"
    default:
      return kind.rawValue
    }
  }
}
