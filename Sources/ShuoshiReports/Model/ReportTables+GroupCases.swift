import ShuoshiCore

extension ReportTables {
  /// 母案 of the period, their 子案 and households, and how they ended; nil when the period
  /// has no group case (the report then has no such table).
  public var groupCases: ReportTable? {
    guard let g = report.groupCases else { return nil }
    let rows: [(String, String, Int)] = [
      ("母案", "Group cases", g.groups), ("  已办结", "  resolved", g.groupsResolved),
      ("子案", "Cases in them", g.children), ("  涉及户数", "  households", g.households),
      ("  已办结", "  resolved", g.childrenResolved), ("  已回访", "  followed up", g.childrenFollowedUp),
    ]
    return ReportTable(
      key: "15-group-cases", title: t("母案（群体诉求）", "Group cases"),
      columns: [t("事项", "Measure"), t("件数", "Count")], numeric: [false, true],
      rows: rows.map { [t($0.0, $0.1), String($0.2)] },
      note: t(
        "统计期内受理、范围内的母案，及其子案在统计时的状态；户数按登记户、电话或姓名去重。",
        "Group cases received in the period and in scope, with their cases as they stand now; "
          + "households counted by register household, phone or name."))
  }
}
