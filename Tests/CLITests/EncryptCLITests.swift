import Foundation
import Testing

/// `shuoshi encrypt` and an encrypted data directory through the binary (issue 16), with the
/// interim key file (`SHUOSHI_DATA_KEY_FILE`).
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
    #expect(noKey.status == 2 && noKey.stderr.contains("SHUOSHI_DATA_KEY_FILE"))

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
}
