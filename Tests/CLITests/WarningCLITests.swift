import Foundation
import Testing

/// `shuoshi warnings`: three households of one compound about one property company raise a
/// 黄 warning; list, show, ack, dismiss with and without a reason, rescan, in Chinese and
/// English, with `--json`, and the refusals' exit codes.
@Suite("shuoshi warnings")
struct WarningCLITests {
  func threeHouseholds(_ cli: CLIRunner, party: String = "中瑞物业") throws {
    let texts = ["\(party)把电梯停了半个月", "\(party)乱收停车费", "\(party)不修漏水的屋顶"]
    for (i, text) in texts.enumerated() {
      let r = try cli.run(
        "add", "--resident", "业主\(i)", "--phone", "1390000000\(i)", "--address",
        "中瑞·领航城\(i + 1)栋1单元101", "--text", text, "--received-at",
        "2026-11-2\(5 + i)T09:00:00+08:00")
      #expect(r.status == 0, "\(r.stderr)")
    }
  }

  @Test func listShowAckAndDismissInBothLanguages() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try threeHouseholds(cli)
    let list = try cli.run("warnings")
    #expect(list.status == 0)
    #expect(list.stdout.contains("· 黄") && list.stdout.contains("中瑞物业"), "\(list.stdout)")
    let all = try cli.json("warnings", "list") as! [[String: Any]]
    #expect(all.count == 1)
    let id = try #require(all.first?["id"] as? String)
    #expect(all.first?["level"] as? String == "yellow")
    #expect(all.first?["households"] as? Int == 3)
    let show = try cli.run("warnings", "show", id)
    #expect(show.stdout.contains("同一小区 中瑞·领航城；同一对象 中瑞物业；文字相似"), "\(show.stdout)")
    let en = try cli.run("warnings", "show", id, "--lang", "en")
    #expect(en.stdout.contains("same compound 中瑞·领航城; same party 中瑞物业"), "\(en.stdout)")
    #expect(try cli.run("warnings", "ack", id).stdout.contains("预警已阅"))
    let noReason = try cli.run("warnings", "dismiss", id)
    #expect(noReason.status == 4)
    #expect(noReason.stderr.contains("须写明原因"), "\(noReason.stderr)")
    let unknown = try cli.run("warnings", "show", "ffff", "--lang", "en")
    #expect(unknown.status == 3 && unknown.stderr.contains("no warning ffff"), "\(unknown.stderr)")
    let dismissed = try cli.json("warnings", "dismiss", id, "--reason", "三件各是各的事") as! [String: Any]
    #expect(dismissed["state"] as? String == "dismissed")
    #expect(try cli.run("warnings").stdout.contains("没有待处理的预警"))
    let rescan = try cli.run("warnings", "rescan", "--days", "0")
    #expect(rescan.status != 0)
    let again = try cli.json("warnings", "rescan") as! [String: Any]
    #expect(again["cases"] as? Int == 3 && again["raised"] as? Int == 0)
  }
}
