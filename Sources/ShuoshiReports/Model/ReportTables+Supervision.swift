import ShuoshiCore

extension ReportTables {
  /// 延期, 退单, 催办, 督办 in the period (docs/REPORTS.md, “跟进”).
  public var supervision: ReportTable {
    let f = report.supervision
    let rows: [(String, String, Int)] = [
      ("延期件数", "Extensions granted", f.extensions), ("退单", "Returned for dispatch", f.returns),
      ("催办", "Urged", f.urges), ("督办", "Put under supervision", f.supervisions),
    ]
    return ReportTable(
      key: "12-supervision", title: t("延期、退单、催办、督办（期内）", "Extensions, returns, urging (in period)"),
      columns: [t("事项", "Measure"), t("次数", "Count")], numeric: [false, true],
      rows: rows.map { [t($0.0, $0.1), String($0.2)] },
      note: t(
        "期内发生的：范围内全部案件（不论何时受理）在统计期内的延期、退单、催办和督办。",
        "What happened in the period, to any case in scope whenever it was received."))
  }

  /// 退单 per owner, most first.
  public var returnsByOwner: ReportTable {
    ReportTable(
      key: "13-returns-by-owner", title: t("退单（按承办人，期内）", "Returns by owner (in period)"),
      columns: [t("承办人", "Owner"), t("退单", "Returns")], numeric: [false, true],
      rows: report.supervision.returnsByOwner.map {
        [$0.owner.isEmpty ? t("（未记录）", "(not recorded)") : $0.owner, String($0.returns)]
      })
  }
}
