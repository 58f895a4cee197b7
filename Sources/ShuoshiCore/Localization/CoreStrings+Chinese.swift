extension CoreStrings {
  /// Simplified Chinese.
  public static let zh = CoreStrings(
    addressExact: { "地址“\($0)”与住户台账一致" },
    addressFuzzy: { $0.isEmpty ? "按楼栋和房号匹配到住户" : "按楼栋和房号匹配到住户（地址未写“\($0)”）" },
    namePhone: { "姓名“\($0)”和电话与住户成员一致" },
    phone: { "电话 \($0) 与住户台账一致" },
    ambiguous: { address, n in "地址“\(address)”对应 \(n) 户，无法确定是哪一户" },
    noHousehold: { $0.isEmpty ? "住户台账中没有找到该居民" : "住户台账中没有“\($0)”" },
    unit: { "地址属于\($0)" },
    noUnit: "地址中没有可识别的社区或村",
    grid: { "住户属于\($0)" },
    buildingHead: { building, role, who in "户级 → \(building)的\(role) \(who)" },
    gridBuildingHead: { grid, role, who in "户级 → \(grid)的\(role) \(who)（该楼栋无专人）" },
    gridHead: { grid, who in "户级 → \(grid)无楼栋长，由网格长 \(who) 接手" },
    committeeFallback: { unit, title, role, who in
      "户级 → 未匹配到网格，由\(unit)\(title.isEmpty ? role : title) \(who) 接手"
    },
    committee: { unit, title, role, who in "村居 → \(unit)\(title.isEmpty ? role : title) \(who)" },
    districtCoordinator: { who, area in "片区 → 片区协调人 \(who)\(area.isEmpty ? "" : "（\(area)）")" },
    streetOffice: { "上交 → 街道办 \($0)" },
    leastLoaded: { "在办案件最少（\($0) 件）" },
    noOwner: { "台账中没有负责“\($0)”层级的人员" },

    overCapacity: { u, g, n, l in "\(u)\(g)有 \(n) 户，超过“1包\(l)户”（多 \(n - l) 户）" },
    noGridHead: { u, g in "\(u)\(g)没有网格长" },
    noCommittee: { "\($0)没有村(居)委会人员：村居层级案件无人承办" },
    noCoordinator: "台账中没有片区协调人：片区层级案件无人承办",
    noStreetOffice: "台账中没有街道办人员：上交案件无人承办",
    householdsWithoutGrid: { "\($0) 户未划入网格" },

    importRefused: { "导入失败，未导入任何数据（共 \($0) 处问题）：" },
    importMore: { "  ……另有 \($0) 处" },
    saturdayStreak: { "连续 \($0) 个周六来访" },
    emptyValue: "空值",
    otherCategory: "其他"
  )
}
