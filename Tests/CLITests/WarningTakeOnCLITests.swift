import Foundation
import Testing

/// `shuoshi warnings take-on`: the warning's three cases become one group case at the 村居, in
/// both languages and with `--json`; a second take-on is refused with exit 4.
@Suite("shuoshi warnings take-on")
struct WarningTakeOnCLITests {
  @Test func takeOnFormsTheGroupCaseAndASecondIsRefused() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try WarningCLITests().threeHouseholds(cli)
    let all = try cli.json("warnings", "list") as! [[String: Any]]
    let id = try #require(all.first?["id"] as? String)
    let taken = try cli.json("warnings", "take-on", id) as! [String: Any]
    #expect(taken["state"] as? String == "taken_on")
    let group = try #require(taken["group_case"] as? String)
    let shown = try cli.run("group", "show", group)
    #expect(shown.status == 0 && shown.stdout.contains("子案 3 件"), "\(shown.stdout)")
    let again = try cli.run("warnings", "take-on", id, "--lang", "en")
    #expect(again.status == 4)
    #expect(again.stderr.contains("taken on"), "\(again.stderr)")
    #expect(try cli.run("warnings", "take-on", "ffff").status == 3)
    #expect(try cli.run("warnings").stdout.contains("没有待处理的预警"))
  }
}
