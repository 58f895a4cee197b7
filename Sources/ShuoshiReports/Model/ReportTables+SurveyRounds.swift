import ShuoshiCore

extension ReportTables {
  /// 排查 per grid (docs/REPORTS.md, “排查”); nil where no round was ever recorded.
  public var surveyRounds: ReportTable? {
    guard let rows = report.surveyRounds else { return nil }
    return ReportTable(
      key: "16-survey-rounds", title: t("排查（按网格，期内）", "Survey rounds by grid (in period)"),
      columns: [
        t("网格", "Grid"), t("应排查期数", "Periods"), t("已排查", "Done"), t("漏排查", "Missed"),
        t("零报告", "Zero reports"), t("排查次数", "Rounds"), t("走访户数", "Households"),
        t("发现事项", "Matters found"),
      ],
      numeric: [false, true, true, true, true, true, true, true],
      rows: rows.map {
        [
          $0.grid, String($0.periods), String($0.done), String($0.missed), String($0.zeroReports),
          String($0.rounds), String($0.households), String($0.mattersFound),
        ]
      },
      note: t(
        "按 data/routing.yaml 的 survey_rounds 周期（默认每半月：1–15 日、16 日至月底）；只计统计期内、截至统计时已结束的周期，网格建立之前的不计。一个周期内排查多次只算一次；只有零报告的周期算已排查并计入零报告。发现事项＝由该次排查登记的案件（不含作废、合并）。",
        "Periods of the survey_rounds rhythm in data/routing.yaml (half-monthly unless set: the 1st–15th and the 16th–end) that ended within the period by the cut-off, from the grid's creation; a period with several rounds counts once; one with only 零报告 counts done and as a zero report. Matters found: cases taken in from the round (voided and merged ones left out)."
      ))
  }
}
