import Foundation
import ShuoshiCore

extension ReportTables {
  /// 预警 first raised in the period: by level, by outcome, and the time from the first
  /// complaint to the warning (docs/REPORTS.md, “预警”). nil when none was raised.
  public var warnings: ReportTable? {
    guard let w = report.warnings, w.raised > 0 else { return nil }
    func hours(_ h: Double?) -> String { h.map { String(format: "%.1f", $0) } ?? "—" }
    let rows: [(String, String, String)] = [
      ("预警", "Warnings raised", String(w.raised)), ("  红", "  red", String(w.red)),
      ("  橙", "  orange", String(w.orange)), ("  黄", "  yellow", String(w.yellow)),
      ("待处理", "Open", String(w.open)), ("已阅", "Acknowledged", String(w.acknowledged)),
      ("已排除", "Dismissed", String(w.dismissed)), ("已转办", "Taken on", String(w.takenOn)),
      ("首件到预警（小时，中位）", "First complaint to warning (hours, median)", hours(w.medianHoursToWarning)),
      ("首件到预警（小时，最长）", "First complaint to warning (hours, longest)", hours(w.maxHoursToWarning)),
    ]
    return ReportTable(
      key: "14-warnings", title: t("预警（期内发出）", "Early warnings (raised in period)"),
      columns: [t("事项", "Measure"), t("数量", "Count")], numeric: [false, true],
      rows: rows.map { [t($0.0, $0.1), $0.2] },
      note: t(
        "期内首次发出的预警，按达到的最高等级和现在的处理结果；全街道，不分社区。",
        "Warnings first raised in the period, by the highest level reached and their outcome now; whole street."
      ))
  }
}
