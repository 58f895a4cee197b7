import Foundation
import ShuoshiReports
import Testing

@Suite("The month's case book (台账) through the binary")
struct TaizhangCLITests {
  static let header = "序号,编号,登记时间,来源/方式,姓名,电话,地址,诉求内容,类别,层级,承办人,办理情况,办结时间,回访结果,满意度"

  @Test func everyFormatNamesTheUnitAndMasksNames() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try ReportCLITests().boothDay(cli)  // unit 六堰社区 in the settings file
    let title = "六堰社区 2026年11月 群众诉求受理台账"

    let text = try cli.run("taizhang", "--month", "2026-11", "--operator", "王芳")
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.hasPrefix(title + "\n"))
    #expect(text.stdout.contains("SS-20261128-001"))
    #expect(text.stdout.contains("当场化解：当场答复政策并协助准备材料"))
    #expect(text.stdout.contains("制表人：王芳"))
    #expect(text.stdout.contains("王**"))
    #expect(!text.stdout.contains("王秀英"))
    #expect(!text.stdout.contains("13812345678"))
    // This month is the default.
    #expect(
      try cli.run("taizhang").stdout
        == text.stdout.replacingOccurrences(
          of: "制表人：王芳", with: "制表人：________"))

    let csv = try cli.run("taizhang", "--month", "2026-11", "--format", "csv", "--out", "tz.csv")
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stderr.contains("已写入 tz.csv：\(title)，共 2 件"))
    let url = cli.dir.url.appendingPathComponent("tz.csv")
    let bytes = try Data(contentsOf: url)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let rows = CSVTable.parse(String(decoding: bytes, as: UTF8.self))
    #expect(rows.first?.first == title)
    #expect(rows.contains { $0.joined(separator: ",") == Self.header })
    #expect(rows.contains { $0.prefix(2) == ["2", "SS-20261128-002"] })
    // An existing file is replaced only with --force.
    let again = try cli.run("taizhang", "--month", "2026-11", "--format", "csv", "--out", "tz.csv")
    #expect(again.status == 6 && again.stderr.contains("--force"))
    let forced = try cli.run(
      "taizhang", "--month", "2026-11", "--format", "csv", "--out", "tz.csv", "--force")
    #expect(forced.status == 0)

    let html = try cli.run(
      "taizhang", "--month", "2026-11", "--format", "html", "--out", "tz.html", "--with-names")
    #expect(html.status == 0, "\(html.stderr)")
    let page = try String(
      contentsOf: cli.dir.url.appendingPathComponent("tz.html"), encoding: .utf8)
    #expect(page.contains("<h1>\(title)</h1>"))
    #expect(page.contains("size: A4 landscape"))
    #expect(page.contains("王秀英"))
    #expect(page.contains("含居民姓名和电话"))

    let md = try cli.run("--lang", "en", "taizhang", "--month", "2026-11", "--format", "md")
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.hasPrefix("# Case ledger (台账) of 六堰社区, 2026-11\n"))
    #expect(md.stdout.contains("| No. | Case | Received | Source |"))

    let empty = try cli.run("taizhang", "--month", "2026-10")
    #expect(empty.stdout.contains("本期无受理案件。"))

    // A merged duplicate keeps its row (the report counts it as received) and says where it went.
    let merge = try cli.run("merge-cases", "SS-20261128-001", "SS-20261128-002")
    #expect(merge.status == 0, "\(merge.stderr)")
    let merged = try cli.run("taizhang", "--month", "2026-11", "--format", "csv")
    let row = CSVTable.parse(merged.stdout).first { $0.count > 1 && $0[1] == "SS-20261128-002" }
    #expect(row?[11] == "重复，已并入 SS-20261128-001")
  }

  @Test func reportsNameTheUnitTheyCover() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try ReportCLITests().boothDay(cli)  // unit 六堰社区 in the settings file, no register
    let own = try cli.run("report", "--month", "2026-11")
    #expect(own.stdout.hasPrefix("六堰社区 2026年11月 说事工作报告\n"))
    #expect(own.stdout.contains("范围：六堰社区"))
    #expect(!own.stdout.contains("全街道"))

    let street = CLIRunner()
    defer { street.dir.remove() }
    #expect(try street.run("demo", "--cases", "200").status == 0)
    let whole = try street.run("report", "--month", "2026-11")
    #expect(whole.stdout.contains("范围：全街道"))
    let unit = try street.run("report", "--month", "2026-11", "--unit", "阳光社区")
    #expect(unit.status == 0, "\(unit.stderr)")
    #expect(unit.stdout.hasPrefix("阳光社区 2026年11月 说事工作报告\n"))
    #expect(unit.stdout.contains("范围：阳光社区"))
  }

  @Test func listFromToAsCSV() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try ReportCLITests().boothDay(cli)
    let csv = try cli.run("list", "--from", "2026-11-28", "--to", "2026-11-28", "--format", "csv")
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stdout.hasPrefix("\u{FEFF}编号,受理,居民,电话,分类,层级,状态,期限,"))
    let rows = CSVTable.parse(csv.stdout)
    #expect(rows.count == 3)
    #expect(rows.dropFirst().map { $0[0] }.sorted() == ["SS-20261128-001", "SS-20261128-002"])
    #expect(rows.dropFirst().allSatisfy { $0[3] != "13812345678" && $0[3] != "13900000004" })
    let file = try cli.run("list", "--from", "2026-11-01", "--format", "csv", "--out", "l.csv")
    #expect(file.status == 0, "\(file.stderr)")
    #expect(
      FileManager.default.fileExists(atPath: cli.dir.url.appendingPathComponent("l.csv").path))
    let later = try cli.run("list", "--from", "2026-11-29")
    #expect(later.stdout.contains("没有符合条件的案件"))
    let before = try cli.run("list", "--to", "2026-11-27", "--format", "csv")
    #expect(CSVTable.parse(before.stdout).count == 1)  // the header only
    let bad = try cli.run("list", "--from", "2026-11-31")
    #expect(bad.status == 2 && bad.stderr.contains("无效日期"))
  }

  @Test func refusals() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try ReportCLITests().boothDay(cli)
    let unit = try cli.run("taizhang", "--unit", "六堰社区")
    #expect(unit.status == 2)
    #expect(unit.stderr.contains("登记册"))
    let format = try cli.run("taizhang", "--format", "xls")
    #expect(format.status == 2)
    #expect(format.stderr.contains("无效格式“xls”"))
    let month = try cli.run("--lang", "en", "taizhang", "--month", "2026-13")
    #expect(month.status == 2)
    #expect(month.stderr.contains("invalid month"))
  }

  @Test func aUnitOfTheRegister() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    #expect(try cli.run("demo", "--cases", "200").status == 0)
    let book = try cli.run("taizhang", "--unit", "阳光社区", "--month", "2026-11", "--format", "csv")
    #expect(book.status == 0, "\(book.stderr)")
    let rows = CSVTable.parse(book.stdout)
    #expect(rows.first?.first == "阳光社区 2026年11月 群众诉求受理台账")
    let header = rows.firstIndex { $0.joined(separator: ",") == Self.header } ?? 0
    let cases = rows[(header + 1)...].prefix { !$0.allSatisfy(\.isEmpty) }
    #expect(!cases.isEmpty)
    // Only the unit's residents (the demo writes the unit's name at the head of the address).
    #expect(cases.allSatisfy { $0[6].hasPrefix("阳光社区") }, "\(cases.map { $0[6] })")
    let unknown = try cli.run("taizhang", "--unit", "不存在社区")
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("阳光社区"))
  }
}
