/// What a person of the register does in the ladder. The raw value is the stable name in
/// events, JSON and the `角色` column of `import people`.
public enum PersonRole: String, Codable, CaseIterable, Sendable, Comparable {
  /// 网格长: the head of a grid (一格一长).
  case gridHead = "grid_head"
  /// 楼栋长: takes household-level matters of the buildings they look after.
  case buildingHead = "building_head"
  /// 中心户长: the building head's counterpart in a village group.
  case centreHouseholdHead = "centre_household_head"
  /// 村(居)委会工作人员: takes residence-level matters of their unit.
  case committeeStaff = "committee_staff"
  /// 片区协调人: takes district-level matters.
  case districtCoordinator = "district_coordinator"
  /// 街道办: where a case handed up (上交) goes.
  case streetOffice = "street_office"
  /// 报到党员志愿者: takes dispatched jobs (平台派单 → 党员送单).
  case volunteer = "party_volunteer"

  public static func < (a: PersonRole, b: PersonRole) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// Accepts the raw value or the Chinese words workers use (网格长, 楼长, 两委干部, 志愿者…).
  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let r = PersonRole(rawValue: s) { self = r; return }
    switch s {
    case "网格长", "网格员", "格长", "grid head": self = .gridHead
    case "楼栋长", "楼长", "栋长", "单元长", "building head": self = .buildingHead
    case "中心户长", "中心户", "户长", "组长", "村民小组长": self = .centreHouseholdHead
    case "居委会", "村委会", "两委", "两委干部", "社区干部", "村干部", "社区工作人员", "社区工作者",
      "委员", "书记", "主任", "居委会委员", "村委会委员", "committee", "committee staff":
      self = .committeeStaff
    case "片区长", "片区协调人", "片区负责人", "片区", "district coordinator": self = .districtCoordinator
    case "街道", "街道办", "街道办事处", "street office": self = .streetOffice
    case "党员志愿者", "报到党员", "在职党员", "志愿者", "volunteer", "party volunteer": self = .volunteer
    default: return nil
    }
  }

  /// The tier whose cases this role owns, if any.
  public var ownsTier: Tier? {
    switch self {
    case .buildingHead, .centreHouseholdHead, .gridHead: return .household
    case .committeeStaff: return .residence
    case .districtCoordinator: return .district
    case .streetOffice: return .street
    case .volunteer: return nil
    }
  }
}
