import Foundation
import TestSupport
import Testing

/// `shuoshi encrypt` and an encrypted data directory through the binary (issue 16): with the
/// signed-in operator's site key, and with a raw key file (`SHUOSHI_DATA_KEY_FILE`, for scripts).
@Suite("Encryption at rest through the shuoshi binary")
struct EncryptCLITests {
  func keyFile(in cli: CLIRunner, _ name: String = "data.key") throws -> String {
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255) }
    let path = cli.dir.url.appendingPathComponent(name).path
    try Data(Data(bytes).base64EncodedString().utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aPlainDirectoryIsEncryptedAndThenNeedsTheKey() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    let add = try cli.run(
      "add", "--resident", "慕容秋菊", "--phone", "13987654321", "--text", "小区门口占道经营")
    #expect(add.status == 0, "\(add.stderr)")
    let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

    let noKey = try cli.run("encrypt")
    #expect(noKey.status == 2 && noKey.stderr.contains("init --with-pin"))

    let key = try keyFile(in: cli)
    cli.environment["SHUOSHI_DATA_KEY_FILE"] = key
    let done = try cli.run("encrypt")
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout.contains("已加密数据目录：1 件案件"))
    #expect(done.stdout.contains("回收站"))
    for name in try FileManager.default.contentsOfDirectory(atPath: cli.dataDir) {
      let data = try Data(contentsOf: URL(fileURLWithPath: cli.dataDir + "/" + name))
      #expect(data.range(of: Data("慕容秋菊".utf8)) == nil, "\(name)")
      #expect(data.range(of: Data("13987654321".utf8)) == nil, "\(name)")
    }
    let shown = try cli.run("show", id)
    #expect(shown.status == 0 && shown.stdout.contains("慕容秋菊"), "\(shown.stderr)")

    cli.environment["SHUOSHI_DATA_KEY_FILE"] = nil
    let locked = try cli.run("show", id)
    #expect(locked.status == 7 && locked.stderr.contains("已加密，需要登录后才能打开"))
    cli.environment["SHUOSHI_DATA_KEY_FILE"] = try keyFile(in: cli, "other.key")
    let wrong = try cli.run("show", id)
    #expect(wrong.status == 7 && wrong.stderr.contains("密钥打不开数据目录"))
  }

  /// The key comes from signing in: the keyring's site key encrypts the directory, and then
  /// only an operator with their PIN opens it.
  @Test func theSignedInOperatorsKeyEncryptsAndOpensTheDirectory() throws {
    var (cli, _) = try OperatorCLITests.setUp()
    defer { cli.dir.remove() }
    let add = try cli.run(
      "add", "--resident", "慕容秋菊", "--phone", "13987654321", "--text", "小区门口占道经营")
    #expect(add.status == 0, "\(add.stderr)")
    let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let done = try cli.run("encrypt")
    #expect(done.status == 0, "\(done.stderr)")
    for name in try FileManager.default.contentsOfDirectory(atPath: cli.dataDir) {
      let data = try Data(contentsOf: URL(fileURLWithPath: cli.dataDir + "/" + name))
      #expect(data.range(of: Data("慕容秋菊".utf8)) == nil, "\(name)")
    }
    let shown = try cli.run("show", id)
    #expect(shown.status == 0 && shown.stdout.contains("慕容秋菊"), "\(shown.stderr)")
    cli.environment["SHUOSHI_PIN"] = "000000"
    let wrong = try cli.run("show", id)
    #expect(wrong.status == 13, "\(wrong.stderr)")
    #expect(!wrong.stdout.contains("慕容秋菊"))
  }

  /// The issue's grep test, through the binary: an encrypted directory filled by the demo
  /// street (the register imported from CSV, 2,000 cases through every step of the loop), a
  /// bundle imported from another laptop and a migration backup; then no name or phone of the
  /// register, no imported resident and no grievance words in any byte of any file under it,
  /// while the CLI reads them back.
  @Test func noMarkerInAnyFileOfAFilledEncryptedDirectory() throws {
    var a = CLIRunner()
    let b = CLIRunner()
    defer {
      a.dir.remove()
      b.dir.remove()
    }
    a.environment["SHUOSHI_DATA_KEY_FILE"] = try keyFile(in: a)
    let demo = try a.run("demo")
    #expect(demo.status == 0, "\(demo.stderr)")

    let imported = try b.run(
      "--site", "QX", "add", "--resident", "上官飞燕", "--phone", "13700001111",
      "--address", "滨江花园9栋1单元1101", "--text", "隔壁养狗夜里狂吠扰民")
    #expect(imported.status == 0, "\(imported.stderr)")
    let pass = b.dir.url.appendingPathComponent("pass.txt")
    try "门口的老槐树\n".write(to: pass, atomically: true, encoding: .utf8)
    let bundle = b.dir.url.appendingPathComponent("b.ssb").path
    #expect(try b.run("sync", "export", "--to", bundle, "--passphrase-file", pass.path).status == 0)
    let merged = try a.run("sync", "import", bundle, "--passphrase-file", pass.path)
    #expect(merged.status == 0, "\(merged.stderr)")

    let people = try String(
      contentsOf: EngineFixture.root.appendingPathComponent("data/demo/people.csv"), encoding: .utf8
    )
    var markers = ["上官飞燕", "13700001111", "滨江花园9栋", "养狗夜里狂吠"]
    for line in people.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      if fields.count > 1 {
        markers += [String(fields[0]), String(fields[1])].filter { $0.count >= 2 }
      }
    }
    let listed = try a.run("list", "--search", "上官飞燕")
    #expect(listed.status == 0 && listed.stdout.contains("上官飞燕"), "\(listed.stderr)")
    let walker = FileManager.default.enumerator(atPath: a.dataDir)
    var files = 0
    while let name = walker?.nextObject() as? String {
      let path = a.dataDir + "/" + name
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
        let data = FileManager.default.contents(atPath: path)
      else { continue }
      files += 1
      for m in markers where data.range(of: Data(m.utf8)) != nil {
        Issue.record("\(m) in clear in \(name)")
      }
    }
    #expect(files >= 2)
  }
}
