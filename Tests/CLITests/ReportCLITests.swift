import Foundation
import Testing

@Suite("Booth sessions, receipts and reports through the binary")
struct ReportCLITests {
  /// A booth day: a session opened, two cases taken (one settled at the table), closed.
  func boothDay(_ cli: CLIRunner) throws {
    let config = cli.dir.url.appendingPathComponent("config/shuoshi")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "booth_phone: \"0719-8888888\"\nunit: \"六堰社区\"\n".write(
      to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    let open = try cli.run("session", "open", "--place", "六堰社区党群服务中心", "--staff", "王芳、李娜")
    #expect(open.status == 0, "\(open.stderr)")
    #expect(open.stdout.contains("说事场次已开始"))
    #expect(open.stdout.contains("值班：王芳、李娜"))
    let again = try cli.run("session", "open")
    #expect(again.stdout.contains("说事场次进行中"))
    let add = try cli.run(
      "add", "--resident", "王秀英", "--phone", "13812345678", "--text", "楼上卫生间漏水，把我家天花板泡了")
    #expect(add.status == 0, "\(add.stderr)")
    let settled = try cli.run(
      "add", "--resident", "李四", "--phone", "13900000004", "--text", "咨询一下低保怎么申请",
      "--on-spot-summary", "当场答复政策并协助准备材料")
    #expect(settled.status == 0, "\(settled.stderr)")
  }

  @Test func sessionOpenAddSettleShowClose() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try boothDay(cli)
    let settled = try cli.json("show", "SS-20261128-002") as! [String: Any]
    #expect(settled["state"] as? String == "resolved")
    let types = (settled["history"] as! [[String: Any]]).compactMap { $0["type"] as? String }
    #expect(types == ["created", "triaged", "resolved"])

    let show = try cli.json("session", "show") as! [String: Any]
    #expect(show["cases"] as? [String] == ["SS-20261128-001", "SS-20261128-002"])
    #expect(show["open"] as? Bool == true)
    #expect(show["day"] as? String == "2026-11-28")
    let close = try cli.run("session", "close")
    #expect(close.status == 0)
    #expect(close.stdout.contains("本场受理 2 件"))
    let closeAgain = try cli.run("session", "close")
    #expect(closeAgain.status == 3)
    #expect(closeAgain.stderr.contains("没有进行中的说事场次"))
    let list = try cli.run("session", "list")
    #expect(list.stdout.contains("2026-11-28 · 六堰社区党群服务中心"))
    let unknown = try cli.run("--lang", "en", "session", "show", "ffffffff")
    #expect(unknown.status == 3)
    #expect(unknown.stderr.contains("no booth session"))
  }

  @Test func receiptAsTextAndHTML() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try boothDay(cli)
    let text = try cli.run("receipt", "SS-20261128-001")
    #expect(text.status == 0, "\(text.stderr)")
    for expected in [
      "六堰社区 · 说事回执", "SS-20261128-001", "138****5678", "0719-8888888", "2026-11-30 前与您联系",
      "六堰社区党群服务中心",
    ] {
      #expect(text.stdout.contains(expected), "\(expected)")
    }
    #expect(!text.stdout.contains("13812345678"))
    let html = try cli.run("receipt", "001", "--format", "html", "--out", "receipt.html")
    #expect(html.status == 0, "\(html.stderr)")
    let page = try String(
      contentsOf: cli.dir.url.appendingPathComponent("receipt.html"), encoding: .utf8)
    #expect(page.contains("<h1>说事回执</h1>"))
    #expect(!page.contains("13812345678"))
    let spot = try cli.run("receipt", "002")
    #expect(spot.stdout.contains("已当场化解"))
    let bad = try cli.run("receipt", "001", "--format", "pdf")
    #expect(bad.status == 2)
    let addWithReceipt = try cli.run("add", "--resident", "赵五", "--text", "路灯坏了", "--receipt")
    #expect(addWithReceipt.stdout.hasPrefix("SS-20261128-003\n"))
    #expect(addWithReceipt.stdout.contains("说事回执"))
  }

  @Test func reportInEveryFormat() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try boothDay(cli)
    let json = try cli.json("report", "--month", "2026-11", "--format", "json") as! [String: Any]
    #expect(json["received"] as? Int == 2)
    #expect(json["onSpot"] as? Int == 1)

    let text = try cli.run("report", "--week", "--width", "60")
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("周报（2026-11-23 至 2026-11-29）"))
    #expect(text.stdout.contains("当场化解占比"))
    #expect(!text.stdout.contains("王秀英"))

    let csv = try cli.run("report", "--month", "2026-11", "--format", "csv", "--out", "csv")
    #expect(csv.status == 0, "\(csv.stderr)")
    let summary = try Data(contentsOf: cli.dir.url.appendingPathComponent("csv/01-summary.csv"))
    #expect(Array(summary.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: summary, as: UTF8.self).contains("受理,2\r\n"))

    let html = try cli.run(
      "report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "html", "--out", "r.html")
    #expect(html.status == 0, "\(html.stderr)")
    let page = try String(contentsOf: cli.dir.url.appendingPathComponent("r.html"), encoding: .utf8)
    #expect(page.contains("<svg"))

    let md = try cli.run(
      "--lang", "en", "report", "--session", "2026-11-28", "--format", "md", "--with-names")
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.hasPrefix("# Booth session report 2026-11-28"))
    #expect(md.stdout.contains("includes residents' names"))
  }

  @Test func reportRefusals() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try boothDay(cli)
    let unit = try cli.run("report", "--unit", "六堰社区")
    #expect(unit.status == 2)
    #expect(unit.stderr.contains("登记册"))
    let both = try cli.run("report", "--week", "--month", "2026-11")
    #expect(both.status == 2)
    #expect(both.stderr.contains("统计期只能选一种"))
    let month = try cli.run("report", "--month", "2026-13")
    #expect(month.status == 2)
    let format = try cli.run("--lang", "en", "report", "--format", "xls")
    #expect(format.status == 2)
    #expect(format.stderr.contains("invalid format"))
  }
}
