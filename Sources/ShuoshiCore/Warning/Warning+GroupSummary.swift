extension Warning {
  /// The text of the group case a warning is taken on as: where and against whom, how many
  /// households, and the warning it came from — what the households have in common, as a
  /// worker would write it on the 母案 (stored data, so in Chinese like the complaints).
  public var groupSummary: String {
    let what = [place, party].compactMap { $0 }.joined(separator: " ")
    let head = what.isEmpty ? "" : what + "："
    return "\(head)\(households) 户反映同一件事（预警 \(shortID) 转办）"
  }
}
