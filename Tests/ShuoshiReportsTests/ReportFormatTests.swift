import Foundation
import ShuoshiCore
import ShuoshiReports
import TerminalUI
import TestSupport
import Testing

/// The November report of the hand-built data set, in every format.
@Suite("Report formats")
struct ReportFormatTests {
  let engine = EngineFixture.engine
  let report: Report
  let named: Report
  let zone = EngineFixture.zone

  init() throws {
    let histories = Array(try ReportDataSet.cases().values)
    let builder = ReportBuilder(rules: engine.rules, calendar: engine.calendar)
    let at = EngineFixture.at("2026-12-05 09:00")
    report = builder.build(histories: histories, request: ReportDataSet.november(), generatedAt: at)
    var request = ReportDataSet.november()
    request.withNames = true
    named = builder.build(histories: histories, request: request, generatedAt: at)
  }

  // MARK: Block charts

  @Test func barsFillEighthsOfACell() {
    #expect(BlockChart.bar(1, maximum: 1, width: 4) == "████")
    #expect(BlockChart.bar(0.5, maximum: 1, width: 4) == "██  ")
    #expect(BlockChart.bar(1, maximum: 16, width: 2) == "▏ ")  // 1/16 of 2 cells = one eighth
    #expect(BlockChart.bar(0.01, maximum: 1, width: 4) == "▏   ")  // a sliver, never nothing
    #expect(BlockChart.bar(0, maximum: 1, width: 3) == "   ")
    #expect(BlockChart.bar(3, maximum: 8, width: 1) == "▍")
  }

  @Test func sparklineScalesToTheLargest() {
    #expect(BlockChart.sparkline([0, 1, 2, 4, 8]) == "▁▂▃▅█")
    #expect(BlockChart.sparkline([0, 0]) == "▁▁")
    #expect(BlockChart.sparkline([]) == "")
  }

  // MARK: Text

  @Test(arguments: [40, 60, 80, 132])
  func textLinesFitTheWidth(width: Int) {
    let lines = ReportText(report, lang: .zh, timeZone: zone).lines(width: width)
    for line in lines {
      #expect(line.displayWidth <= width, "\(line.displayWidth) > \(width): \(line)")
    }
    let text = lines.joined(separator: "\n")
    #expect(text.contains("2026年11月 说事工作报告"))
    #expect(text.contains("响应率"))
    #expect(text.contains("70.0% (7/10)"))
    #expect(text.contains("HJ-20261030-001"))  // the hand-up list keeps whole ids
  }

  @Test func textSectionsForTheConsole() {
    let sections = ReportText(report, lang: .en, timeZone: zone).sections(width: 80)
    #expect(
      sections.map(\.key).prefix(4) == ["heading", "key-figures", "02-rates", "03-categories"])
    #expect(sections.last?.key == "definitions")
    let rates = sections.first { $0.key == "02-rates" }!
    // One gauge per rate, the three the street is judged by first, then the 回访 tally.
    let gauges = RateKind.allCases.count
    #expect(rates.lines.count > gauges)
    #expect(rates.lines[0].hasPrefix("Response rate"))
    #expect(rates.lines[0].contains("70.0% (7/10)"))
    #expect(rates.lines[1].hasPrefix("Solved rate"))
    #expect(rates.lines[2].hasPrefix("Satisfaction rate"))
    #expect(rates.lines[gauges].hasPrefix("Follow-ups answered: 4"))
    let trend = sections.first { $0.key == "09-weeks" }!
    #expect(trend.lines[0].contains("▁▇▃▂▃▂") || trend.lines[0].contains("▁█"))
  }

  @Test func textIsMaskedUnlessWithNames() {
    let masked = ReportText(report, lang: .zh, timeZone: zone).lines(width: 100).joined(
      separator: "\n")
    #expect(!masked.contains("王秀英"))
    #expect(!masked.contains("13812345678"))
    #expect(masked.contains("王**"))
    #expect(masked.contains("居民姓名和电话已隐去"))
    let open = ReportText(named, lang: .zh, timeZone: zone).lines(width: 100).joined(
      separator: "\n")
    #expect(open.contains("王秀英"))
    #expect(open.contains("含居民姓名和电话"))
  }

  // MARK: CSV

  @Test func csvHasBOMAndCRLFAndRoundTrips() throws {
    let tables = ReportTables(report, lang: .zh, timeZone: zone)
    let files = ReportCSV.files(tables)
    #expect(files.map(\.name) == ["00-about.csv"] + tables.all.map { $0.key + ".csv" })
    for file in files {
      let bytes = [UInt8](file.data)
      #expect(Array(bytes.prefix(3)) == CSVTable.bom, "\(file.name)")
      let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
      #expect(text.hasSuffix("\r\n"))
      #expect(
        !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF in \(file.name)")
    }
    for table in tables.all {
      let file = files.first { $0.name == table.key + ".csv" }!
      let parsed = CSVTable.parse(String(decoding: file.data, as: UTF8.self))
      #expect(parsed == [table.columns] + table.rows, "\(table.key)")
    }
    let categories = CSVTable.parse(
      String(decoding: files.first { $0.name == "03-categories.csv" }!.data, as: UTF8.self))
    #expect(categories[0] == ["分类", "受理", "占比（%）", "办结", "就地化解", "当场化解"])
    #expect(categories[1] == ["邻里纠纷", "4", "40.0", "2", "1", "1"])
  }

  @Test func csvQuotesAndDefusesFormulas() {
    #expect(CSVTable.field("a,b") == "\"a,b\"")
    #expect(CSVTable.field("说\"事\"") == "\"说\"\"事\"\"\"")
    #expect(CSVTable.field("两行\n文字") == "\"两行\n文字\"")
    #expect(CSVTable.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVTable.field("-3", number: true) == "-3")
    #expect(CSVTable.field("+8613812345678") == "'+8613812345678")
    let rows = [["a", "b,c"], ["引号\"", "换\r\n行"]]
    #expect(CSVTable.parse(CSVTable.text(rows)) == rows)
  }

  @Test func combinedCSVHasOneBOM() {
    let data = ReportCSV.combined(ReportTables(report, lang: .zh, timeZone: zone))
    let bytes = [UInt8](data)
    #expect(Array(bytes.prefix(3)) == CSVTable.bom)
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).contains("\u{FEFF}") == false)
  }

  // MARK: HTML

  @Test func htmlIsSelfContainedAndPrintable() {
    let html = ReportHTML.render(report, lang: .zh, timeZone: zone)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    for external in [
      "http:", "https:", "src=", "<script", "<link", "url(", "@import", "<img", "<iframe",
    ] {
      #expect(!html.contains(external), "\(external)")
    }
    #expect(html.contains("@page { size: A4"))
    #expect(html.contains("display: table-header-group"))
    #expect(html.components(separatedBy: "<svg").count - 1 == 3)  // categories, weekly trend, weekdays
    #expect(html.contains("<polyline"))
    #expect(html.contains("就地化解率"))
    #expect(!html.contains("王秀英"))
    #expect(ReportHTML.render(named, lang: .zh, timeZone: zone).contains("王秀英"))
  }

  @Test func htmlEscapesText() {
    #expect(
      HTML.escape("<b>\"王\" & '李'</b>") == "&lt;b&gt;&quot;王&quot; &amp; &#39;李&#39;&lt;/b&gt;")
  }

  // MARK: Markdown

  @Test func markdownHasATablePerSection() {
    let md = ReportMarkdown.render(report, lang: .zh, timeZone: zone)
    #expect(md.hasPrefix("# 2026年11月 说事工作报告"))
    #expect(md.contains("| 分类 | 受理 | 占比（%） | 办结 | 就地化解 | 当场化解 |"))
    #expect(md.contains("| --- | ---: | ---: | ---: | ---: | ---: |"))
    #expect(md.contains("| 邻里纠纷 | 4 | 40.0 | 2 | 1 | 1 |"))
    #expect(md.contains("王\\*\\*"))  // masked names escaped, not bold
    #expect(md.contains("## 口径"))
  }
}

