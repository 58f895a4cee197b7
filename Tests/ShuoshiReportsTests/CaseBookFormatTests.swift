import Foundation
import ShuoshiCore
import ShuoshiReports
import TerminalUI
import TestSupport
import Testing

/// The November case book (台账) of the hand-built data set, in every format: the columns in
/// the order communities keep them, masking, and the unit in the title.
@Suite("Case book formats")
struct CaseBookFormatTests {
  let engine = EngineFixture.engine
  let zone = EngineFixture.zone
  let entries: [CaseBook.Entry]
  let period = ReportDataSet.november().period
  let at = EngineFixture.at("2026-12-05 09:00")

  static let columns = [
    "序号", "编号", "登记时间", "来源/方式", "姓名", "电话", "地址", "诉求内容", "类别", "层级", "承办人", "办理情况", "办结时间",
    "回访结果", "满意度",
  ]

  init() throws {
    let sessions = ReportDataSet.sessions().compactMap(BoothSession.replay)
    entries = CaseBook.entries(
      histories: Array(try ReportDataSet.cases().values), sessions: sessions, asOf: at,
      calendar: engine.calendar)
  }

  func table(unit: String? = "六堰社区", withNames: Bool = false, lang: Lang = .zh)
    -> CaseBookTable
  {
    let book = CaseBook(
      entries: entries, period: period, unit: unit, withNames: withNames, generatedAt: at,
      preparedBy: "王芳", rules: engine.rules)
    return CaseBookTable(book, lang: lang, timeZone: zone)
  }

  func row(_ table: CaseBookTable, _ id: String) -> [String] {
    table.rows.first { $0[1] == id } ?? []
  }

