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

  /// The tier for a warning level named `level`: 红/red → 片区; 橙/orange and 黄/yellow →
  /// 村居. nil for a name that is no level.
  public static func forLevel(_ level: String) -> Tier? {
    switch level.lowercased() {
    case "红", "red": return .district
    case "橙", "orange", "黄", "yellow": return .residence
    default: return nil
    }
  }
}
