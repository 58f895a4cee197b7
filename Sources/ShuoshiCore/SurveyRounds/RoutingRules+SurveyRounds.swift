extension RoutingRules {
  /// Reads `survey_rounds: {community: half_monthly, village: monthly}`: each a cadence
  /// (`weekly`, `half_monthly`, `monthly`); village grids follow the community's unless set.
  static func parseSurveyRounds(_ root: ConfigNode, into rules: inout RoutingRules)
    throws(ConfigError)
  {
    guard let node = try root.value("survey_rounds") else { return }
    let n = node.labelled(zh: "survey_rounds", en: "survey_rounds")
    try n.checkKeys(allowed: ["community", "village"])
    let community = try n.value("community").map { c throws(ConfigError) in try cadence(c) }
    let village = try n.value("village").map { v throws(ConfigError) in try cadence(v) }
    rules.surveyRounds = SurveyRhythmRules(
      community: community ?? .halfMonthly, village: village ?? community)
  }

  private static func cadence(_ node: ConfigNode) throws(ConfigError) -> SurveyCadence {
    let name = try node.string()
    guard let cadence = SurveyCadence(rawValue: name) else {
      throw node.error(
        about: "应为 weekly（每周）、half_monthly（每半月）或 monthly（每月），而不是 “\(name)”",
        "must be weekly, half_monthly or monthly, not \"\(name)\"")
    }
    return cadence
  }
}
