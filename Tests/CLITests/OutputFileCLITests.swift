import Foundation
import Testing

/// Commands that write a file the user names (`sync export --to`, `receipt --out`,
/// `report --out`) never delete or change an existing file without `--force` (issue 12,
/// finding 4), and a new bundle passphrase has a minimum (finding 7).
@Suite("Output files and new passphrases through the shuoshi binary")
struct OutputFileCLITests {
  func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  @Test func exportToAnExistingFileIsRefusedUnlessForced() throws {
    var a = CLIRunner()
    defer { a.dir.remove() }
    a.environment["SHUOSHI_PASSPHRASE"] = "门口的老槐树"
    try a.run("add", "--resident", "李四", "--text", "噪音")
    let target = a.dir.url.appendingPathComponent("thesis.docx").path
    let original = Data("a worker's own document, not a bundle\n".utf8)
    try original.write(to: URL(fileURLWithPath: target))

    let zh = try a.run("sync", "export", "--to", target)
    #expect(zh.status == 6)
    #expect(zh.stderr.contains("已存在") && zh.stderr.contains("--force"), "\(zh.stderr)")
    #expect(try bytes(target) == original)
    let en = try a.run("--lang", "en", "sync", "export", "--to", target)
    #expect(en.status == 6 && en.stderr.contains("already exists"))
    #expect(try bytes(target) == original)
    let names = try FileManager.default.contentsOfDirectory(atPath: a.dir.path)
    #expect(!names.contains { $0.hasSuffix(".tmp") || $0.hasSuffix(".part") }, "\(names)")

    let forced = try a.run("sync", "export", "--to", target, "--force")
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try bytes(target) != original)
    var b = CLIRunner()
    defer { b.dir.remove() }
    b.environment["SHUOSHI_PASSPHRASE"] = "门口的老槐树"
    #expect(try b.run("sync", "import", target).status == 0)
  }

  @Test func receiptAndReportOutRefuseAnExistingFile() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    let id = try a.run("add", "--resident", "李四", "--text", "噪音").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let out = a.dir.url.appendingPathComponent("keep.html").path
    try Data("mine".utf8).write(to: URL(fileURLWithPath: out))
    let receipt = try a.run("receipt", id, "--format", "html", "--out", out)
    #expect(receipt.status == 6 && receipt.stderr.contains("已存在"))
    let report = try a.run("report", "--format", "html", "--out", out)
    #expect(report.status == 6 && report.stderr.contains("已存在"))
    #expect(try bytes(out) == Data("mine".utf8))
    #expect(try a.run("receipt", id, "--format", "html", "--out", out, "--force").status == 0)
    #expect(try String(contentsOfFile: out, encoding: .utf8).contains(id))
  }

  @Test func aNewPassphraseHasAMinimum() throws {
    var a = CLIRunner()
    defer { a.dir.remove() }
    try a.run("add", "--resident", "李四", "--text", "噪音")
    let bundle = a.dir.url.appendingPathComponent("a.ssb").path
    for weak in ["1", "abc1234", "aaaaaaaaaaaa", "口令"] {
      a.environment["SHUOSHI_PASSPHRASE"] = weak
      let r = try a.run("sync", "export", "--to", bundle)
      #expect(r.status == 2, "\(weak): \(r.stderr)")
      #expect(r.stderr.contains("口令太短"))
      #expect(!FileManager.default.fileExists(atPath: bundle))
    }
    a.environment["SHUOSHI_PASSPHRASE"] = "1"
    #expect(try a.run("--lang", "en", "sync", "export", "--to", bundle).stderr.contains("too weak"))
    for strong in ["abcd1234", "老槐树下"] {
      a.environment["SHUOSHI_PASSPHRASE"] = strong
      #expect(try a.run("sync", "export", "--to", bundle, "--force").status == 0, "\(strong)")
    }
  }
}
