import Foundation
import Testing

@Suite("The ledger through the shuoshi binary")
struct LedgerCLITests {
  func idOf(_ r: CLIRunner.Result) -> String {
    r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func syncExportImportWithPassphraseFile() throws {
    let a = CLIRunner()
    let b = CLIRunner()
    defer { a.dir.remove(); b.dir.remove() }
    let id = idOf(
      try a.run(
        "--site", "HJ", "add", "--resident", "欧阳秀兰", "--phone", "13812345678", "--text", "楼上漏水"))
    let pass = a.dir.url.appendingPathComponent("pass.txt")
    try "门口的老槐树\n".write(to: pass, atomically: true, encoding: .utf8)
    let bundle = a.dir.url.appendingPathComponent("a.ssb").path
    let out = try a.run(
      "sync", "export", "--to", bundle, "--passphrase-file", pass.path, "--since-last-export-to",
      "office")
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout.contains("已加密"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: bundle)).range(of: Data("欧阳秀兰".utf8)) == nil)

    let imported = try b.run("sync", "import", bundle, "--passphrase-file", pass.path)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("已导入 2 条新记录"))
    #expect(imported.stdout.contains("校验通过"))
    let again = try b.run("sync", "import", bundle, "--passphrase-file", pass.path)
    #expect(again.stdout.contains("未做任何改动"))
    let list = try b.json("list") as! [[String: Any]]
    #expect(list.map { $0["id"] as? String } == [id])
    let peers = try a.run("sync", "peers")
    #expect(peers.stdout.contains("office"))
  }

  @Test func wrongPassphraseIsAClearErrorInBothLanguages() throws {
    var a = CLIRunner()
    defer { a.dir.remove() }
    try a.run("add", "--resident", "李四", "--text", "噪音")
    let bundle = a.dir.url.appendingPathComponent("a.ssb").path
    a.environment["SHUOSHI_PASSPHRASE"] = "正确的口令"
    #expect(try a.run("sync", "export", "--to", bundle).status == 0)
    var b = CLIRunner()
    defer { b.dir.remove() }
    b.environment["SHUOSHI_PASSPHRASE"] = "错误的口令"
    let zh = try b.run("sync", "import", bundle)
    #expect(zh.status == 8)
    #expect(zh.stderr.contains("口令不对") && zh.stderr.contains("未导入任何内容"))
    let en = try b.run("--lang", "en", "sync", "import", bundle)
    #expect(en.status == 8)
    #expect(en.stderr.contains("wrong passphrase") && en.stderr.contains("nothing imported"))
    let none = try b.run("--lang", "en", "list")
    #expect(none.stdout.contains("no matching cases"))
  }

  @Test func noEncryptWarns() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    try a.run("add", "--resident", "李四", "--text", "噪音")
    let r = try a.run(
      "sync", "export", "--to", a.dir.url.appendingPathComponent("plain.ssb").path, "--no-encrypt")
    #expect(r.status == 0)
    #expect(r.stderr.contains("未加密") && r.stdout.contains("未加密"))
  }

  /// Regression (#12 finding 2): an unencrypted bundle was imported without a word. Now it
  /// is refused (exit 8) unless --allow-unencrypted is given, and then the import says so.
  @Test func unencryptedImportNeedsTheFlagAndSaysSo() throws {
    let a = CLIRunner()
    let b = CLIRunner()
    defer { a.dir.remove(); b.dir.remove() }
    try a.run("add", "--resident", "李四", "--text", "噪音")
    let plain = a.dir.url.appendingPathComponent("plain.ssb").path
    #expect(try a.run("sync", "export", "--to", plain, "--no-encrypt").status == 0)
    let zh = try b.run("sync", "import", plain)
    #expect(zh.status == 8)
    #expect(zh.stderr.contains("未加密") && zh.stderr.contains("--allow-unencrypted"))
    #expect(zh.stderr.contains("未导入任何内容"))
    let en = try b.run("--lang", "en", "sync", "import", plain)
    #expect(en.status == 8 && en.stderr.contains("not encrypted"))
    #expect(try b.run("--lang", "en", "list").stdout.contains("no matching cases"))
    let taken = try b.run("sync", "import", plain, "--allow-unencrypted")
    #expect(taken.status == 0, "\(taken.stderr)")
    #expect(taken.stdout.contains("未加密") && taken.stdout.contains("已导入"))
    let again = try b.run("--lang", "en", "sync", "import", plain, "--allow-unencrypted")
    #expect(again.status == 0 && again.stdout.contains("not encrypted"))
    let json = try b.json("sync", "import", plain, "--allow-unencrypted") as! [String: Any]
    #expect(json["encrypted"] as? Bool == false)
  }

  /// The skew rule through the binary: a laptop whose clock runs 30 hours ahead is refused
  /// with its device and the time it claims; a setting of 48 hours takes its bundle.
  @Test func aBundleFromAClockFarAheadIsRefusedAndTheSkewIsASetting() throws {
    var a = CLIRunner()
    var b = CLIRunner()
    defer { a.dir.remove(); b.dir.remove() }
    a.now = "2026-11-29T16:00:00+08:00"  // b's clock reads 2026-11-28 10:00
    a.environment["SHUOSHI_PASSPHRASE"] = "正确的口令 42"
    b.environment["SHUOSHI_PASSPHRASE"] = "正确的口令 42"
    try a.run("add", "--resident", "李四", "--text", "噪音")
    let bundle = a.dir.url.appendingPathComponent("a.ssb").path
    #expect(try a.run("sync", "export", "--to", bundle).status == 0)
    let refused = try b.run("sync", "import", bundle)
    #expect(refused.status == 8)
    #expect(refused.stderr.contains("超前 24 小时以上") && refused.stderr.contains("2026-11-29T08:00"))
    #expect(refused.stderr.contains("未导入任何内容"))
    let config = b.dir.url.appendingPathComponent("config/shuoshi")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "bundle_clock_skew_hours: 48\n".write(
      to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    let taken = try b.run("sync", "import", bundle)
    #expect(taken.status == 0, "\(taken.stderr)")
    #expect(taken.stdout.contains("快约 30 小时"))
  }

  @Test func revealIsAudited() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    let id = idOf(
      try a.run(
        "add", "--resident", "王秀英", "--phone", "13812345678", "--text", "身份证420302199001011234丢了"))
    let masked = try a.run("show", id)
    #expect(masked.stdout.contains("138****5678") && !masked.stdout.contains("13812345678"))
    #expect(masked.stdout.contains("420***********1234"))
    let json = try a.json("show", id) as! [String: Any]
    #expect(!String(describing: json).contains("13812345678"))
    let shown = try a.run("show", id, "--reveal")
    #expect(shown.stdout.contains("13812345678") && shown.stdout.contains("420302199001011234"))
    #expect(shown.stdout.contains("查看完整个人信息"))
    let history = (try a.json("show", id) as! [String: Any])["history"] as! [[String: Any]]
    #expect(history.last?["type"] as? String == "revealed")
  }

  @Test func verifyMergeAndEraseCommands() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    let first = idOf(
      try a.run("add", "--resident", "欧阳秀兰", "--phone", "13955556666", "--text", "楼上漏水"))
    let second = idOf(try a.run("add", "--resident", "张伟", "--text", "楼上漏水把天花板泡了"))
    let ok = try a.run("verify")
    #expect(ok.status == 0 && ok.stdout.contains("校验通过"))
    #expect(try a.run("conflicts").stdout.contains("没有待处理的冲突"))

    let merged = try a.run("merge-cases", first, second)
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect((try a.json("list") as! [[String: Any]]).count == 1)
    #expect(try a.run("show", first).stdout.contains("合并重复案件 \(second)"))
    #expect(try a.run("show", second).stdout.contains("已作为重复案件并入 \(first)"))
    #expect(try a.run("unmerge", second).status == 0)
    #expect((try a.json("list") as! [[String: Any]]).count == 2)

    let preview = try a.run("erase-resident", "--phone", "13955556666")
    #expect(
      preview.status == 0 && preview.stdout.contains("--yes") && preview.stdout.contains(first))
    #expect(try a.run("show", first).stdout.contains("欧阳秀兰"))
    let erased = try a.run("erase-resident", "--phone", "13955556666", "--yes")
    #expect(erased.status == 0, "\(erased.stderr)")
    #expect(!(try a.run("show", first).stdout.contains("欧阳秀兰")))
    #expect(try a.run("verify").status == 0)
    let db = try Data(contentsOf: URL(fileURLWithPath: a.dataDir + "/shuoshi.db"))
    #expect(db.range(of: Data("欧阳秀兰".utf8)) == nil)

    // Tampering behind shuoshi's back is found, and verify exits 9.
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('DROP TRIGGER events_no_update'); c.execute(\"UPDATE events SET operator='某人' WHERE kind='created'\"); c.commit()",
      a.dataDir + "/shuoshi.db",
    ]
    try p.run()
    p.waitUntilExit()
    let bad = try a.run("--lang", "en", "verify")
    #expect(bad.status == 9)
    #expect(bad.stdout.contains("was altered"))
  }
}
