import Foundation
import Testing

@Suite("The shuoshi binary on a temporary data directory")
struct CLITests {
  @Test func addListShowRoundTripInChinese() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let add = try cli.run(
      "add", "--resident", "王秀英", "--phone", "13812345678", "--address", "六堰社区3栋2单元502",
      "--text", "楼上卫生间漏水，把我家天花板泡了")
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "SS-20261128-001")

    let list = try cli.json("list") as! [[String: Any]]
    #expect(list.count == 1)
    let c = list[0]
    #expect(c["id"] as? String == "SS-20261128-001")
    #expect(c["tier"] as? String == "household")
    #expect(c["state"] as? String == "new")
    #expect((c["resident"] as? [String: Any])?["name"] as? String == "王秀英")
    #expect((c["resident"] as? [String: Any])?["phone"] as? String == "138****5678")
    #expect(c["overdue"] as? Bool == false)
    #expect(c["deadline"] as? String == "2026-12-02T23:59:59+08:00")

    let shown = try cli.json("show", "20261128-001") as! [String: Any]
    let history = shown["history"] as! [[String: Any]]
    #expect(history.map { $0["type"] as? String } == ["created", "triaged"])
    #expect(history.first?["operator"] != nil)

    let text = try cli.run("show", "SS-20261128-001")
    #expect(text.stdout.contains("漏水"))
    #expect(text.stdout.contains("办理记录"))
  }

  @Test func fullLifeThroughTheCommandLine() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大")
    let id = "SS-20261128-001"
    for args in [
      ["assign", id, "--to", "楼栋长 张德明"], ["visit", id, "--note", "已上门", "--minutes", "30"],
      ["wait", id, "--reason", "等对方回来"], ["resume", id], ["note", id, "双方同意调解"],
      ["resolve", id, "--summary", "已调解"], ["rate", id, "不满意"],
    ] {
      let r = try cli.run(args)
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
    let c = try cli.json("show", id) as! [String: Any]
    #expect(c["tier"] as? String == "residence")
    #expect(c["escalations"] as? Int == 1)
    #expect(c["state"] as? String == "new")
    let types = (c["history"] as! [[String: Any]]).compactMap { $0["type"] as? String }
    #expect(types.suffix(3) == ["rated", "reopened", "escalated"])

    let undo = try cli.run("undo", id)
    #expect(undo.status == 0)
    let after = try cli.json("show", id) as! [String: Any]
    #expect(after["tier"] as? String == "household")
  }

  @Test func badInputGivesAClearChineseMessageAndNonZeroExit() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大")
    let notFound = try cli.run("show", "SS-19990101-001")
    #expect(notFound.status == 3)
    #expect(notFound.stderr.contains("找不到案件"))
    let badTier = try cli.run("retier", "SS-20261128-001", "--tier", "9", "--reason", "x")
    #expect(badTier.status == 2)
    #expect(badTier.stderr.contains("无效层级"))
    let badState = try cli.run("rate", "SS-20261128-001", "satisfied")
    #expect(badState.status == 4)
    #expect(badState.stderr.contains("不能评价"))
    let emptyText = try cli.run("add", "--resident", "李四", "--text", "  ")
    #expect(emptyText.status == 4)
    #expect(emptyText.stderr.contains("诉求内容"))
    // An override of triage needs a reason, as in the console (no made-up default).
    let noReason = try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大", "--tier", "street")
    #expect(noReason.status == 4)
    #expect(noReason.stderr.contains("“调整原因”不能为空"))
    #expect(try (cli.json("list") as! [Any]).count == 1)
  }

  /// `add --phone` keeps the phone rule: a 10-digit number is refused saying what is expected
  /// (zh and en); a mobile with separators and a landline are taken; `--no-phone` and
  /// `--phone 无电话` record 无电话, shown as it is.
  @Test func addChecksThePhoneAndRecordsNoPhone() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let bad = try cli.run("add", "--resident", "李四", "--phone", "1397280123", "--text", "楼上噪音太大")
    #expect(bad.status == 4)
    #expect(bad.stderr.contains("“电话”无效：应为 11 位手机号或带区号的座机"))
    let en = try cli.run(
      "--lang", "en", "add", "--resident", "李四", "--phone", "139728O1234", "--text", "楼上噪音太大")
    #expect(en.status == 4)
    #expect(en.stderr.contains("invalid phone: an 11-digit mobile or a landline with area code"))
    for phone in ["+86 139 7280 1234", "0719-8123456", "无电话"] {
      let r = try cli.run("add", "--resident", "李四", "--phone", phone, "--text", "楼上噪音太大")
      #expect(r.status == 0, "\(phone): \(r.stderr)")
    }
    let none = try cli.run("add", "--resident", "王五", "--no-phone", "--text", "楼道灯坏了")
    #expect(none.status == 0, "\(none.stderr)")
    let id = none.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let shown = try cli.json("show", id) as! [String: Any]
    #expect((shown["resident"] as? [String: Any])?["phone"] as? String == "无电话")
    let both = try cli.run(
      "add", "--resident", "王五", "--no-phone", "--phone", "13812345678", "--text", "楼道灯坏了")
    #expect(both.status != 0)
    #expect(try (cli.json("list") as! [Any]).count == 4)
  }

  @Test func englishWithLangFlagOrEnglishLocale() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大")
    let r = try cli.run("--lang", "en", "show", "X-1")
    #expect(r.stderr.contains("no case"))
    cli.lang = "en_US.UTF-8"
    #expect(try cli.run("show", "X-1").stderr.contains("no case"))
  }

  @Test func triageDryRunShowsReasons() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let r = try cli.json("triage", "--text", "厨房闻到很大的煤气味") as! [String: Any]
    #expect(r["urgent"] as? Bool == true)
    #expect(r["tier"] as? String == "district")
    #expect((r["reasons"] as? [String])?.contains { $0.contains("煤气") } == true)
    #expect(!FileManager.default.fileExists(atPath: cli.dataDir + "/shuoshi.db"))
  }

  @Test func triageSaysWhyAnUrgentDeadlineIsShort() throws {
    // The booth trial's complaint (issue 14): it got 其他 / 片区 / 15 working days.
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let r =
      try cli.json("triage", "--text", "楼道里有人堆放电动车电池充电，有起火危险") as! [String: Any]
    #expect(r["category"] as? String == "safety")
    #expect(r["urgent"] as? Bool == true)
    #expect((r["reasons"] as? [String])?.last == "风险词“起火” → 当天联系，1 个工作日办结")
    let group = try cli.run("triage", "--text", "我们十几个工人被老板拖欠工资几十万")
    #expect(group.stdout.contains("群体欠薪类紧急 → 当天联系，3 个工作日办结"))
  }

  @Test func sweepEscalatesOverdueCases() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大", "--received-at", "2026-11-02T09:00")
    cli.now = "2026-11-28T10:00:00+08:00"
    let overdue = try cli.json("list", "--overdue") as! [[String: Any]]
    #expect(overdue.count == 1)
    // Household due 11-05, residence (7 working days from it) due 11-16: both passed, so the
    // one sweep climbs two tiers, each listed.
    let sweep = try cli.json("sweep") as! [String: Any]
    let steps = sweep["escalated"] as? [[String: String]]
    #expect(steps?.map { $0["tier"] } == ["residence", "district"])
    let again = try cli.json("sweep") as! [String: Any]
    #expect((again["escalated"] as? [Any])?.count == 0)
  }

  @Test func sweepTextCountsCasesAndEachTierClimbed() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大", "--received-at", "2026-11-02T09:00")
    cli.now = "2026-11-28T10:00:00+08:00"
    let r = try cli.run("--lang", "zh", "sweep")
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("升级 1 件（共升 2 级）") == true, "\(lines)")
    #expect(lines.dropFirst().filter { $0.contains("→") }.count == 2, "\(lines)")
  }

  @Test func foreignFileIsRefusedWithExitCode() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try FileManager.default.createDirectory(atPath: cli.dataDir, withIntermediateDirectories: true)
    try Data("hello".utf8).write(to: URL(fileURLWithPath: cli.dataDir + "/shuoshi.db"))
    let r = try cli.run("list")
    #expect(r.status == 5)
    #expect(r.stderr.contains("不是说事数据库"))
    #expect(try String(contentsOfFile: cli.dataDir + "/shuoshi.db", encoding: .utf8) == "hello")
  }

  @Test func demoCreatesALivingStreet() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let r = try cli.run("demo", "--cases", "300")
    #expect(r.status == 0, "\(r.stderr)")
    let all = try cli.json("list", "--page-size", "1000") as! [[String: Any]]
    #expect(all.count == 303)  // and 3 left untouched, late (DemoGenerator.neglectedCount)
    let states = Set(all.compactMap { $0["state"] as? String })
    #expect(states.isSuperset(of: ["new", "assigned", "in_progress", "resolved", "closed"]))
    let again = try cli.run("demo")
    #expect(again.status != 0)
  }
}
