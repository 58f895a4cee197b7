import Foundation
import Testing

/// `shuoshi hub enroll` and `shuoshi sync --hub` through the binary, where no hub is needed:
/// the hub's own tests (ShuoshiHubTests) run the exchange against a real one.
@Suite("The street hub's laptop commands through the shuoshi binary")
struct HubCLITests {
  @Test func syncWithoutEnrolmentSaysHowToEnrolAndChangesNothing() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    let added = try a.run(
      "--site", "HJ", "add", "--resident", "王大妈", "--phone", "13812345678", "--text", "楼道灯坏了")
    #expect(added.status == 0, "\(added.stderr)")
    let out = try a.run("sync", "--hub")
    #expect(out.status != 0)
    #expect(out.stderr.contains("shuoshi hub enroll"))
    let en = try a.run("--lang", "en", "sync", "--hub")
    #expect(en.stderr.contains("not enrolled"))
  }

  @Test func enrollingWithNoHubListeningFailsClearlyAndStoresNoToken() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    _ = try a.run(
      "--site", "HJ", "add", "--resident", "王大妈", "--phone", "13812345678", "--text", "漏水")
    // Port 9 (discard) on this machine: nothing listens there.
    let out = try a.run("hub", "enroll", "http://127.0.0.1:9", "--code", "1234-5678-9012")
    #expect(out.status == 6, "\(out.stderr)")
    #expect(out.stderr.contains("连不上街道枢纽"))
    #expect(!FileManager.default.fileExists(atPath: a.dataDir + "/hub.json"))
    let bad = try a.run("hub", "enroll", "ftp://x", "--code", "1")
    #expect(bad.status != 0)
  }

  @Test func enrollingOverHTTPSNeedsAWellFormedPinAndStoresNothingWithout() throws {
    let a = CLIRunner()
    defer { a.dir.remove() }
    _ = try a.run(
      "--site", "HJ", "add", "--resident", "王大妈", "--phone", "13812345678", "--text", "漏水")
    let bare = try a.run("hub", "enroll", "https://127.0.0.1:9", "--code", "1234-5678-9012")
    #expect(bare.status == 2, "\(bare.stderr)")
    #expect(bare.stderr.contains("--pin sha256//"))
    let bad = try a.run(
      "hub", "enroll", "https://127.0.0.1:9", "--code", "1234-5678-9012", "--pin", "sha256//abc")
    #expect(bad.status == 2, "\(bad.stderr)")
    #expect(bad.stderr.contains("证书指纹格式不对"))
    let overHTTP = try a.run(
      "--lang", "en", "hub", "enroll", "http://127.0.0.1:9", "--code", "1234-5678-9012", "--pin",
      Self.pin)
    #expect(overHTTP.status == 2, "\(overHTTP.stderr)")
    #expect(overHTTP.stderr.contains("not an https:// address"))
    // Well formed, in hex groups; nothing listens on port 9.
    let grouped = try a.run(
      "hub", "enroll", "https://127.0.0.1:9", "--code", "1234-5678-9012", "--pin",
      String(repeating: "ab12-", count: 15) + "ab12")
    #expect(grouped.status == 6, "\(grouped.stderr)")
    #expect(!FileManager.default.fileExists(atPath: a.dataDir + "/hub.json"))
    // A new pin needs an enrolment to change.
    let repin = try a.run("hub", "pin", Self.pin)
    #expect(repin.status != 0)
    #expect(repin.stderr.contains("shuoshi hub enroll"))
  }

  static let pin = "sha256//" + Data(repeating: 1, count: 32).base64EncodedString()
}
