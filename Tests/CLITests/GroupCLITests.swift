import Foundation
import Testing

/// `group create|add|remove|show` and `show` naming a case's group; acting on the group case
/// through the ordinary verbs (`assign`, `resolve`, `undo`) acts on its complaints.
@Suite("shuoshi group")
struct GroupCLITests {
  /// Three households of one compound about one lift, taken in on Saturday 2026-11-28.
  func threeComplaints(_ cli: CLIRunner) throws -> [String] {
    try (1...3).map { i in
      let r = try cli.run(
        "add", "--resident", "住户\(i)", "--phone", "1381234000\(i)", "--address", "中瑞·领航城\(i)号楼",
        "--text", "中瑞物业电梯坏了一个月没人修", "--no-route")
      #expect(r.status == 0, "\(r.stderr)")
      return String(format: "SS-20261128-%03d", i)
    }
  }

  @Test func aGroupIsFormedShownActedOnAndTakenApart() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let ids = try threeComplaints(cli)
    let made = try cli.run(
      "group", "create", "--cases", ids[0] + "," + ids[1], "--summary", "中瑞物业电梯故障，多户反映")
    #expect(made.status == 0, "\(made.stderr)")
    let parent = "SS-20261128-004"
    #expect(made.stdout.contains("已建母案 \(parent)（2 件子案，村居）"), "\(made.stdout)")
    #expect(try cli.run("group", "add", parent, ids[2], "--reason", "同一电梯").status == 0)

    let shown = try cli.run("group", "show", parent)
    #expect(shown.stdout.contains("子案 3 件（3 户）"), "\(shown.stdout)")
    #expect(shown.stdout.contains("住户1 138****0001"))
    #expect(!shown.stdout.contains("13812340001"))
    #expect(try cli.run("show", ids[0]).stdout.contains("母案：\(parent)"))

    // The ordinary verbs on the group case act on its complaints; undo takes the step back.
    #expect(try cli.run("assign", parent, "--to", "李片长").status == 0)
    #expect(try cli.run("resolve", parent, "--summary", "约谈物业，电梯已修复").status == 0)
    let child = try cli.json("show", ids[1]) as! [String: Any]
    #expect(child["group_parent"] as? String == parent)
    let group = try cli.json("show", parent) as! [String: Any]
    #expect(group["group_children"] as? [String] == ids)
    #expect(group["group_parent"] == nil)
    #expect(child["state"] as? String == "resolved")
    #expect(child["assignee"] as? String == "李片长")
    #expect(try cli.run("undo", parent).status == 0)
    #expect((try cli.json("show", ids[1]) as! [String: Any])["state"] as? String == "assigned")

    let removed = try cli.run("group", "remove", ids[2], "--reason", "另案处理")
    #expect(removed.stdout.contains("已将 \(ids[2]) 移出母案 \(parent)"))
    #expect(try cli.run("group", "show", ids[0]).stdout.contains("子案 2 件"))
  }

  @Test func refusalsSayWhyAndExitNonZero() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let ids = try threeComplaints(cli)
    let lone = try cli.run("group", "create", "--cases", ids[0], "--summary", "一件")
    #expect(lone.status != 0)
    #expect(lone.stderr.contains("至少两件"), "\(lone.stderr)")
    let badTier = try cli.run(
      "group", "create", "--cases", ids.joined(separator: ","), "--tier", "县里", "--summary", "x")
    #expect(badTier.status == 2)
    #expect(badTier.stderr.contains("无效层级"))
    #expect(
      try cli.run("group", "create", "--cases", ids[0] + "," + ids[1], "--summary", "电梯").status
        == 0)
    let twice = try cli.run(
      "group", "create", "--lang", "en", "--cases", ids[1] + "," + ids[2], "--summary", "again")
    #expect(twice.status != 0)
    #expect(twice.stderr.contains("already in group case SS-20261128-004"), "\(twice.stderr)")
    let notGroup = try cli.run("group", "show", ids[2])
    #expect(notGroup.status != 0)
    #expect(notGroup.stderr.contains("不是母案"))
  }
}
