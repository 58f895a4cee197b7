extension RouteReason {
  /// The reason as a worker reads it: `地址“3栋2单元502”与住户台账一致`,
  /// `户级 → 3栋的楼栋长 张德明`, `在办案件最少（2 件）` / `address "3栋2单元502" matches a
  /// registered household` …
  public func text(_ lang: Lang) -> String {
    let zh = lang == .zh
    let who = person ?? ""
    let what = text ?? ""
    let place = unit ?? ""
    let gridName = grid ?? ""
    let tierName = (tier ?? .household).name(lang)
    let roleName = (role ?? .committeeStaff).name(lang)
    switch kind {
    case .addressExact:
      return zh ? "地址“\(what)”与住户台账一致" : "address \"\(what)\" matches a registered household"
    case .addressFuzzy:
      if what.isEmpty {
        return zh ? "按楼栋和房号匹配到住户" : "matched a household by building and room"
      }
      return zh
        ? "按楼栋和房号匹配到住户（地址未写“\(what)”）"
        : "matched a household by building and room (the address left out \(what))"
    case .namePhone:
      return zh ? "姓名“\(who)”和电话与住户成员一致" : "name \(who) and phone match a household member"
    case .phone:
      return zh ? "电话 \(what) 与住户台账一致" : "phone \(what) matches a registered household"
    case .ambiguous:
      let n = count ?? 0
      return zh
        ? "地址“\(what)”对应 \(n) 户，无法确定是哪一户" : "address \(what) fits \(n) households; none chosen"
    case .noHousehold:
      if what.isEmpty { return zh ? "住户台账中没有找到该居民" : "no registered household found" }
      return zh ? "住户台账中没有“\(what)”" : "no registered household at \(what)"
    case .unit:
      return zh ? "地址属于\(place)" : "the address is in \(place)"
    case .noUnit:
      return zh ? "地址中没有可识别的社区或村" : "no community or village recognised in the address"
    case .grid:
      return zh ? "住户属于\(gridName)" : "the household is in grid \(gridName)"
    case .buildingHead:
      return zh
        ? "户级 → \(what)的\(roleName) \(who)" : "household tier → \(roleName) of \(what), \(who)"
    case .gridBuildingHead:
      return zh
        ? "户级 → \(gridName)的\(roleName) \(who)（该楼栋无专人）"
        : "household tier → \(roleName) of grid \(gridName), \(who) (no one for this building)"
    case .gridHead:
      return zh
        ? "户级 → \(gridName)无楼栋长，由网格长 \(who) 接手"
        : "household tier → no building head in grid \(gridName): grid head \(who)"
    case .committeeFallback:
      return zh
        ? "户级 → 未匹配到网格，由\(place)\(what.isEmpty ? roleName : what) \(who) 接手"
        : "household tier → no grid matched: \(roleName) of \(place), \(who)"
    case .committee:
      return zh
        ? "村居 → \(place)\(what.isEmpty ? roleName : what) \(who)"
        : "residence tier → \(roleName) of \(place), \(who)"
    case .districtCoordinator:
      let area = what.isEmpty ? "" : (zh ? "（\(what)）" : " (\(what))")
      return zh ? "片区 → 片区协调人 \(who)\(area)" : "district tier → 片区 coordinator \(who)\(area)"
    case .streetOffice:
      return zh ? "上交 → 街道办 \(who)" : "street tier → street office, \(who)"
    case .leastLoaded:
      return zh ? "在办案件最少（\(count ?? 0) 件）" : "fewest open cases (\(count ?? 0))"
    case .noOwner:
      return zh
        ? "台账中没有负责“\(tierName)”层级的人员" : "no one in the register owns the \(tierName) tier here"
    }
  }
}
