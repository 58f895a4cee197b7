/// The words ShuoshiCore says outside event lines (those are `EventStrings`): routing reasons,
/// register checks, import refusals, booth visits. One table per language (`CoreStrings.zh`,
/// `CoreStrings.en`); a closure's arguments are already names in the table's language, and the
/// empty string stands for "none".
public struct CoreStrings: Sendable {
  // MARK: Routing reasons (`RouteReason.text`)
  public let addressExact: @Sendable (_ address: String) -> String
  /// `part` is the part the address left out, empty when none is known.
  public let addressFuzzy: @Sendable (_ part: String) -> String
  public let namePhone: @Sendable (_ name: String) -> String
  public let phone: @Sendable (_ phone: String) -> String
  public let ambiguous: @Sendable (_ address: String, _ households: Int) -> String
  /// `address` is empty when the intake gave none.
  public let noHousehold: @Sendable (_ address: String) -> String
  public let unit: @Sendable (_ unit: String) -> String
  public let noUnit: String
  public let grid: @Sendable (_ grid: String) -> String
  public let buildingHead:
    @Sendable (_ building: String, _ role: String, _ person: String) -> String
  public let gridBuildingHead:
    @Sendable (_ grid: String, _ role: String, _ person: String) -> String
  public let gridHead: @Sendable (_ grid: String, _ person: String) -> String
  /// `title` is the person's title on the committee, empty when the register gives none.
  public let committeeFallback:
    @Sendable (_ unit: String, _ title: String, _ role: String, _ person: String) -> String
  public let committee:
    @Sendable (_ unit: String, _ title: String, _ role: String, _ person: String) -> String
  /// `area` is empty when the coordinator's area is not named.
  public let districtCoordinator: @Sendable (_ person: String, _ area: String) -> String
  public let streetOffice: @Sendable (_ person: String) -> String
  public let leastLoaded: @Sendable (_ openCases: Int) -> String
  public let noOwner: @Sendable (_ tier: String) -> String

  // MARK: Register checks (`RegisterWarning.text`)
  public let overCapacity:
    @Sendable (_ unit: String, _ grid: String, _ households: Int, _ limit: Int) -> String
  public let noGridHead: @Sendable (_ unit: String, _ grid: String) -> String
  public let noCommittee: @Sendable (_ unit: String) -> String
  public let noCoordinator: String
  public let noStreetOffice: String
  public let householdsWithoutGrid: @Sendable (_ households: Int) -> String

  // MARK: Import refusals, booth visits, config, categories
  public let importRefused: @Sendable (_ problems: Int) -> String
  public let importMore: @Sendable (_ more: Int) -> String
  /// `连续 3 个周六来访`: from two Saturdays on.
  public let saturdayStreak: @Sendable (_ saturdays: Int) -> String
  /// A YAML value that is empty, where a config check names what it found.
  public let emptyValue: String
  /// The fallback category's name when `routing.yaml` does not define `other`.
  public let otherCategory: String

  public static func forLang(_ lang: Lang) -> CoreStrings { lang == .zh ? .zh : .en }
}
