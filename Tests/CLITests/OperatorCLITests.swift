import Foundation
import Testing

/// Operators who sign in, through the shuoshi binary: set-up with a PIN, sign-in by
/// `--operator`/`$SHUOSHI_OPERATOR` and `$SHUOSHI_PIN`/`--pin-file`, wrong PINs and the wait,
/// role refusals that name the role, and the operator commands (issue 16).
@Suite("Operators, sign-in and roles through the shuoshi binary")
struct OperatorCLITests {
  /// A data directory set up with 王主任 (片区/街道, PIN 246810) and 小张 (网格员, grid G1).
  static func setUp() throws -> (CLIRunner, recovery: String) {
    var cli = CLIRunner()
    cli.environment["SHUOSHI_NEW_PIN"] = "246810"
    let setup = try cli.run(
      "--site", "HJ", "--operator", "王主任", "init", "--unit", "六堰社区", "--laptop", "A")
    #expect(setup.status == 0, "\(setup.stderr)")
    #expect(setup.stdout.contains("已启用操作员登录：首位操作员 王主任（片区/街道）"))
    let recovery = try #require(
      setup.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { $0.count == 39 && $0.split(separator: "-").count == 8 })
    cli.environment["SHUOSHI_PIN"] = "246810"
    cli.environment["SHUOSHI_NEW_PIN"] = "135791"
    let added = try cli.run("operator", "add", "小张", "--role", "网格员", "--grid", "G1")
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("已添加操作员 小张（网格员/楼栋长，G1）"))
    cli.environment["SHUOSHI_NEW_PIN"] = nil
    return (cli, recovery)
  }

  func idOf(_ r: CLIRunner.Result) -> String {
    r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func eventsCarryTheSignedInOperatorNotAFreeTextName() throws {
    var (cli, _) = try Self.setUp()
    defer { cli.dir.remove() }
    let perms = try FileManager.default.attributesOfItem(atPath: cli.dataDir + "/keyring.json")
    #expect((perms[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let id = idOf(try cli.run("add", "--resident", "王秀英", "--text", "楼上漏水"))
    cli.environment["SHUOSHI_OPERATOR"] = "小张"
    cli.environment["SHUOSHI_PIN"] = nil
    let pinFile = cli.dir.url.appendingPathComponent("pin")
    try "135791\n".write(to: pinFile, atomically: true, encoding: .utf8)
    let note = try cli.run("--pin-file", pinFile.path, "note", id, "已电话联系")
    #expect(note.status == 0, "\(note.stderr)")
    let shown = try #require(
      try cli.json("--pin-file", pinFile.path, "show", id) as? [String: Any])
    let ops = try #require(shown["history"] as? [[String: Any]]).compactMap {
      $0["operator"] as? String
    }
    #expect(ops.first == "王主任")
    #expect(ops.last == "小张")
    // A name no operator has is refused, not recorded.
    let stranger = try cli.run("--operator", "张三", "--pin-file", pinFile.path, "note", id, "x")
    #expect(stranger.status == 3)
    #expect(stranger.stderr.contains("没有操作员“张三”"))
  }

  @Test func aWrongPINIsRefusedAndFiveWrongPINsMakeTheNextTryWait() throws {
    var (cli, _) = try Self.setUp()
    defer { cli.dir.remove() }
    cli.environment["SHUOSHI_OPERATOR"] = "小张"
    cli.environment["SHUOSHI_PIN"] = "000123"
    let first = try cli.run("list")
    #expect(first.status == 13)
    #expect(first.stderr.contains("“小张”的 PIN 或口令不对（再错 4 次后须等待）"))
    #expect(first.stdout.isEmpty)
    for _ in 2...5 { #expect(try cli.run("list").status == 13) }
    cli.environment["SHUOSHI_PIN"] = "135791"
    let waiting = try cli.run("list")
    #expect(waiting.status == 13)
    #expect(waiting.stderr.contains("“小张”输错次数过多，请"))
    #expect(waiting.stderr.contains("秒后再试"))
    // The others are not held up by 小张's wrong tries.
    cli.environment["SHUOSHI_OPERATOR"] = "王主任"
    cli.environment["SHUOSHI_PIN"] = "246810"
    let list = try cli.run("operator", "list")
    #expect(list.stdout.contains("小张\t网格员/楼栋长\tG1\t5"))
    #expect(try cli.run("list").status == 0)
  }

  @Test func withoutAPINThereIsNoSignInAndTheMessageSaysHow() throws {
    var (cli, _) = try Self.setUp()
    defer { cli.dir.remove() }
    cli.environment["SHUOSHI_PIN"] = nil
    let r = try cli.run("list")
    #expect(r.status == 2)
    #expect(r.stderr.contains("已启用操作员登录：请用 --operator 姓名 并设 $SHUOSHI_PIN 或 --pin-file 文件"))
    // Commands that read no data need no sign-in.
    #expect(try cli.run("triage", "--text", "楼上漏水").status == 0)
  }

  @Test func aGridWorkerIsRefusedARevealAndOperatorChangesWithTheRoleNamed() throws {
    var (cli, _) = try Self.setUp()
    defer { cli.dir.remove() }
    let id = idOf(
      try cli.run("add", "--resident", "王秀英", "--phone", "13812345678", "--text", "楼上漏水"))
    cli.environment["SHUOSHI_OPERATOR"] = "小张"
    cli.environment["SHUOSHI_PIN"] = "135791"
    let reveal = try cli.run("show", id, "--reveal")
    #expect(reveal.status == 12)
    #expect(reveal.stderr.contains("需要 社区干部 角色"))
    #expect(!reveal.stdout.contains("13812345678"))
    let void = try cli.run("void", id, "--reason", "重复登记")
    #expect(void.status == 12)
    #expect(void.stderr.contains("需要 片区/街道 角色"))
    cli.environment["SHUOSHI_NEW_PIN"] = "975310"
    let add = try cli.run("operator", "add", "小李", "--role", "unit")
    #expect(add.status == 12)
    #expect(add.stderr.contains("需要 片区/街道 角色"))
    let en = try cli.run("--lang", "en", "show", id, "--reveal")
    #expect(en.stderr.contains("needs the community cadre role"))
    // 王主任 (片区/街道) may.
    cli.environment["SHUOSHI_OPERATOR"] = "王主任"
    cli.environment["SHUOSHI_PIN"] = "246810"
    let shown = try cli.run("show", id, "--reveal")
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("13812345678"))
    #expect(try cli.run("operator", "remove", "小张").status == 0)
    #expect(!(try cli.run("operator", "list").stdout.contains("小张")))
  }

  @Test func anAuditorReadsButChangesNothing() throws {
    var (cli, _) = try Self.setUp()
    defer { cli.dir.remove() }
    let id = idOf(try cli.run("add", "--resident", "王秀英", "--text", "楼上漏水"))
    cli.environment["SHUOSHI_NEW_PIN"] = "864201"
    #expect(try cli.run("operator", "add", "审计员", "--role", "审计").status == 0)
    cli.environment["SHUOSHI_OPERATOR"] = "审计员"
    cli.environment["SHUOSHI_PIN"] = "864201"
    #expect(try cli.run("show", id).status == 0)
    #expect(try cli.run("verify").status == 0)
    let note = try cli.run("note", id, "看过了")
    #expect(note.status == 12)
    #expect(note.stderr.contains("需要 网格员/楼栋长 角色"))
    #expect(try cli.run("add", "--resident", "李四", "--text", "噪音").status == 12)
    // A receipt and the 台账 with names carry residents' names: refused, the role named.
    let receipt = try cli.run("receipt", id)
    #expect(receipt.status == 12 && receipt.stderr.contains("需要 网格员/楼栋长 角色"))
    #expect(!receipt.stdout.contains("王秀英"))
    let book = try cli.run("taizhang", "--month", "2026-11", "--with-names")
    #expect(book.status == 12 && book.stderr.contains("需要 社区干部 角色"))
    #expect(try cli.run("taizhang", "--month", "2026-11").status == 0)
  }

  @Test func passwdAndTheRecoveryKeySetANewPIN() throws {
    var (cli, recovery) = try Self.setUp()
    defer { cli.dir.remove() }
    cli.environment["SHUOSHI_NEW_PIN"] = "112358"
    let passwd = try cli.run("operator", "passwd")
    #expect(passwd.status == 0, "\(passwd.stderr)")
    #expect(passwd.stdout.contains("已更换 王主任 的 PIN"))
    #expect(try cli.run("list").status == 13)
    cli.environment["SHUOSHI_PIN"] = "112358"
    #expect(try cli.run("list").status == 0)
    cli.environment["SHUOSHI_RECOVERY_KEY"] = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
    cli.environment["SHUOSHI_NEW_PIN"] = "314159"
    let wrong = try cli.run("operator", "recover", "王主任")
    #expect(wrong.status == 13)
    #expect(wrong.stderr.contains("恢复密钥不对"))
    cli.environment["SHUOSHI_RECOVERY_KEY"] = recovery.lowercased()
    let recovered = try cli.run("operator", "recover", "王主任")
    #expect(recovered.status == 0, "\(recovered.stderr)")
    cli.environment["SHUOSHI_PIN"] = "314159"
    #expect(try cli.run("list").status == 0)
  }

  @Test func aDirectoryWithoutOperatorsKeepsTheFreeTextOperator() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let setup = try cli.run("--site", "HJ", "--operator", "王芳", "init", "--unit", "六堰社区")
    #expect(setup.status == 0)
    #expect(setup.stderr.contains("尚未启用操作员登录"))
    #expect(!FileManager.default.fileExists(atPath: cli.dataDir + "/keyring.json"))
    let id = idOf(try cli.run("--operator", "李四", "add", "--resident", "王秀英", "--text", "漏水"))
    let shown = try #require(try cli.json("show", id) as? [String: Any])
    let ops = try #require(shown["history"] as? [[String: Any]]).compactMap {
      $0["operator"] as? String
    }
    #expect(ops.first == "李四")
  }
}
