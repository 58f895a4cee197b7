import Foundation
import Testing

/// `shuoshi init` with this laptop's letter and the booth's place and phone, the ids and
/// receipts that follow from them, and numbers two laptops without letters both issued
/// (issue 15).
@Suite("Setup, case numbers and receipts through the shuoshi binary")
struct SetupCLITests {
  func idOf(_ r: CLIRunner.Result) -> String {
    r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func initTakesTheLaptopLetterAndTheBoothAndTheReceiptSaysWhereTheCaseStands() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let setup = try cli.run(
      "--site", "HJ", "--operator", "王芳", "init", "--unit", "汉江路街道六堰社区", "--laptop", "a",
      "--booth-phone", "0719-8123456", "--booth-place", "六堰社区党群服务中心")
    #expect(setup.status == 0, "\(setup.stderr)")
    #expect(setup.stdout.contains("本机代号 A：新案件编号形如 HJ-A-20261207-001"))
    let id = idOf(
      try cli.run("add", "--resident", "王秀英", "--phone", "13812345678", "--text", "楼上漏水"))
    #expect(id == "HJ-A-20261128-001")
    let open = try cli.run("receipt", id)
    // Lines wrap at the slip's width.
    let flat = open.stdout.replacingOccurrences(of: "\n", with: "")
    #expect(flat.contains("凭编号到六堰社区党群服务中心或致电 0719-8123456 查询办理进度"))
    #expect(open.stdout.contains("待派单"))
    try cli.run("resolve", id, "--summary", "已上门修好")
    try cli.run("rate", id, "满意")
    let closed = try cli.run("receipt", id)
    #expect(closed.status == 0, "\(closed.stderr)")
    #expect(closed.stdout.contains("2026-11-28 已办结：已上门修好"))
    #expect(!closed.stdout.contains("待派单") && !closed.stdout.contains("办理时限"))
    let en = try cli.run("--lang", "en", "receipt", id)
    #expect(
      en.stdout.replacingOccurrences(of: "\n", with: " ").contains(
        "at 六堰社区党群服务中心 or call 0719-8123456"))
  }

  /// A laptop running UTC shows Beijing time; the site's `time_zone` may say otherwise, and an
  /// unknown zone is named in a warning (issue 15: 00:30 was printed for 08:30).
  @Test func timesShowInTheSitesZoneWhateverTheMachinesTZ() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    cli.environment["TZ"] = "UTC"
    cli.now = "2026-11-28T08:30:00+08:00"
    try cli.run("--site", "HJ", "--operator", "王芳", "init", "--unit", "六堰社区", "--laptop", "A")
    let id = idOf(try cli.run("add", "--resident", "王秀英", "--text", "楼上漏水"))
    #expect(try cli.run("show", id).stdout.contains("2026-11-28 08:30"))
    let site = cli.dir.url.appendingPathComponent("data/site.yaml")
    let text = try String(contentsOf: site, encoding: .utf8)
    #expect(text.contains("time_zone: \"Asia/Shanghai\""))
    try text.replacingOccurrences(of: "Asia/Shanghai", with: "Asia/Tokyo").write(
      to: site, atomically: true, encoding: .utf8)
    #expect(try cli.run("show", id).stdout.contains("2026-11-28 09:30"))
    try text.replacingOccurrences(of: "Asia/Shanghai", with: "Mars/Olympus").write(
      to: site, atomically: true, encoding: .utf8)
    let unknown = try cli.run("show", id)
    #expect(unknown.stdout.contains("2026-11-28 08:30"))
    #expect(unknown.stderr.contains("时区“Mars/Olympus”无法识别"))
  }

  @Test func aBadLetterOrBoothPhoneIsRefusedAndNothingIsWritten() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let letter = try cli.run(
      "--site", "HJ", "--operator", "王芳", "init", "--unit", "六堰社区", "--laptop", "AB")
    #expect(letter.status != 0)
    #expect(letter.stderr.contains("--laptop 应为一个大写字母或数字"))
    let phone = try cli.run(
      "--site", "HJ", "--operator", "王芳", "init", "--unit", "六堰社区", "--laptop", "A",
      "--booth-phone", "12345")
    #expect(phone.status != 0)
    #expect(phone.stderr.contains("咨询电话"))
    #expect(!FileManager.default.fileExists(atPath: cli.dataDir))
    let en = try cli.run(
      "--lang", "en", "--site", "HJ", "--operator", "王芳", "init", "--unit", "六堰社区", "--laptop", "-")
    #expect(en.stderr.contains("--laptop must be one capital letter or digit"))
  }

  /// Two laptops set up before letters both issued HJ-20261128-001. Each shows its own case by
  /// that number with the other listed; a third laptop asks which one.
  @Test func aNumberTwoLaptopsIssuedShowsTheOneTakenHereAndListsTheOther() throws {
    var laptops = [CLIRunner(), CLIRunner(), CLIRunner()]
    defer { for l in laptops { l.dir.remove() } }
    for i in laptops.indices { laptops[i].environment["SHUOSHI_PASSPHRASE"] = "门口的老槐树" }
    let a = idOf(try laptops[0].run("--site", "HJ", "add", "--resident", "王秀英", "--text", "楼上漏水"))
    let b = idOf(try laptops[1].run("--site", "HJ", "add", "--resident", "李建国", "--text", "路灯坏了"))
    #expect(a == "HJ-20261128-001" && b == a)
    var bundles: [String] = []
    for i in 0..<2 {
      let path = laptops[i].dir.url.appendingPathComponent("out.ssb").path
      #expect(try laptops[i].run("sync", "export", "--to", path).status == 0)
      bundles.append(path)
    }
    let note = try laptops[0].run("sync", "import", bundles[1])
    #expect(note.stdout.contains("两台电脑给不同案件开了同一编号 \(a)"))
    #expect(note.stdout.contains("在本机列为 \(a)-2"))
    try laptops[1].run("sync", "import", bundles[0])
    for (i, mine, other) in [(0, "王秀英", "李建国"), (1, "李建国", "王秀英")] {
      let shown = try laptops[i].run("show", a)
      #expect(shown.status == 0, "\(shown.stderr)")
      #expect(shown.stdout.contains(mine))
      #expect(shown.stdout.contains("同号另有 1 件（两台电脑曾开出同一编号）：\(a)-2（受理 2026-11-28 10:00，\(other)）"))
      let json = try laptops[i].json("show", a) as! [String: Any]
      #expect(json["id"] as? String == a)
      #expect(json["same_number"] as? [String] == ["\(a)-2"])
    }
    // Neither case was taken on the third laptop: it asks, naming a key for each.
    try laptops[2].run("sync", "import", bundles[0])
    let second = try laptops[2].json("sync", "import", bundles[1]) as! [String: Any]
    let shared = second["shared_numbers"] as? [[String: String]]
    #expect(shared == [["id": a, "shown_as": "\(a)-2"]])
    #expect(second["renamed"] == nil)
    let asked = try laptops[2].run("show", a)
    #expect(asked.status != 0)
    #expect(asked.stderr.contains("匹配多个案件") && asked.stderr.contains("\(a)-2"))
    #expect(try laptops[2].run("show", "\(a)-2").status == 0)
    // A case action by the number acts on the case taken here.
    let assigned = try laptops[1].run("assign", a, "--to", "张德明")
    #expect(assigned.status == 0 && assigned.stdout.hasPrefix("\(a) "))
    let json = try laptops[1].json("show", a) as! [String: Any]
    #expect(json["assignee"] as? String == "张德明")
  }
}
