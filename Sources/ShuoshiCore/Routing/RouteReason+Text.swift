extension RouteReason {
  /// The reason as a worker reads it: `地址“3栋2单元502”与住户台账一致`,
  /// `户级 → 3栋的楼栋长 张德明`, `在办案件最少（2 件）` / `address "3栋2单元502" matches a
  /// registered household` … (words from `CoreStrings`).
  public func text(_ lang: Lang) -> String {
    let s = CoreStrings.forLang(lang)
    let who = person ?? ""
    let what = text ?? ""
    let place = unit ?? ""
    let gridName = grid ?? ""
    let roleName = (role ?? .committeeStaff).name(lang)
    switch kind {
    case .addressExact: return s.addressExact(what)
    case .addressFuzzy: return s.addressFuzzy(what)
    case .namePhone: return s.namePhone(who)
    case .phone: return s.phone(what)
    case .ambiguous: return s.ambiguous(what, count ?? 0)
    case .noHousehold: return s.noHousehold(what)
    case .unit: return s.unit(place)
    case .noUnit: return s.noUnit
    case .grid: return s.grid(gridName)
    case .buildingHead: return s.buildingHead(what, roleName, who)
    case .gridBuildingHead: return s.gridBuildingHead(gridName, roleName, who)
    case .gridHead: return s.gridHead(gridName, who)
    case .committeeFallback: return s.committeeFallback(place, what, roleName, who)
    case .committee: return s.committee(place, what, roleName, who)
    case .districtCoordinator: return s.districtCoordinator(who, what)
    case .streetOffice: return s.streetOffice(who)
    case .leastLoaded: return s.leastLoaded(count ?? 0)
    case .noOwner: return s.noOwner((tier ?? .household).name(lang))
    }
  }
}
