extension RoutingRules {
  /// Reads and checks `data/routing.yaml`. Every error names the line: a duplicate category
  /// id, a non-ASCII id, an unknown tier name, a category without keywords (except `other`),
  /// a keyword listed twice (in one category or two), a scope word under two tiers, a
  /// deadline that is not a positive number of days, an `urgent:` first contact below 0, or a
  /// `base:` that is not an ordinary category listed before. The number of categories is not
  /// checked.
  public static func parse(yaml: String, file: String) throws(ConfigError) -> RoutingRules {
    let root = try ConfigNode.parse(yaml: yaml, file: file)
    try root.checkKeys(allowed: [
      "deadlines", "first_contact_days", "urgent", "scope_words", "risk_words", "categories",
      "follow_up",
      "extension", "waiting", "survey_rounds", "warning",
    ])
    let deadlines = try root.value("deadlines").map { node throws(ConfigError) in
      try tierDays(node)
    }
    let firstContact = try root.value("first_contact_days").map { node throws(ConfigError) in
      try positiveInt(node)
    }
    var urgentDeadlines: [Tier: Int]?
    var urgentFirstContact: Int?
    if let urgent = try root.value("urgent") {
      let node = urgent.labelled(zh: "urgent", en: "urgent")
      try node.checkKeys(allowed: ["deadlines", "first_contact_days"])
      urgentDeadlines = try node.value("deadlines").map { n throws(ConfigError) in
        try tierDays(n)
      }
      urgentFirstContact = try node.value("first_contact_days").map { n throws(ConfigError) in
        try nonNegativeInt(n)
      }
    }

    var scopeWords: [Tier: [String]] = [:]
    var scopeSeen: [String: Tier] = [:]
    for entry in try root.value("scope_words")?.entries() ?? [] {
      let tier = try tier(named: entry.key, line: entry.keyLine, file: file)
      guard tier > .household else {
        throw ConfigError(
          file: file, line: entry.keyLine, zh: "范围词只能把层级提升到村居及以上，不能是 \(entry.key)",
          en: "scope words raise the tier to residence or above, not \(entry.key)")
      }
      var words: [String] = []
      for item in try entry.value.items() {
        let word = try item.nonEmptyString()
        if let other = scopeSeen[word] {
          throw item.error(
            zh: "范围词“\(word)”重复（已列在 \(other.rawValue) 下）",
            en: "scope word \"\(word)\" is listed twice (already under \(other.rawValue))")
        }
        scopeSeen[word] = tier
        words.append(word)
      }
      scopeWords[tier] = words
    }

    var riskWords: [String] = []
    for item in try root.value("risk_words")?.items() ?? [] {
      let word = try item.nonEmptyString()
      guard !riskWords.contains(word) else {
        throw item.error(zh: "风险词“\(word)”重复", en: "risk word \"\(word)\" is listed twice")
      }
      riskWords.append(word)
    }

    var categories: [Category] = []
    var keywordOwner: [String: String] = [:]
    for item in try root.required("categories").items() {
      let category = try parseCategory(item, keywordOwner: &keywordOwner)
      if categories.contains(where: { $0.id == category.id }) {
        throw item.error(
          zh: "分类 id “\(category.id)” 重复", en: "category id \"\(category.id)\" is used twice")
      }
      if let base = category.base {
        let node = try item.required("base")
        guard let found = categories.first(where: { $0.id == base }), found.base == nil,
          !found.refer
        else {
          throw node.error(
            zh: "分类 “\(category.id)” 的 base “\(base)” 应是排在它前面的普通分类（不能转交，也不能再有 base）",
            en:
              "category \"\(category.id)\": base \"\(base)\" must be an ordinary category listed before it (not referred, without a base of its own)"
          )
        }
      }
      categories.append(category)
    }
    var rules = RoutingRules(
      categories: categories, deadlines: deadlines ?? [:], firstContactDays: firstContact ?? 1,
      scopeWords: scopeWords, riskWords: riskWords, urgentDeadlines: urgentDeadlines ?? [:],
      urgentFirstContactDays: urgentFirstContact ?? 0)
    if let node = try root.value("follow_up") {
      rules.followUp = try followUpRules(node.labelled(zh: "follow_up", en: "follow_up"))
    }
    try parseSupervision(root, into: &rules)
    try parseSurveyRounds(root, into: &rules)
    try parseWarning(root, into: &rules)
    return rules
  }

