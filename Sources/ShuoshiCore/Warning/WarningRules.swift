/// The knobs of linking and warning (`warning:` in `data/routing.yaml`; see docs/WARNING.md).
public struct WarningRules: Sendable, Equatable {
  /// Cases received within this many days of each other may be one matter.
  public var windowDays: Int
  /// Distinct households that raise a warning of each level.
  public var yellowHouseholds: Int
  public var orangeHouseholds: Int
  public var redHouseholds: Int
  /// Words that make any warning 红 at once (集体, 拉横幅, 堵路 …).
  public var groupWords: [String]
  /// Text similarity (character-bigram Jaccard, 0…1) that links two cases of one place.
  public var similarity: Double
  /// Text similarity that links two cases with the same other party (lower: the party is
  /// already strong evidence; some overlap keeps a company's unrelated matters apart).
  public var partySimilarity: Double

  public init(
    windowDays: Int, yellowHouseholds: Int, orangeHouseholds: Int, redHouseholds: Int,
    groupWords: [String], similarity: Double, partySimilarity: Double
  ) {
    self.windowDays = windowDays
    self.yellowHouseholds = yellowHouseholds
    self.orangeHouseholds = orangeHouseholds
    self.redHouseholds = redHouseholds
    self.groupWords = groupWords
    self.similarity = similarity
    self.partySimilarity = partySimilarity
  }

  /// The values used when `routing.yaml` has no `warning:` section.
  public static let standard = WarningRules(
    windowDays: 14, yellowHouseholds: 3, orangeHouseholds: 5, redHouseholds: 10,
    groupWords: ["集体", "联名", "拉横幅", "堵路", "上访", "围堵", "聚集", "讨说法", "闹事"],
    similarity: 0.3, partySimilarity: 0.1)

  /// Cases a single link search reads at most (per key), and cases a warning names at most:
  /// bounds on work per save and on what a bundle's warning may carry. 50 newest per key:
  /// a matter older than that is still reached through its cluster (`matter_clusters`), and
  /// at 1M a busy building holds hundreds a fortnight, each one decoded and profiled.
  public static let maxCandidates = 50
  public static let maxCases = 500

  /// The level for `households` distinct households, raised to 红 by a group word; nil below 黄.
  public func level(households: Int, groupWord: Bool) -> WarningLevel? {
    guard households >= yellowHouseholds || (groupWord && households >= 2) else { return nil }
    if groupWord || households >= redHouseholds { return .red }
    if households >= orangeHouseholds { return .orange }
    return .yellow
  }

  /// The first group word in `text`, if any.
  public func groupWord(in text: String) -> String? {
    groupWords.first { text.contains($0) }
  }
}
