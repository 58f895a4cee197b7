/// Suggests a category, tier and urgency for a grievance in the resident's own words, and says
/// why (`TriageResult.reasons`, in the order the rules apply):
///
/// 1. Each category scores the keywords found in the text (each keyword once, a longer keyword
///    weighs more). The best score wins; ties go to the category listed first. Its keywords and
///    its usual tier are the first reasons. Nothing found: category `other`, tier residence,
///    reason `.noMatch`.
/// 2. A `refer` category (信访/涉诉) is flagged `referred` and set to residence, whose committee
///    registers it and refers it onward; it is never silently routed.
/// 3. An `urgent` category (燃气/消防…) sets urgent.
/// 4. Scope words raise the tier to at least their tier (整栋 → residence, 多个小区 → district).
/// 5. Risk words (打架, 轻生, 煤气味…) set urgent and raise the tier to at least district.
///
/// A category with a `base` (群体欠薪 on 欠薪) is considered only when a keyword of its base
/// matched, and scores the base's keywords and its own; its keyword reasons name both.
///
/// `suggest(_:)` adds how an urgent case's deadlines are shortened (`.urgentDeadline`).
///
/// Tiers only go up after step 1–2. Overlapping words are not counted twice (see
/// `PhraseMatcher`). Confidence (0…1) grows with the winning score and with its margin over the
/// runner-up.
public struct Triage: Sendable {
  public let rules: RoutingRules
  private let matcher: PhraseMatcher
  /// For each phrase of the matcher: what it is.
  private let roles: [Role]
  /// For each category with a `base`: the index of the base.
  private let baseIndex: [Int: Int]

  private enum Role: Sendable {
    case keyword(category: Int, word: String)
    case scope(Tier, word: String)
    case risk(word: String)
  }

  public init(rules: RoutingRules) {
    self.rules = rules
    var roles: [Role] = []
    var groups: [Int] = []
    var phrases: [String] = []
    for (c, category) in rules.categories.enumerated() {
      for word in category.keywords {
        roles.append(.keyword(category: c, word: word))
        groups.append(0)
        phrases.append(word)
      }
    }
    for tier in Tier.allCases {
      for word in rules.scopeWords[tier] ?? [] {
        roles.append(.scope(tier, word: word))
        groups.append(1)
        phrases.append(word)
      }
    }
    for word in rules.riskWords {
      roles.append(.risk(word: word))
      groups.append(2)
      phrases.append(word)
    }
    self.roles = roles
    var baseIndex: [Int: Int] = [:]
    for (c, category) in rules.categories.enumerated() {
      if let base = category.base, let b = rules.categories.firstIndex(where: { $0.id == base }) {
        baseIndex[c] = b
      }
    }
    self.baseIndex = baseIndex
    self.matcher = PhraseMatcher(phrases: phrases, groups: groups)
  }

