import Foundation
import TestSupport
import Testing

@Suite("排查 rounds through the shuoshi binary")
struct RoundsCLITests {
  func importRegister(_ cli: CLIRunner) throws {
    for (kind, file) in [("units", "units.csv"), ("grids", "grids.csv")] {
      let r = try cli.run("import", kind, RegisterFixtureFiles.url(file).path)
      #expect(r.status == 0, "\(kind): \(r.stderr)")
    }
  }

  @Test func recordListAndFindAMatter() throws {
    var cli = CLIRunner()
    cli.now = "2026-12-01T10:00:00+08:00"
    defer { cli.dir.remove() }
    try importRegister(cli)
    // Nothing recorded: every grid is due now, and (made on the 1st) owes nothing before.
    let before = try cli.run("rounds", "list")
    #expect(before.status == 0, "\(before.stderr)")
    #expect(before.stdout.contains("本期 2026-12-01–2026-12-15"))
    #expect(before.stdout.contains("未排查"))

    let rec = try cli.run(
      "rounds", "record", "--grid", "六堰社区/第二网格", "--households", "30", "--note", "走访5栋、6栋")
    #expect(rec.status == 0, "\(rec.stderr)")
    #expect(rec.stdout.contains("已记录排查"))
    #expect(rec.stdout.contains("第二网格 2026-12-01，走访 30 户"))
    let zero =
      try cli.json(
        "rounds", "record", "--grid", "七里垭村 1网格", "--households", "12", "--zero",
        "--date", "2026-11-30") as! [String: Any]
    #expect(zero["zeroReport"] as? Bool == true)
    #expect(zero["day"] as? String == "2026-11-30")

    // A matter found on the round becomes a case linked to it.
    let rounds = try cli.json("rounds", "list", "--grid", "六堰社区第二网格") as! [[String: Any]]
    let id = try #require(rounds.first?["id"] as? String)
    let add = try cli.run(
      "add", "--resident", "赵桂芳", "--phone", "13800000009", "--text", "5栋楼道堆满杂物，堵住消防通道",
      "--round", String(id.prefix(8)))
    #expect(add.status == 0, "\(add.stderr)")
    let after = try cli.json("rounds", "list", "--grid", "第二网格") as! [[String: Any]]
    #expect(after.first?["mattersFound"] as? Int == 1)
    // A 零报告 round found nothing: refused, exit 4.
    let zid = try #require(zero["id"] as? String)
    let refused = try cli.run(
      "add", "--resident", "赵桂芳", "--phone", "13800000009", "--text", "路灯坏了", "--round", zid)
    #expect(refused.status == 4)
    #expect(refused.stderr.contains("零报告"))

    let list = try cli.json("rounds", "list") as! [[String: Any]]
    let status = Dictionary(
      uniqueKeysWithValues: list.map { ("\($0["unit"] as! String)\($0["grid"] as! String)", $0) })
    #expect(status["六堰社区第二网格"]?["status"] as? String == "done")
    #expect(status["六堰社区第一网格"]?["status"] as? String == "due")
    #expect(status["七里垭村第一网格"]?["status"] as? String == "due")

    // In English.
    var en = cli
    en.lang = "en_US.UTF-8"
    let text = try en.run("rounds", "list")
    #expect(text.stdout.contains("survey rounds (half-monthly)"))
    #expect(text.stdout.contains("done"))
  }

  @Test func theNextPeriodShowsTheMissedGrids() throws {
    var cli = CLIRunner()
    cli.now = "2026-12-01T10:00:00+08:00"
    defer { cli.dir.remove() }
    try importRegister(cli)
    #expect(
      try cli.run("rounds", "record", "--grid", "六堰社区/第二网格", "--households", "30").status == 0)
    var later = cli
    later.now = "2026-12-16T10:00:00+08:00"
    let missed = try later.run("rounds", "list", "--missed")
    #expect(missed.status == 0, "\(missed.stderr)")
    #expect(missed.stdout.contains("六堰社区第一网格"))
    #expect(!missed.stdout.contains("六堰社区第二网格"))
    #expect(missed.stdout.contains("漏排查 2 个网格"))
    // The month's report: 12-01–15 ended by the 16th; two grids missed it.
    let report = try later.run("report", "--month", "2026-12")
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("排查（按网格，期内）"))
    let csv = try later.json("report", "--month", "2026-12") as! [String: Any]
    let rows = try #require(csv["surveyRounds"] as? [[String: Any]])
    #expect(rows.map { $0["missed"] as? Int } == [1, 0, 1])
  }

  /// A newcomer's demo street has rounds, a 零报告 or two, and one grid that missed.
  @Test func theDemoStreetHasRoundsAndOneMissedGrid() throws {
    var cli = CLIRunner()
    cli.now = "2026-12-01T10:00:00+08:00"
    defer { cli.dir.remove() }
    #expect(try cli.run("demo", "--cases", "100").status == 0)
    let grids = try cli.json("rounds", "list") as! [[String: Any]]
    #expect(grids.count == 15)
    let missed = try cli.json("rounds", "list", "--missed") as! [[String: Any]]
    #expect(missed.count == 1)
    #expect(grids.contains { $0["previousStatus"] as? String == "zero_report" })
    let report = try cli.run("report", "--month", "2026-11")
    #expect(report.stdout.contains("排查（按网格，期内）"))
  }

  @Test func badRoundsAreRefusedWithAReason() throws {
    var cli = CLIRunner()
    cli.now = "2026-12-01T10:00:00+08:00"
    defer { cli.dir.remove() }
    try importRegister(cli)
    let cases: [([String], Int32, String)] = [
      (["--grid", "第九网格", "--households", "3"], 3, "找不到网格“第九网格”"),
      (["--grid", "第一网格", "--households", "3"], 3, "匹配多个网格"),
      (["--grid", "七里垭村/第一网格", "--households", "16"], 4, "走访户数应为 1 到 15"),
      (["--grid", "第二网格", "--households", "三十"], 2, "无效户数“三十”"),
      (["--grid", "第二网格", "--households", "3", "--date", "2026-12-02"], 4, "在今天（2026-12-01）之后"),
      (["--grid", "第二网格", "--households", "3", "--date", "2026-13-01"], 2, "无效日期"),
      (["--grid", "第二网格", "--households", "3", "--note", "好\u{1B}]0;x\u{07}"], 4, "控制字符"),
    ]
    for (args, status, message) in cases {
      let r = try cli.run(["rounds", "record"] + args)
      #expect(r.status == status, "\(args): \(r.stderr)")
      #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
      #expect(!r.stderr.contains("\u{1B}"))
    }
    #expect((try cli.json("rounds", "list", "--grid", "第二网格") as! [Any]).isEmpty)
  }

  @Test func checkConfigNamesTheLineOfABadCadence() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let routing = EngineFixture.root.appendingPathComponent("data/routing.yaml")
    let text = try String(contentsOf: routing, encoding: .utf8)
      .replacingOccurrences(of: "  village: half_monthly", with: "  village: fortnightly")
    // A worker's own copy in the config directory overrides the shipped file.
    let dir = cli.dir.url.appendingPathComponent("config/shuoshi/data")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let bad = dir.appendingPathComponent("routing.yaml")
    try text.write(to: bad, atomically: true, encoding: .utf8)
    let line = text.components(separatedBy: "\n").firstIndex { $0.contains("fortnightly") }! + 1
    let r = try cli.run("check-config")
    #expect(r.status == 7)
    #expect(r.stdout.contains("routing.yaml:\(line)"), "\(r.stdout)")
    #expect(r.stdout.contains("half_monthly"))
  }
}
