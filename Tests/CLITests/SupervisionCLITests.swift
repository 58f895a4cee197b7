import Foundation
import Testing

/// `extend`, `return`, `urge`, `supervise`, `wait --until` and the sweep's expired waits, with
/// `--json`. Cases are taken in on Saturday 2026-11-28: a household case is due at the end of
/// Wednesday 12-02.
@Suite("shuoshi extend/return/urge/supervise")
struct SupervisionCLITests {
  func assignedCase(_ cli: CLIRunner, number: Int = 1) throws -> String {
    try cli.run(
      "add", "--resident", "李四", "--text", "楼上噪音太大", "--tier", "household", "--reason", "楼栋内")
    let id = String(format: "SS-20261128-%03d", number)
    let r = try cli.run("assign", id, "--to", "张德明")
    #expect(r.status == 0, "\(r.stderr)")
    return id
  }

  @Test func anExtensionIsGrantedOnceBeforeTheDeadlineAndRefusedAfter() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    let id = try assignedCase(cli)
    let c = try cli.json("extend", id, "--days", "2", "--reason", "需协调物业") as! [String: Any]
    #expect((c["deadline"] as? String)?.hasPrefix("2026-12-04") == true)
    #expect(c["extended"] as? Bool == true)
    #expect(c["extended_tiers"] as? [String] == ["household"])
    let again = try cli.run("extend", id, "--days", "1", "--reason", "再等等")
    #expect(again.status != 0)
    #expect(again.stderr.contains("已延期过一次"))
    let tooMany = try cli.run("extend", id, "--days", "9", "--reason", "久一点")
    #expect(tooMany.status != 0)

    let late = try assignedCase(cli, number: 2)
    cli.now = "2026-12-03T09:00:00+08:00"
    let refused = try cli.run("extend", late, "--days", "2", "--reason", "来不及")
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("办理时限 2026-12-02 已过"), "\(refused.stderr)")
    let shown = try cli.json("show", late) as! [String: Any]
    #expect(shown["extended"] as? Bool == false)
  }

  @Test func urgeReturnAndSuperviseAreRecordedAndCounted() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    let id = try assignedCase(cli)
    let early = try cli.run("urge", id)
    #expect(early.status != 0)
    #expect(early.stderr.contains("不能催办"))
    cli.now = "2026-12-01T09:00:00+08:00"  // first contact was due 11-30 and nobody called
    let urged = try cli.json("urge", id, "--note", "请今天联系群众") as! [String: Any]
    #expect(urged["urges"] as? Int == 1)
    let on = try cli.json("supervise", id, "--note", "群众多次反映") as! [String: Any]
    #expect(on["supervised"] as? Bool == true)
    let listed = try cli.json("list", "--supervised") as! [[String: Any]]
    #expect(listed.map { $0["id"] as? String } == [id])
    let off = try cli.json("supervise", id, "--off") as! [String: Any]
    #expect(off["supervised"] as? Bool == false)
    #expect((try cli.json("list", "--supervised") as! [[String: Any]]).isEmpty)

    let badGrounds = try cli.run("return", id, "--grounds", "懒得办", "--note", "x")
    #expect(badGrounds.status != 0)
    #expect(badGrounds.stderr.contains("无效退单理由"))
    let returned =
      try cli.json(
        "return", id, "--grounds", "wrong-tier", "--tier", "district", "--note", "涉及市政管网")
      as! [String: Any]
    #expect(returned["tier"] as? String == "district")
    #expect(returned["state"] as? String == "new")
    #expect(returned["assignee"] == nil || returned["assignee"] is NSNull)
    #expect(returned["returns"] as? Int == 1)
    let history = (try cli.json("show", id) as! [String: Any])["history"] as! [[String: Any]]
    let last = history.last
    #expect(last?["type"] as? String == "returned")
    #expect((last?["summary"] as? String)?.contains("张德明 退单（层级不对）") == true)
  }

  @Test func aWaitPastItsDayIsResumedByTheSweep() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    let id = try assignedCase(cli)
    let bad = try cli.run("wait", id, "--reason", "等物业回复", "--until", "2026-11-27")
    #expect(bad.status != 0)
    let waiting =
      try cli.json("wait", id, "--reason", "等物业回复", "--until", "2026-12-04") as! [String: Any]
    #expect((waiting["wait_until"] as? String)?.hasPrefix("2026-12-04") == true)
    cli.now = "2026-12-08T09:00:00+08:00"
    let sweep = try cli.json("sweep") as! [String: Any]
    #expect(sweep["waits_expired"] as? [String] == [id])
    let c = try cli.json("show", id) as! [String: Any]
    #expect(c["state"] as? String == "assigned")
    #expect(c["wait_expired"] as? Bool == true)
    // Paused from Saturday until it resumed on Sat 12-05 (the day after the expected end): five
    // working days on the Wednesday 12-02 deadline → Wednesday 12-09.
    #expect((c["deadline"] as? String)?.hasPrefix("2026-12-09") == true, "\(c["deadline"] ?? "")")
    let again = try cli.json("sweep") as! [String: Any]
    #expect((again["waits_expired"] as? [String])?.isEmpty == true)
    // The 暂停超时 view lists it until a worker acts on the case.
    let listed = try cli.json("list", "--wait-expired") as! [[String: Any]]
    #expect(listed.map { $0["id"] as? String } == [id])
    try cli.run("visit", id, "--note", "物业已回复")
    #expect((try cli.json("list", "--wait-expired") as! [[String: Any]]).isEmpty)
  }

  @Test func theDaysUrgeListIsOnePageWithNamesMasked() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    let id = try assignedCase(cli)
    let other = try assignedCase(cli, number: 2)
    cli.now = "2026-12-04T09:00:00+08:00"  // both two working days past Wednesday 12-02
    try cli.run("urge", id, "--note", "请今天上门，电话13812345678")
    try cli.run("urge", other, "--note", "记错了")
    try cli.run("undo", other)
    let text = try cli.run("urge-list")
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("催办单 2026-12-04"))
    #expect(text.stdout.contains(id))
    #expect(!text.stdout.contains(other), "an undone urge is not listed")
    #expect(text.stdout.contains("李*"))
    #expect(!text.stdout.contains("李四"))
    #expect(text.stdout.contains("超期 2 个工作日"))
    #expect(text.stdout.contains("138****5678") && !text.stdout.contains("13812345678"))
    #expect(text.stdout.contains("共 1 次催办"))
    let html = try cli.run("urge-list", "--date", "2026-12-04", "--format", "html")
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(html.stdout.contains("<td>\(id)</td>"))
    let empty = try cli.run("urge-list", "--date", "2026-12-03")
    #expect(empty.stdout.contains("当天没有催办"))
    let bad = try cli.run("urge-list", "--date", "昨天")
    #expect(bad.status != 0)
  }
}
