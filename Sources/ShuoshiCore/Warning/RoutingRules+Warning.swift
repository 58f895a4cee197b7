import Foundation

extension RoutingRules {
  /// Reads `warning: {window_days, households: {yellow, orange, red}, group_words,
  /// similarity, party_similarity}`; every key optional (the standard values fill in). Days
  /// 1–90, households rising 2 ≤ 黄 < 橙 < 红 ≤ 1000, similarities between 0 and 1, group
  /// words non-empty and not repeated.
  static func parseWarning(_ root: ConfigNode, into rules: inout RoutingRules) throws(ConfigError) {
    guard let found = try root.value("warning") else { return }
    let node = found.labelled(zh: "warning", en: "warning")
    try node.checkKeys(allowed: [
      "window_days", "households", "group_words", "similarity", "party_similarity",
    ])
    var w = WarningRules.standard
    if let n = try node.value("window_days") { w.windowDays = try bounded(n, 1...90) }
    if let h = try node.value("households") {
      let n = h.labelled(zh: "warning.households", en: "warning.households")
      try n.checkKeys(allowed: ["yellow", "orange", "red"])
      if let v = try n.value("yellow") { w.yellowHouseholds = try bounded(v, 2...1000) }
      if let v = try n.value("orange") { w.orangeHouseholds = try bounded(v, 2...1000) }
      if let v = try n.value("red") { w.redHouseholds = try bounded(v, 2...1000) }
      guard w.yellowHouseholds < w.orangeHouseholds, w.orangeHouseholds < w.redHouseholds else {
        throw n.error(
          about:
            "应满足 yellow < orange < red（现为 \(w.yellowHouseholds)、\(w.orangeHouseholds)、\(w.redHouseholds)）",
          "must rise: yellow < orange < red (found \(w.yellowHouseholds), \(w.orangeHouseholds), \(w.redHouseholds))"
        )
      }
    }
    if let list = try node.value("group_words") {
      var words: [String] = []
      for item in try list.items() {
        let word = try item.nonEmptyString()
        guard !words.contains(word) else {
          throw item.error(zh: "群体词“\(word)”重复", en: "group word \"\(word)\" is listed twice")
        }
        words.append(word)
      }
      w.groupWords = words
    }
    if let n = try node.value("similarity") { w.similarity = try fraction(n) }
    if let n = try node.value("party_similarity") { w.partySimilarity = try fraction(n) }
    rules.warning = w
  }

  private static func bounded(_ node: ConfigNode, _ range: ClosedRange<Int>) throws(ConfigError)
    -> Int
  {
    let n = try node.int()
    guard range.contains(n) else {
      throw node.error(
        about: "应为 \(range.lowerBound) 到 \(range.upperBound)，而不是 \(n)",
        "must be \(range.lowerBound) to \(range.upperBound), not \(n)")
    }
    return n
  }

  private static func fraction(_ node: ConfigNode) throws(ConfigError) -> Double {
    let text = try node.string().trimmingCharacters(in: .whitespaces)
    guard let v = Double(text), (0...1).contains(v) else {
      throw node.error(
        about: "应为 0 到 1 之间的小数，而不是 “\(text)”", "must be a number from 0 to 1, not \"\(text)\"")
    }
    return v
  }
}
