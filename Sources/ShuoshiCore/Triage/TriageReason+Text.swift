extension TriageReason {
  /// The reason as a worker reads it: `关键词“漏水” → 邻里纠纷`, `范围词“整栋” → 至少村居`,
  /// `风险词“打架” → 紧急，直接片区` / `keyword "漏水" → Neighbour disputes` …
  /// Category names come from `rules` (the id when unknown).
  public func text(_ lang: Lang, rules: RoutingRules) -> String {
    let category = rules.name(ofCategory: self.category ?? RoutingRules.otherID, lang: lang)
    let word = self.word ?? ""
    let tier = (self.tier ?? .residence).name(lang)
    switch (kind, lang) {
    case (.keyword, .zh): return "关键词“\(word)” → \(category)"
    case (.keyword, .en): return "keyword \"\(word)\" → \(category)"
    case (.scope, .zh): return "范围词“\(word)” → 至少\(tier)"
    case (.scope, .en): return "scope word \"\(word)\" → at least \(tier)"
    case (.risk, .zh): return "风险词“\(word)” → 紧急，直接\(tier)"
    case (.risk, .en): return "risk word \"\(word)\" → urgent, straight to \(tier)"
    case (.urgentCategory, .zh): return "\(category)类 → 紧急"
    case (.urgentCategory, .en): return "\(category) → urgent"
    case (.refer, .zh): return "\(category)：不在受理范围，登记后转交"
    case (.refer, .en): return "\(category): out of scope, register and refer onward"
    case (.categoryDefault, .zh): return "\(category)通常由\(tier)办理"
    case (.categoryDefault, .en): return "\(category) usually handled at \(tier)"
    case (.noMatch, .zh): return "无规则匹配 → \(tier)"
    case (.noMatch, .en): return "no rule matched → \(tier)"
    case (.urgentDeadline, _): return urgentDeadlineText(lang, category: category)
    }
  }

  /// `风险词“起火” → 当天联系，1 个工作日办结` / `燃气/消防/危房/管道爆裂类紧急 → …`.
  private func urgentDeadlineText(_ lang: Lang, category: String) -> String {
    let days = self.days ?? 1
    let contact = contactDays ?? 0
    switch lang {
    case .zh:
      let why = word.map { "风险词“\($0)”" } ?? "\(category)类紧急"
      let reach = contact == 0 ? "当天联系" : "\(contact) 个工作日内联系"
      return "\(why) → \(reach)，\(days) 个工作日办结"
    case .en:
      let why = word.map { "risk word \"\($0)\"" } ?? "\(category) is urgent"
      let reach =
        contact == 0
        ? "contact the same day" : "contact within \(contact) working day\(contact == 1 ? "" : "s")"
      return "\(why) → \(reach), resolve within \(days) working day\(days == 1 ? "" : "s")"
    }
  }
}
