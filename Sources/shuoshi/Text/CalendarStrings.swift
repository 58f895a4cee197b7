import ShuoshiCore

/// The lines of `calendar show|import` and the provisional-year note, one table per language
/// like `CLIStrings`.
struct CalendarStrings: Sendable {
  let provisionalNote: @Sendable (_ years: [Int]) -> String
  let nothingImported: String
  let imported: @Sendable (_ year: Int, _ holidays: Int, _ workdays: Int, _ path: String) -> String
  let replaces: @Sendable (_ what: String) -> String
  let provisionalFile: @Sendable (_ path: String) -> String
  let title: @Sendable (_ year: Int, _ provisional: Bool) -> String
  let source: String
  let file: String
  let daysOff: @Sendable (_ count: Int) -> String
  let span: @Sendable (_ from: String, _ to: String, _ days: Int) -> String
  let workdays: @Sendable (_ count: Int) -> String
  let none: String
  let workdayFor: @Sendable (_ holiday: String) -> String
  /// Monday first.
  let weekdays: [String]

  static func forLang(_ lang: Lang) -> CalendarStrings { lang == .zh ? .zh : .en }

  static let zh = CalendarStrings(
    provisionalNote: {
      "注意：\($0.map(String.init).joined(separator: "、")) 年工作日历为暂定（法定假日系推算，无调休），期限以正式通知为准；"
        + "通知发布后用 shuoshi calendar import 导入"
    },
    nothingImported: "未导入任何内容",
    imported: { year, holidays, workdays, path in
      "已导入 \(year) 年工作日历：放假 \(holidays) 天，调休上班 \(workdays) 天 → \(path)"
    },
    replaces: { "（取代了 \($0)）" },
    provisionalFile: { "暂定日历 \($0)" },
    title: { year, provisional in
      provisional
        ? "\(year) 年工作日历（暂定：法定假日系推算，无调休；通知发布后用 shuoshi calendar import 导入）"
        : "\(year) 年工作日历"
    },
    source: "来源：",
    file: "文件：",
    daysOff: { "放假（\($0) 天）：" },
    span: { from, to, days in "\(from) 至 \(to)（\(days) 天）" },
    workdays: { "调休上班（\($0) 天）：" },
    none: "  无",
    workdayFor: { "（\($0)）" },
    weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"])

  static let en = CalendarStrings(
    provisionalNote: {
      "note: the \($0.map(String.init).joined(separator: ", ")) calendar is provisional (holidays computed, "
        + "no make-up days); import the State Council's notice with shuoshi calendar import once it is out"
    },
    nothingImported: "nothing imported",
    imported: { year, holidays, workdays, path in
      "imported the \(year) calendar: \(holidays) days off, \(workdays) make-up working days → \(path)"
    },
    replaces: { "(replaces \($0))" },
    provisionalFile: { "the provisional \($0)" },
    title: { year, provisional in
      provisional
        ? "\(year) working-day calendar (provisional: holidays computed, no make-up days; import the notice with shuoshi calendar import)"
        : "\(year) working-day calendar"
    },
    source: "source: ",
    file: "file: ",
    daysOff: { "days off (\($0)):" },
    span: { from, to, days in "\(from) to \(to) (\(days) days)" },
    workdays: { "make-up working days (\($0)):" },
    none: "  none",
    workdayFor: { " (for \($0))" },
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
}
