import Foundation
import TestSupport
import Testing

/// The register's personal data through the binary (issue 12, finding 7): full phones only
/// with an audited `--reveal`.
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
}
