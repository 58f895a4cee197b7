extension RoutingRules {
  /// Reads `extension: {max_working_days: N}` and `waiting: {default_working_days: N}`: each a
  /// number of working days from 1 to 60 (a bound, so a typo cannot grant a year).
  static func parseSupervision(_ root: ConfigNode, into rules: inout RoutingRules)
    throws(ConfigError)
  {
    if let node = try root.value("extension") {
      let n = node.labelled(zh: "extension", en: "extension")
      try n.checkKeys(allowed: ["max_working_days"])
      if let days = try n.value("max_working_days") {
        rules.extensionMaxDays = try boundedDays(days)
      }
    }
    if let node = try root.value("waiting") {
      let n = node.labelled(zh: "waiting", en: "waiting")
      try n.checkKeys(allowed: ["default_working_days"])
      if let days = try n.value("default_working_days") {
        rules.waitDefaultDays = try boundedDays(days)
      }
    }
  }

  private static func boundedDays(_ node: ConfigNode) throws(ConfigError) -> Int {
    let days = try node.int()
    guard (1...60).contains(days) else {
      throw node.error(
        about: "应为 1 到 60 个工作日，而不是 \(days)", "must be 1 to 60 working days, not \(days)")
    }
    return days
  }
}
