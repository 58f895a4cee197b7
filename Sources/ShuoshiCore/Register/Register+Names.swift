/// Names of the register's enums as a worker reads them, in Chinese and English.

extension PersonRole {
  /// 网格长 / 楼栋长 / 中心户长 / 村(居)委会 / 片区协调人 / 街道办 / 党员志愿者.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.gridHead, .zh): return "网格长"
    case (.buildingHead, .zh): return "楼栋长"
    case (.centreHouseholdHead, .zh): return "中心户长"
    case (.committeeStaff, .zh): return "村(居)委会"
    case (.districtCoordinator, .zh): return "片区协调人"
    case (.streetOffice, .zh): return "街道办"
    case (.volunteer, .zh): return "党员志愿者"
    case (.gridHead, .en): return "grid head"
    case (.buildingHead, .en): return "building head"
    case (.centreHouseholdHead, .en): return "centre-household head"
    case (.committeeStaff, .en): return "committee"
    case (.districtCoordinator, .en): return "片区 coordinator"
    case (.streetOffice, .en): return "street office"
    case (.volunteer, .en): return "party member volunteer"
    }
  }
}

extension HouseholdFlag {
  /// 党员 / 退役军人 / 独居老人 / 低保.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.partyMember, .zh): return "党员"
    case (.veteran, .zh): return "退役军人"
    case (.elderlyAlone, .zh): return "独居老人"
    case (.lowIncome, .zh): return "低保"
    case (.partyMember, .en): return "party member"
    case (.veteran, .en): return "veteran"
    case (.elderlyAlone, .en): return "elderly living alone"
    case (.lowIncome, .en): return "low income"
    }
  }
}

extension UnitKind {
  /// 社区 / 村.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.community, .zh): return "社区"
    case (.village, .zh): return "村"
    case (.community, .en): return "community"
    case (.village, .en): return "village"
    }
  }
}

extension MatchQuality {
  /// How a resident matched a household, as shown beside the suggestion.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.exact, .zh): return "地址精确匹配"
    case (.fuzzy, .zh): return "地址相近匹配"
    case (.namePhone, .zh): return "姓名电话匹配"
    case (.phone, .zh): return "电话匹配"
    case (.exact, .en): return "exact address"
    case (.fuzzy, .en): return "similar address"
    case (.namePhone, .en): return "name and phone"
    case (.phone, .en): return "phone"
    }
  }
}