  @Test func oneRowPerCaseReceivedInTheMonthOldestFirst() {
    let t = table()
    #expect(t.columns == Self.columns)
    #expect(
      t.rows.map { $0[1] } == [
        "HJ-20261102-001", "HJ-20261103-001", "HJ-20261107-001", "HJ-20261107-002",
        "HJ-20261109-001", "HJ-20261114-001", "HJ-20261121-001", "HJ-20261127-001",
        "HJ-20261128-001", "HJ-20261130-001",
      ])
    #expect(t.rows.map { $0[0] } == (1...10).map(String.init))
    #expect(t.rows.allSatisfy { $0.count == 15 })
  }

  @Test func cellsOfASettledAndAnOpenCase() {
    let t = table()
    // C: taken at the booth, settled on the spot, rated satisfied.
    #expect(
      row(t, "HJ-20261107-001") == [
        "3", "HJ-20261107-001", "2026-11-07 09:30", "说事日现场·六堰社区党群服务中心", "王**", "138****5678",
        "六堰社区",
        "测试诉求 HJ-20261107-001", engine.rules.name(ofCategory: "neighbour", lang: .zh), "户", "",
        "当场化解：当场说开", "2026-11-07 09:50", "已评单", "满意",
      ])
    // E: resolved again and rated in December, before the book was made.
    let e = row(t, "HJ-20261109-001")
    #expect(e[3] == "日常登记")
    #expect(e[11] == "已办结：片区协调解决")
    #expect(e[12] == "2026-12-02 10:00")
    #expect(e[14] == "满意")
    // G: resolved, never rated.
    #expect(row(t, "HJ-20261121-001")[13] == "未评单")
    // I: still waiting: no resolution, no follow-up.
    let i = row(t, "HJ-20261130-001")
    #expect(i[10] == "")
    #expect(i[11] == "等待中")
    #expect(i[12...14] == ["", "", ""])
    // F: moved to the street office by hand.
    #expect(row(t, "HJ-20261114-001")[9] == "上交")
    #expect(row(t, "HJ-20261114-001")[10] == "汉江路片区 刘建国")
  }

  @Test func namesAndPhonesMaskedUnlessWithNames() {
    let masked = table()
    let open = table(withNames: true)
    let maskedOut = [
      CaseBookHTML.render(masked), CaseBookMarkdown.render(masked),
      String(decoding: CaseBookCSV.data(masked), as: UTF8.self),
      CaseBookText.lines(masked, width: 100).joined(separator: "\n"),
    ]
    for out in maskedOut {
      #expect(!out.contains("王秀英"))
      #expect(!out.contains("13812345678"))
      #expect(out.contains("王**") || out.contains("王\\*\\*"))  // Markdown escapes `*`
      #expect(out.contains("居民姓名和电话已隐去"))
    }
    let openOut = [
      CaseBookHTML.render(open), CaseBookMarkdown.render(open),
      String(decoding: CaseBookCSV.data(open), as: UTF8.self),
      CaseBookText.lines(open, width: 100).joined(separator: "\n"),
    ]
    for out in openOut {
      #expect(out.contains("王秀英"))
      #expect(out.contains("13812345678"))
      #expect(out.contains("含居民姓名和电话"))
    }
  }

  @Test func everyFormatNamesTheUnitAndTheMonth() {
    let title = "六堰社区 2026年11月 群众诉求受理台账"
    let t = table()
    #expect(t.title == title)
    #expect(CaseBookHTML.render(t).contains("<h1>\(title)</h1>"))
    #expect(CaseBookMarkdown.render(t).hasPrefix("# \(title)\n"))
    #expect(CaseBookText.lines(t, width: 80).first == title)
    let csv = CSVTable.parse(String(decoding: CaseBookCSV.data(t), as: UTF8.self))
    #expect(csv.first?.first == title)
    #expect(table(unit: nil).title == "全街道 2026年11月 群众诉求受理台账")
    #expect(table(lang: .en).title == "Case ledger (台账) of 六堰社区, 2026-11")
  }

  @Test func csvIsOneRectangleWithBOMHeaderAndSignatures() {
    let data = CaseBookCSV.data(table())
    #expect(Array(data.prefix(3)) == CSVTable.bom)
    let rows = CSVTable.parse(String(decoding: data, as: UTF8.self))
    #expect(rows.allSatisfy { $0.count == 15 })
    let header = rows.firstIndex(of: Self.columns)
    #expect(header == 2)
    #expect(rows.count == 2 + 1 + 10 + 3)
    #expect(rows.last?[0] == "制表人：王芳")
    #expect(rows.last?[5] == "审核人：")
    #expect(rows.last?[10] == "日期：2026-12-05")
    #expect(rows[rows.count - 2][0].contains("群众评单"))
  }

  @Test func htmlPrintsOnA4LandscapeWithPageNumbersAndSignatures() {
    let html = CaseBookHTML.render(table())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("size: A4 landscape"))
    #expect(html.contains("counter(page)"))
    #expect(html.contains("counter(pages)"))
    #expect(html.contains("thead { display: table-header-group; }"))
    for column in Self.columns { #expect(html.contains("<th>\(column)</th>")) }
    for label in ["制表人", "审核人", "日期"] { #expect(html.contains("<b>\(label)</b>")) }
    #expect(html.contains("王芳"))
    for outside in ["http:", "https:", "<script", "<link", "src=", "url("] {
      #expect(!html.contains(outside))
    }
  }

  @Test func hostileTextIsEscapedInHTMLAndCSS() {
    var c = Case(
      uuid: UUID(), id: "HJ-20261105-001", receivedAt: EngineFixture.at("2026-11-05 09:00"),
      resident: Resident(name: "<script>x</script>", phone: "13800000000"),
      text: "=HYPERLINK(\"http://x\")")
    c.category = "neighbour"
    let book = CaseBook(
      entries: [CaseBook.Entry(case: c, onSpot: false, sessionPlace: nil)], period: period,
      unit: "阳光\"}</style><script>", withNames: true, generatedAt: at, rules: engine.rules)
    let t = CaseBookTable(book, lang: .zh, timeZone: zone)
    let html = CaseBookHTML.render(t)
    #expect(!html.contains("<script"))
    #expect(!html.contains("</style><"))
    #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
    let csv = String(decoding: CaseBookCSV.data(t), as: UTF8.self)
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
  }

  @Test(arguments: [40, 80, 132])
  func textFitsTheWidth(width: Int) {
    let lines = CaseBookText.lines(table(withNames: true), width: width)
    for line in lines {
      #expect(line.displayWidth <= width, "\(line.displayWidth) > \(width): \(line)")
    }
    let text = lines.joined(separator: "\n")
    #expect(text.contains("HJ-20261107-001"))
    #expect(text.contains("当场化解：当场说开"))
    #expect(text.contains("制表人：王芳"))
    #expect(text.contains("审核人：________"))
  }

  @Test func reportsNameTheUnitTheyCover() {
    let builder = ReportBuilder(rules: engine.rules, calendar: engine.calendar)
    let histories = Array((try? ReportDataSet.cases().values) ?? [:].values)
    var request = ReportDataSet.november()
    let whole = ReportText(
      builder.build(histories: histories, request: request, generatedAt: at), lang: .zh,
      timeZone: zone
    ).lines(width: 100)
    #expect(whole[0] == "2026年11月 说事工作报告")
    #expect(whole.contains("范围：全街道"))
    request.unitName = "六堰社区"
    let named = builder.build(histories: histories, request: request, generatedAt: at)
    let text = ReportText(named, lang: .zh, timeZone: zone).lines(width: 100)
    #expect(text[0] == "六堰社区 2026年11月 说事工作报告")
    #expect(text.contains("范围：六堰社区"))
    #expect(ReportHTML.render(named, lang: .zh, timeZone: zone).contains("<h1>六堰社区 2026年11月"))
    #expect(
      ReportMarkdown.render(named, lang: .en, timeZone: zone).hasPrefix(
        "# Speak-up report, 2026-11 — 六堰社区\n"))
    // A data directory's own unit names an unfiltered report only when the register names no
    // other unit.
    #expect(ReportScope.siteUnit(configured: "六堰社区", registerUnits: []) == "六堰社区")
    #expect(ReportScope.siteUnit(configured: "六堰社区", registerUnits: ["六堰社区"]) == "六堰社区")
    #expect(ReportScope.siteUnit(configured: "六堰社区", registerUnits: ["六堰社区", "阳光社区"]) == nil)
    #expect(ReportScope.siteUnit(configured: " ", registerUnits: []) == nil)
    #expect(ReportScope.siteUnit(configured: nil, registerUnits: []) == nil)
  }

  @Test func anEmptyMonthSaysSo() {
    let book = CaseBook(
      entries: [], period: period, unit: "阳光社区", withNames: false, generatedAt: at,
      rules: engine.rules)
    let t = CaseBookTable(book, lang: .zh, timeZone: zone)
    #expect(CaseBookHTML.render(t).contains("本期无受理案件。"))
    #expect(CaseBookText.lines(t, width: 80).contains("本期无受理案件。"))
    #expect(t.facts[1].1 == "共 0 件")
  }
}
