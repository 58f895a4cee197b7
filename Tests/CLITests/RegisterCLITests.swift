import Foundation
import TestSupport
import Testing

@Suite("The register and the dispatch loop through the shuoshi binary")
struct RegisterCLITests {
  /// Imports the fixture register (households from the GB18030 file) through the CLI.
  func importRegister(_ cli: CLIRunner) throws {
    for (kind, file) in [
      ("units", "units.csv"), ("grids", "grids.csv"), ("people", "people.csv"),
      ("households", "households.gb18030.csv"),
    ] {
      let r = try cli.run("import", kind, RegisterFixtureFiles.url(file).path)
      #expect(r.status == 0, "\(kind): \(r.stderr)")
    }
  }

  @Test func importReportsEncodingAndRefusesBadFiles() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let dry = try cli.run(
      "import", "households", RegisterFixtureFiles.url("households.gb18030.csv").path, "--dry-run")
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("编码 GB18030"))
    #expect(dry.stdout.contains("试运行"))
    try importRegister(cli)
    let again =
      try cli.json("import", "households", RegisterFixtureFiles.url("households.bom.csv").path)
      as! [String: Any]
    #expect(again["encoding"] as? String == "utf8_bom")
    #expect(again["events"] as? Int == 0)
    #expect((again["unchanged"] as? [String: Int])?["household"] == 6)

    let bad = RegisterFixtureFiles.url("households.bad.csv").path
    let r = try cli.run("import", "households", bad)
    #expect(r.status == 10)
    #expect(r.stderr.contains("未导入任何数据"))
    #expect(r.stderr.contains("\(bad):3:"))
    #expect(r.stderr.contains("\(bad):4:"))
    var en = cli
    en.lang = "en_US.UTF-8"
    #expect(try en.run("import", "households", bad).stderr.contains("nothing imported"))
    let missing = try cli.run("import", "people", "/nonexistent.csv")
    #expect(missing.status == 2)
  }

  @Test func dispatchLoopEndToEnd() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try importRegister(cli)
    // 点单: intake; the owner is suggested and assigned.
    let add =
      try cli.json(
        "add", "--resident", "王秀英", "--phone", "13800000001", "--address", "六堰社区3幢2单元502室",
        "--text", "楼上卫生间漏水，天花板泡了") as! [String: Any]
    let id = try #require(add["id"] as? String)
    #expect(add["tier"] as? String == "household")
    #expect(add["assignee"] as? String == "张德明")
    #expect(add["state"] as? String == "assigned")
    #expect((add["resident"] as? [String: Any])?["household_id"] as? String != nil)
    let shown = try cli.run("show", id)
    #expect(shown.stdout.contains("户级 → 3栋的楼栋长 张德明"))
    // 派单 to a volunteer found by pinyin initials, 送单 with time spent.
    let dispatch = try cli.run("dispatch", id, "--to", "zs", "--note", "上门查看")
    #expect(dispatch.status == 0, "\(dispatch.stderr)")
    #expect(dispatch.stderr.contains("张三"))
    let delivered =
      try cli.json("deliver", id, "--minutes", "45", "--note", "已协调楼上维修") as! [String: Any]
    #expect(delivered["state"] as? String == "resolved")
    #expect(delivered["volunteer"] as? String == "张三")
    // 评单: unsatisfied re-escalates to the next tier's owner.
    let rated = try cli.json("rate", id, "不满意", "--comment", "还在漏") as! [String: Any]
    #expect(rated["tier"] as? String == "residence")
    #expect(["王芳", "何涛"].contains(rated["assignee"] as? String ?? ""))
    #expect(rated["state"] as? String == "assigned")
    let types = (rated["history"] as! [[String: Any]]).compactMap { $0["type"] as? String }
    #expect(
      types == [
        "created", "triaged", "assigned", "dispatched", "delivered", "rated", "reopened",
        "escalated",
      ])
    // The time bank.
    let volunteers = try cli.json("volunteers") as! [[String: Any]]
    let zhang = try #require(volunteers.first { $0["name"] as? String == "张三" })
    #expect(zhang["minutes"] as? Int == 45)
    #expect(zhang["deliveries"] as? Int == 1)
    #expect(volunteers.first?["name"] as? String == "张三")
    // The worker changes the owner, with a reason.
    let reassigned =
      try cli.json("assign", id, "--to", "hetao", "--reason", "熟悉情况") as! [String: Any]
    #expect(reassigned["assignee"] as? String == "何涛")
    #expect(reassigned["assignee_id"] as? String != nil)
  }

  @Test func peopleSearchHouseholdAndCapacity() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try importRegister(cli)
    let zs = try cli.json("people", "--search", "zs") as! [[String: Any]]
    #expect(zs.first?["name"] as? String == "张三")
    #expect(zs.first?["phone"] as? String == "139****0011")
    let ls = try cli.json("people", "--search", "ls") as! [[String: Any]]
    #expect(ls.first?["name"] as? String == "李四")
    let mixed = try cli.json("people", "--search", "wl") as! [[String: Any]]
    #expect(mixed.map { $0["name"] as? String }.contains("王Lily"))
    let heads = try cli.json("people", "--role", "网格长") as! [[String: Any]]
    #expect(heads.count == 3)
    let text = try cli.run("people", "--search", "zdm")
    #expect(text.stdout.contains("张德明"))

    try cli.run(
      "add", "--resident", "李小龙", "--phone", "13600000001", "--address", "六堰3-2-502", "--text",
      "楼上噪音")
    let household = try cli.json("household", "李小龙") as! [String: Any]
    #expect((household["household"] as? [String: Any])?["address"] as? String == "六堰社区3栋2单元502")
    #expect((household["cases"] as? [Any])?.count == 1)
    #expect(try cli.run("household", "六堰社区3栋2单元502").stdout.contains("王秀英"))

    let ok = try cli.json("check-register") as! [String: Any]
    #expect(ok["ok"] as? Bool == true)
    var rows = "社区/村,网格,地址,户主\n"
    for n in 1...14 { rows += "七里垭村,第一网格,5组\(n)号,村民\(n)\n" }
    let file = cli.dir.url.appendingPathComponent("more.csv")
    try Data(rows.utf8).write(to: file)
    #expect(try cli.run("import", "households", file.path).status == 0)
    let flagged = try cli.run("check-register")
    #expect(flagged.status == 11)
    #expect(flagged.stdout.contains("七里垭村第一网格有 16 户，超过“1包15户”"))
  }

  @Test func demoUsesTheRegistersPeopleAsOwners() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let r = try cli.run("demo", "--cases", "200")
    #expect(r.status == 0, "\(r.stderr)")
    let people = try cli.json("people", "--limit", "500") as! [[String: Any]]
    let names = Set(people.compactMap { $0["name"] as? String })
    #expect(names.count > 60)
    let cases = try cli.json("list", "--page-size", "1000") as! [[String: Any]]
    let owners = cases.compactMap { $0["assignee"] as? String }
    #expect(owners.count > 100)
    #expect(Double(owners.filter(names.contains).count) / Double(owners.count) > 0.9)
    let volunteers = try cli.json("volunteers") as! [[String: Any]]
    #expect((volunteers.first?["minutes"] as? Int ?? 0) > 0)
    let check = try cli.run("check-register")
    #expect(check.status == 11)  // the demo street has two grids over capacity, on purpose
  }
}