  private static func parseCategory(
    _ item: ConfigNode, keywordOwner: inout [String: String]
  ) throws(ConfigError) -> Category {
    try item.checkKeys(allowed: [
      "id", "zh", "en", "en_short", "keywords", "tier", "urgent", "refer", "deadlines", "note",
      "base",
    ])
    let idNode = try item.required("id")
    let id = try idNode.nonEmptyString()
    guard
      id.unicodeScalars.allSatisfy({
        $0.isASCII
          && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
      })
    else {
      throw idNode.error(
        zh: "分类 id “\(id)” 只能用英文字母、数字、_ 和 -",
        en: "category id \"\(id)\" may use only ASCII letters, digits, _ and -")
    }
    let node = item.labelled(zh: "分类 “\(id)”", en: "category \"\(id)\"")
    let zh = try node.requiredString("zh")
    let en = try node.requiredString("en")
    let tierNode = try node.required("tier")
    let tier = try tier(named: try tierNode.nonEmptyString(), line: tierNode.line, file: item.file)

    let keywordsNode = try node.value("keywords")
    var keywords: [String] = []
    var words: [ConfigNode] = []
    if let keywordsNode {
      // A single keyword may be written without brackets.
      words =
        keywordsNode.isSequence || keywordsNode.isMapping
        ? try keywordsNode.items() : [keywordsNode]
    }
    for word in words {
      let text = try word.nonEmptyString()
      if let owner = keywordOwner[text] {
        throw word.error(
          zh: owner == id
            ? "关键词“\(text)”在分类 “\(id)” 中重复" : "关键词“\(text)”同时列在分类 “\(owner)” 和 “\(id)” 中",
          en: owner == id
            ? "keyword \"\(text)\" is listed twice in category \"\(id)\""
            : "keyword \"\(text)\" is listed under both \"\(owner)\" and \"\(id)\"")
      }
      keywordOwner[text] = id
      keywords.append(text)
    }
    if keywords.isEmpty && id != RoutingRules.otherID {
      throw (keywordsNode ?? node).error(
        zh: "分类 “\(id)” 没有关键词", en: "category \"\(id)\" has no keywords")
    }

    let deadlines = try node.value("deadlines").map { n throws(ConfigError) in try tierDays(n) }
    return Category(
      id: id, zh: zh, en: en, keywords: keywords, tier: tier,
      urgent: try node.optionalBool("urgent"), refer: try node.optionalBool("refer"),
      deadlines: deadlines ?? [:], note: try node.optionalString("note"),
      base: try node.optionalString("base"), enShort: try node.optionalString("en_short"))
  }

  /// `{household: 3, residence: 7, …}`.
  private static func tierDays(_ node: ConfigNode) throws(ConfigError) -> [Tier: Int] {
    var result: [Tier: Int] = [:]
    for entry in try node.entries() {
      let tier = try tier(named: entry.key, line: entry.keyLine, file: node.file)
      result[tier] = try positiveInt(entry.value)
    }
    return result
  }

  /// `follow_up: {due_working_days: 1, max_attempts: 3}`: both positive, attempts at most 10.
  private static func followUpRules(_ node: ConfigNode) throws(ConfigError) -> FollowUpRules {
    try node.checkKeys(allowed: ["due_working_days", "max_attempts"])
    var rules = FollowUpRules.standard
    if let days = try node.value("due_working_days") {
      rules.dueWorkingDays = try positiveInt(days)
    }
    if let attempts = try node.value("max_attempts") {
      let n = try attempts.int()
      guard (1...10).contains(n) else {
        throw attempts.error(
          about: "应为 1 到 10 次，而不是 \(n)", "must be 1 to 10 attempts, not \(n)")
      }
      rules.maxAttempts = n
    }
    return rules
  }

  private static func positiveInt(_ node: ConfigNode) throws(ConfigError) -> Int {
    let days = try node.int()
    guard days > 0 else {
      throw node.error(
        about: "应为正整数（工作日），而不是 \(days)", "must be a positive number of working days, not \(days)")
    }
    return days
  }

  private static func nonNegativeInt(_ node: ConfigNode) throws(ConfigError) -> Int {
    let days = try node.int()
    guard days >= 0 else {
      throw node.error(
        about: "应为 0（当天）或正整数（工作日），而不是 \(days)",
        "must be 0 (the same day) or a positive number of working days, not \(days)")
    }
    return days
  }

  /// A tier by its English name (household, residence, district, street) or Chinese short
  /// name (户, 村居, 片区, 上交).
  private static func tier(named name: String, line: Int?, file: String) throws(ConfigError)
    -> Tier
  {
    guard let tier = Tier(userInput: name), Int(name) == nil else {
      throw ConfigError(
        file: file, line: line,
        zh: "未知层级 “\(name)”（可用：household 户、residence 村居、district 片区、street 上交）",
        en: "unknown tier \"\(name)\" (use household, residence, district or street)")
    }
    return tier
  }
}