@Suite("Receipt")
struct ReceiptTests {
  let engine = EngineFixture.engine

  func receipt(_ story: String, lang: Lang = .zh) throws -> Receipt {
    let events = try #require(try ReportDataSet.cases()[story])
    let c = Case.replay(events)!
    let session = ReportDataSet.sessions().compactMap(BoothSession.replay).first {
      $0.uuid == events[0].data.session
    }
    return Receipt(
      case: c, history: events, rules: engine.rules, calendar: engine.calendar, lang: lang,
      boothPhone: "0719-8888888", unitName: "六堰社区", session: session)
  }

  @Test func textReceiptSaysWhereItGoesAndByWhen() throws {
    let r = try receipt("D")
    let text = r.lines(width: 60).joined(separator: "\n")
    #expect(text.contains("六堰社区 · 说事回执"))
    #expect(text.contains("HJ-20261107-002"))
    #expect(text.contains("138****5678"))
    #expect(!text.contains("1234-5678"))
    #expect(text.contains("物业服务"))
    #expect(text.contains("村居（大事不出村居）"))
    #expect(text.contains("0719-8888888"))
    #expect(text.contains("六堰社区党群服务中心"))
    for line in r.lines(width: 30) { #expect(line.displayWidth <= 30, "\(line)") }
  }

  @Test func settledOnTheSpot() throws {
    let text = try receipt("C").lines(width: 60).joined(separator: "\n")
    #expect(text.contains("已当场化解：当场说开"))
    #expect(!text.contains("办理时限"))
  }

  /// Numbers a resident quoted in the grievance, or a worker in the settlement, are masked on
  /// paper in both formats (issue 12, finding 7).
  @Test func numbersInTheGrievanceAreMaskedInEveryFormat() throws {
    var events = try #require(try ReportDataSet.cases()["C"])
    events[0].data.text = "请回电13912345678，身份证420302199001011234，号码15800001111也行"
    let resolved = try #require(events.lastIndex { $0.kind == .resolved })
    events[resolved].data.summary = "已电话13912345678说开"
    let c = Case.replay(events)!
    let r = Receipt(
      case: c, history: events, rules: engine.rules, calendar: engine.calendar, lang: .zh,
      boothPhone: nil, unitName: nil, session: nil)
    for out in [r.lines(width: 60).joined(separator: "\n"), r.html()] {
      for full in ["13912345678", "420302199001011234", "15800001111"] {
        #expect(!out.contains(full), "\(full) printed in full")
      }
      #expect(out.contains("139****5678") && out.contains("420***********1234"))
    }
  }

  @Test func htmlReceiptIsSelfContained() throws {
    let html = try receipt("G", lang: .en).html()
    #expect(html.contains("Speak-up receipt"))
    #expect(html.contains("handed up to the street office"))
    for external in ["http:", "https:", "src=", "<script", "<link", "url("] {
      #expect(!html.contains(external))
    }
    #expect(html.contains("width: 124mm"))
  }
}