  /// Classifies one grievance.
  public func classify(_ text: String) -> TriageResult {
    var keywordHits: [Int: [String]] = [:]  // category → distinct words, text order
    var scopeHits: [(Tier, String)] = []
    var riskHits: [String] = []
    for match in matcher.matches(in: text) {
      switch roles[match.phrase] {
      case .keyword(let c, let word):
        if !(keywordHits[c]?.contains(word) ?? false) { keywordHits[c, default: []].append(word) }
      case .scope(let tier, let word):
        if !scopeHits.contains(where: { $0.1 == word }) { scopeHits.append((tier, word)) }
      case .risk(let word):
        if !riskHits.contains(word) { riskHits.append(word) }
      }
    }

    // 1. The best-scoring category.
    var scores = [Double](repeating: 0, count: rules.categories.count)
    for (c, words) in keywordHits { scores[c] = words.reduce(0) { $0 + Triage.weight(of: $1) } }
    // A narrower category (群体欠薪) counts only with its base (欠薪), and on top of it.
    var baseWords: [Int: [String]] = [:]
    for (c, category) in rules.categories.enumerated() where scores[c] > 0 {
      guard category.base != nil else { continue }
      guard let b = baseIndex[c], scores[b] > 0 else {
        scores[c] = 0
        continue
      }
      baseWords[c] = keywordHits[b] ?? []
    }
    for (c, words) in baseWords { scores[c] += words.reduce(0) { $0 + Triage.weight(of: $1) } }
    var best: Int?
    for c in scores.indices where scores[c] > 0 && (best == nil || scores[c] > scores[best!]) {
      best = c
    }

    var reasons: [TriageReason] = []
    let categoryID: String
    var tier: Tier
    var urgent = false
    var referred = false
    var confidence = 0.0
    if let best {
      let category = rules.categories[best]
      categoryID = category.id
      let top = scores[best]
      let runnerUp = scores.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
      confidence = Triage.confidence(top: top, runnerUp: runnerUp)
      for word in (baseWords[best] ?? []) + (keywordHits[best] ?? []) {
        reasons.append(TriageReason(.keyword, word: word, category: category.id))
      }
      if category.refer {
        // 2. Out of scope: the committee registers it and refers it onward.
        tier = .residence
        referred = true
        reasons.append(TriageReason(.refer, category: category.id, tier: tier))
      } else {
        tier = category.tier
        reasons.append(TriageReason(.categoryDefault, category: category.id, tier: tier))
      }
      // 3. Urgent by its nature.
      if category.urgent {
        urgent = true
        reasons.append(TriageReason(.urgentCategory, category: category.id))
      }
    } else {
      categoryID = RoutingRules.otherID
      tier = rules.category(id: RoutingRules.otherID)?.tier ?? .residence
      reasons.append(TriageReason(.noMatch, tier: tier))
    }

    // 4. Scope words: at least their tier.
    for (scopeTier, word) in scopeHits {
      tier = max(tier, scopeTier)
      reasons.append(TriageReason(.scope, word: word, tier: scopeTier))
    }
    // 5. Risk words: urgent, and at least district at once.
    for word in riskHits {
      urgent = true
      tier = max(tier, .district)
      reasons.append(TriageReason(.risk, word: word, tier: .district))
    }

    return TriageResult(
      category: categoryID, tier: tier, urgent: urgent, referred: referred,
      confidence: confidence, reasons: reasons)
  }

  /// `classify(_:)`, and for an urgent case one more reason saying why its deadlines are short:
  /// the urgent category's, or — for a risk word on an ordinary category — the urgent ones
  /// (`风险词“起火” → 当天联系，1 个工作日办结`).
  public func suggest(_ text: String) -> TriageResult {
    var result = classify(text)
    guard result.urgent else { return result }
    let days = rules.deadlineDays(category: result.category, tier: result.tier, urgent: true)
    let contact = rules.firstContactDays(urgent: true)
    // Said only when something is shorter than for an ordinary case.
    guard
      days < rules.deadlineDays(category: result.category, tier: result.tier)
        || contact < rules.firstContactDays(urgent: false)
    else { return result }
    let byCategory = rules.category(id: result.category)?.urgent == true
    let riskWord = result.reasons.first { $0.kind == .risk }?.word
    result.reasons.append(
      TriageReason(
        .urgentDeadline, word: byCategory ? nil : riskWord,
        category: byCategory ? result.category : nil, tier: result.tier, days: days,
        contactDays: contact))
    return result
  }

  /// A keyword's weight: its length in characters, so 拖欠工资 says more than 工资.
  static func weight(of word: String) -> Double { Double(word.count) }

  /// Evidence (how much matched: one two-character word gives 0.5, approaching 1 with more)
  /// times the margin over the runner-up (a tie halves it).
  static func confidence(top: Double, runnerUp: Double) -> Double {
    guard top > 0 else { return 0 }
    let evidence = top / (top + 2)
    let margin = (top - runnerUp) / top
    return min(1, max(0, evidence * (0.5 + 0.5 * margin)))
  }
}
