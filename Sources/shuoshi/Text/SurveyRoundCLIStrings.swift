import ShuoshiCore

/// The CLI's words for `shuoshi rounds` (排查), one table per language like `CLIStrings`.
struct SurveyRoundCLIStrings: Sendable {
  /// `已记录排查 3f2a1b0c：六堰社区第一网格 2026-12-01，走访 32 户`.
  let recorded:
    @Sendable (_ id: String, _ grid: String, _ day: String, _ households: Int, _ zero: Bool)
      -> String
  /// The heading of the grids' table: cadence, current period, the day it is due by.
  let heading: @Sendable (_ cadence: String, _ period: String, _ due: String) -> String
  let columns: [String]
  let roundColumns: [String]
  let missedNone: String
  let missedCount: @Sendable (_ n: Int) -> String
  let noRounds: String
  let badHouseholds: @Sendable (_ raw: String) -> String
  let notOwed: String

  static func forLang(_ lang: Lang) -> SurveyRoundCLIStrings { lang == .zh ? .zh : .en }

  static let zh = SurveyRoundCLIStrings(
    recorded: { id, grid, day, n, zero in
      "已记录排查 \(id)：\(grid) \(day)，走访 \(n) 户\(zero ? "，零报告" : "")"
    },
    heading: { cadence, period, due in "排查（\(cadence)）本期 \(period)，应于 \(due) 前完成" },
    columns: ["网格", "户数", "本期", "上期", "最近排查"],
    roundColumns: ["编号", "网格", "日期", "走访户数", "发现事项", "记录人", "备注"],
    missedNone: "上期没有漏排查的网格",
    missedCount: { "漏排查 \($0) 个网格（上期没有排查记录）" },
    noRounds: "没有排查记录",
    badHouseholds: { "无效户数“\($0)”：请写走访的户数，如 32" },
    notOwed: "—")

  static let en = SurveyRoundCLIStrings(
    recorded: { id, grid, day, n, zero in
      "survey round \(id) recorded: \(grid) \(day), \(n) households visited\(zero ? ", zero report" : "")"
    },
    heading: { cadence, period, due in
      "survey rounds (\(cadence)), this period \(period), due by \(due)"
    },
    columns: ["grid", "households", "this period", "last period", "last round"],
    roundColumns: ["id", "grid", "day", "visited", "matters", "recorder", "note"],
    missedNone: "no grid missed its round last period",
    missedCount: { "\($0) grid(s) missed their round last period" },
    noRounds: "no survey rounds",
    badHouseholds: { "invalid households \"\($0)\": give the number visited, e.g. 32" },
    notOwed: "-")
}
