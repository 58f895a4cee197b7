/// The tier a group case (母案) starts at, from its size or a warning's level: a group is
/// never a household matter (大事不出村居), and ten households or a 红 warning go to the
/// 片区 at once, where street departments can be summoned.
public enum GroupCaseTier {
  /// Households from which a group goes to the 片区 (the 红 threshold of issue #18).
  public static let districtHouseholds = 10

  /// The tier for a group of `households` households.
  public static func forHouseholds(_ households: Int) -> Tier {
    households >= districtHouseholds ? .district : .residence
  }

  /// The tier a warning of `level` is taken on at (the one place for this rule): 红 → 片区 at
  /// once; 橙 and 黄 → 村居.
  public static func forLevel(_ level: WarningLevel) -> Tier {
    level == .red ? .district : .residence
  }
}
