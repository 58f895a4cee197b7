import Foundation
import TestSupport
import Testing

/// The register's personal data through the binary (issue 12, findings 6 and 7): full phones
/// only with an audited `--reveal`; `erase-resident` takes the resident off the register and
/// says where it removed what; `household remove-member`.
@Suite("Register privacy through the shuoshi binary")
struct RegisterPrivacyCLITests {
  /// How many events of `kind` the data directory's log holds.
  func events(_ cli: CLIRunner, kind: String) throws -> Int {
    let p = Process()
    let out = Pipe()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from events where kind=?', (sys.argv[2],)).fetchone()[0])",
      cli.dataDir + "/shuoshi.db", kind,
    ]
    p.standardOutput = out
    try p.run()
    p.waitUntilExit()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
  }

  @Test func revealingRegisterPhonesIsAudited() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try RegisterCLITests().importRegister(cli)
    let masked = try cli.run("household", "李小龙")
    #expect(masked.stdout.contains("136****0001") && !masked.stdout.contains("13600000001"))
    #expect(try cli.run("people").status == 0)
    #expect(try events(cli, kind: "revealed") == 0)

    let shown = try cli.run("household", "李小龙", "--reveal")
    #expect(shown.status == 0 && shown.stdout.contains("13600000001"))
    #expect(try events(cli, kind: "revealed") == 1)
    let people = try cli.json("people", "--reveal") as! [[String: Any]]
    #expect(try events(cli, kind: "revealed") == 1 + people.count)
    #expect(people.contains { ($0["phone"] as? String) == "13900000001" })
    #expect(try cli.run("verify").status == 0)
  }

  @Test func eraseResidentTakesThemOffTheRegisterAndSaysWhere() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    try RegisterCLITests().importRegister(cli)
    // 李小龙 has his own phone in 王秀英's household (六堰社区3栋2单元502).
    let id = try cli.run("add", "--resident", "李小龙", "--phone", "13600000001", "--text", "楼道灯坏了")
      .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let preview = try cli.run("erase-resident", "--phone", "13600000001")
    #expect(preview.stdout.contains("台账住户成员 1 条") && preview.stdout.contains("李小龙"))
    #expect(try cli.run("household", "李小龙").status == 0)  // nothing changed yet

    let erased = try cli.run("erase-resident", "--phone", "13600000001", "--yes")
    #expect(erased.status == 0, "\(erased.stderr)")
    #expect(erased.stdout.contains("案件 1 件：\(id)"))
    #expect(erased.stdout.contains("台账住户成员 1 条") && erased.stdout.contains("3栋2单元502"))
    #expect(erased.stdout.contains("回执文件 0 个") && erased.stdout.contains("迁移备份 0 个"))
    let h = try cli.run("household", "王秀英")
    #expect(h.status == 0 && !h.stdout.contains("李小龙") && h.stdout.contains("李建国"))
    #expect(try cli.run("verify").status == 0)

    cli.lang = "en_US.UTF-8"
    let again = try cli.run("erase-resident", "--phone", "13600000001", "--yes")
    #expect(again.status == 4 && again.stderr.contains("no cases"))
  }

  @Test func removeOneHouseholdMember() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try RegisterCLITests().importRegister(cli)
    let r = try cli.run("household", "remove-member", "王秀英", "李建国")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("移除成员“李建国”"))
    #expect(!(try cli.run("household", "王秀英").stdout.contains("李建国")))
    let missing = try cli.run("--lang", "en", "household", "remove-member", "王秀英", "李建国")
    #expect(missing.status == 3 && missing.stderr.contains("has no member"))
    #expect(try cli.run("household", "show", "王秀英").status == 0)
  }
}
