import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// `shuoshi taizhang`: the month's case book (台账) — one row per case received in the month,
/// the paper every community keeps and the street office inspects.
struct TaizhangCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "taizhang",
    abstract:
      "Write the month's case ledger (台账): one row per case received, for the street office.",
    discussion: """
      Columns: 序号, 编号, 登记时间, 来源/方式, 姓名, 电话, 地址, 诉求内容, 类别, 层级, 承办人,
      办理情况, 办结时间, 回访结果, 满意度, then 制表人 / 审核人 / 日期 lines. Handling as it
      stands now; 回访结果 and 满意度 are the resident's rating (评单). Default month: this one.
      --unit takes a unit of the register (as report --unit); the title names it, else the
      unit of the settings file, else 全街道. Names and phone numbers are masked unless
      --with-names. Formats: text (default), md, csv (one UTF-8-with-BOM file), html (A4
      landscape with page numbers). See docs/REPORTS.md.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The month, YYYY-MM (default: this month).") var month: String?
  @Option(help: "Only this unit (a unit of the register, by name or id).") var unit: String?
  @Option(help: "text | md | csv | html.") var format = "text"
  @Option(help: "Write to this file instead of standard output.") var out: String?
  @OptionGroup var replace: ForceOption
  @Option(help: "Text width in columns (default: $COLUMNS or 100).") var width: Int?
  @Flag(
    name: .customLong("with-names"),
    help: "Include residents' names and phone numbers (the ledger says so).")
  var withNames = false

  func run() throws {
    try ReportRun.guarded(global) { context in
      let kind = format.lowercased()
      guard ["text", "txt", "md", "markdown", "csv", "html"].contains(kind) else {
        throw TaizhangStrings.badFormat(format)
      }
      try OutputFile.check(out, existing: replace.existing, context)
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let calendar = engine.calendar
      let period: ReportPeriod
      if let month {
        period = try ReportPeriodParser.month(month, calendar: calendar)
      } else {
        let today = calendar.civilDate(of: context.now)
        period = .month(year: today.year, month: today.month, calendar: calendar)
      }
      let request = ReportRequest(
        period: period, scope: ReportScope(unitID: unit),
        asOf: context.now.addingTimeInterval(0.001), withNames: withNames)
      let entries = try store.caseBookEntries(
        request, calendar: calendar, by: context.actor)
      let unitName = try store.reportUnitName(
        for: unit, configured: context.userConfig.unitName)
      let book = CaseBook(
        entries: entries, period: period, unit: unitName, withNames: withNames,
        generatedAt: context.now,
        preparedBy: global.operatorName ?? context.userConfig.operatorName, rules: engine.rules)
      let table = CaseBookTable(book, lang: context.lang, timeZone: calendar.timeZone)
      let data: Data
      let fileKind: OutputFile.Kind
      switch kind {
      case "md", "markdown":
        (data, fileKind) = (Data(CaseBookMarkdown.render(table).utf8), .text)
      case "csv": (data, fileKind) = (CaseBookCSV.data(table), .document)
      case "html": (data, fileKind) = (Data(CaseBookHTML.render(table).utf8), .document)
      default:
        let lines = CaseBookText.lines(table, width: width ?? context.textWidth)
        (data, fileKind) = (OutputFile.text(lines), .text)
      }
      try OutputFile.write(data, fileKind, to: out, existing: replace.existing, context)
      if let out {
        Stderr.warn(
          TaizhangStrings.forLang(context.lang).written(out, table.title, book.rows.count))
      }
    }
  }
}
