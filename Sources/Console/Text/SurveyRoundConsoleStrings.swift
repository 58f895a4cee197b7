import ShuoshiCore

/// The words of the 排查 screen and its form.
struct SurveyRoundConsoleStrings: Sendable {
  let title: String
  /// Above the table: cadence, the current period and the day it is due by.
  let heading: @Sendable (_ cadence: String, _ period: String, _ due: String) -> String
  let columns: [String]
  let empty: String
  let notOwed: String
  /// On the 排查 screen's heading and the queue's status line.
  let missedCount: @Sendable (_ n: Int) -> String
  let dayTitle: @Sendable (_ grid: String) -> String
  let dayMessage: String
  let badDay: @Sendable (_ text: String) -> String
  let householdsTitle: String
  let householdsMessage: @Sendable (_ limit: Int) -> String
  let badHouseholds: @Sendable (_ text: String) -> String
  let saveFound: String
  let saveZero: String
  let noteTitle: String
  let noteMessage: String
  let recorded: @Sendable (_ grid: String, _ day: String, _ n: Int, _ zero: Bool) -> String
  /// The hint for `n` on a grid with a round this period.
  let newFromRound: String
  /// The intake form's title when it was started from a round.
  let intakeFromRound: @Sendable (_ grid: String, _ day: String) -> String
  let noRoundToLink: String
  let found: @Sendable (_ n: Int) -> String

  static func forLang(_ lang: Lang) -> SurveyRoundConsoleStrings {
    lang == .zh ? .chinese : .english
  }

  static let chinese = SurveyRoundConsoleStrings(
    title: "排查",
    heading: { c, p, due in "排查（\(c)） 本期 \(p)，应于 \(due) 前完成" },
    columns: ["网格", "户数", "本期", "上期", "最近排查", "发现"],
    empty: "台账里还没有网格（用 shuoshi import grids 导入）",
    notOwed: "—",
    missedCount: { "漏排查 \($0) 个网格" },
    dayTitle: { "排查 · \($0)" },
    dayMessage: "排查日期（默认今天）：",
    badDay: { "无效日期“\($0)”：请用 2026-12-01 这样的日期" },
    householdsTitle: "走访户数",
    householdsMessage: { "走访了多少户（1–\($0)）？没发现问题选“零报告”。" },
    badHouseholds: { "无效户数“\($0)”：请填数字" },
    saveFound: "保存", saveZero: "零报告",
    noteTitle: "备注（可不填）",
    noteMessage: "看到了什么、走了哪几栋：",
    recorded: { grid, day, n, zero in "已记录排查：\(grid) \(day)，走访 \(n) 户\(zero ? "，零报告" : "")" },
    newFromRound: "登记发现的事项",
    intakeFromRound: { grid, day in "受理 · 排查发现（\(grid) \(day)）" },
    noRoundToLink: "本网格本期还没有排查记录（零报告除外）：先按 Enter 记录排查",
    found: { "\($0) 件" })

  static let english = SurveyRoundConsoleStrings(
    title: "Survey rounds",
    heading: { c, p, due in "Survey rounds (\(c)), this period \(p), due by \(due)" },
    columns: ["grid", "households", "this period", "last period", "last round", "found"],
    empty: "no grids in the register yet (shuoshi import grids)",
    notOwed: "-",
    missedCount: { "\($0) grid(s) missed" },
    dayTitle: { "Survey round · \($0)" },
    dayMessage: "Day walked (default today):",
    badDay: { "invalid day \"\($0)\": use a day like 2026-12-01" },
    householdsTitle: "Households visited",
    householdsMessage: {
      "How many households were visited (1–\($0))? Choose zero report if nothing was found."
    },
    badHouseholds: { "invalid households \"\($0)\": give a number" },
    saveFound: "save", saveZero: "zero report",
    noteTitle: "Note (optional)",
    noteMessage: "What was seen, which buildings:",
    recorded: { grid, day, n, zero in
      "survey round recorded: \(grid) \(day), \(n) households\(zero ? ", zero report" : "")"
    },
    newFromRound: "take in a found matter",
    intakeFromRound: { grid, day in "Intake · found on the round (\(grid) \(day))" },
    noRoundToLink:
      "no round of this grid this period that found something: record one with Enter first",
    found: { "\($0)" })
}
