import Foundation
import TestSupport
import Testing

/// `shuoshi correct`, `void`, `restore`: one event each through the store's use case; a
/// refused value exits 4 with the engine's message and writes nothing; a bad `--field` is a
/// usage problem (2).
@Suite("Corrections and voiding from the command line")
struct CorrectCLITests {
  let id = "SS-20261128-001"

  func saved() throws -> CLIRunner {
    var cli = CLIRunner()
    cli.now = "2026-11-28T15:00:00+08:00"
    let add = try cli.run(
      "add", "--resident", "王大妈", "--phone", "13812345678", "--address", "六堰社区3栋2单元502",
      "--text", "楼道灯坏了", "--received-at", "2026-11-28T10:00:00+08:00")
    #expect(add.status == 0, "\(add.stderr)")
    return cli
  }

  @Test func aCorrectedPhoneIsShownMaskedWithTheHistoryLine() throws {
    let cli = try saved()
    defer { cli.dir.remove() }
    let r = try cli.run(
      "correct", id, "--field", "phone", "--to", "13900001234", "--reason", "登记时写错")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("更正电话：138****5678 → 139****1234：登记时写错\n\(id)  "))
    #expect(!r.stdout.contains("13900001234"))
    let shown = try cli.json("show", id) as! [String: Any]
    #expect((shown["resident"] as? [String: Any])?["phone"] as? String == "139****1234")
    let last = (shown["history"] as! [[String: Any]]).last!
    #expect(last["type"] as? String == "corrected")
    let data = last["data"] as! [String: Any]
    #expect(data["field"] as? String == "phone")
    #expect(data["before"] as? String == "138****5678" && data["after"] as? String == "139****1234")
    let text = try cli.run("show", id)
    #expect(text.stdout.contains("更正电话：138****5678 → 139****1234：登记时写错"))
  }

  @Test func correctJSONPrintsTheCorrectedCase() throws {
    let cli = try saved()
    defer { cli.dir.remove() }
    let c =
      try cli.json("correct", id, "--field", "name", "--to", "王秀英", "--reason", "听错了")
      as! [String: Any]
    #expect((c["resident"] as? [String: Any])?["name"] as? String == "王秀英")
    #expect(c["voided"] == nil)
  }

  @Test func refusedValuesExitNonZeroAndWriteNothing() throws {
    let cli = try saved()
    defer { cli.dir.remove() }
    let phone = try cli.run(
      "correct", id, "--field", "phone", "--to", "1397280123", "--reason", "写错")
    #expect(phone.status == 4)
    #expect(phone.stderr.contains("“电话”无效"))
    let day = try cli.run(
      "correct", id, "--field", "received-at", "--to", "2026-11-27 09:00", "--reason", "补录")
    #expect(day.status == 4)
    #expect(day.stderr.contains("登记时间只能在当天（2026-11-28）内更正"))
    let field = try cli.run("correct", id, "--field", "tier", "--to", "1", "--reason", "x")
    #expect(field.status == 2)
    #expect(field.stderr.contains("无法更正“tier”"))
    let noReason = try cli.run("correct", id, "--field", "name", "--to", "王秀英", "--reason", " ")
    #expect(noReason.status == 4)
    let shown = try cli.json("show", id) as! [String: Any]
    #expect((shown["history"] as! [[String: Any]]).count == 2)
    let english = try cli.run(
      "--lang", "en", "correct", id, "--field", "urgent", "--to", "maybe", "--reason", "x")
    #expect(english.status == 4 && english.stderr.contains("urgent must be yes or no"))
  }

  @Test func voidTakesTheCaseOutOfListsAndRestoreBringsItBack() throws {
    let cli = try saved()
    defer { cli.dir.remove() }
    let void = try cli.run("void", id, "--reason", "培训时录入的测试件")
    #expect(void.status == 0, "\(void.stderr)")
    #expect(void.stdout.contains("\(id) 已作废"))
    #expect(try (cli.json("list") as! [Any]).isEmpty)
    let voided = try cli.json("list", "--voided") as! [[String: Any]]
    #expect(voided.map { $0["id"] as? String } == [id])
    #expect(voided.first?["voided"] as? Bool == true)
    #expect(try cli.run("show", id).stdout.contains("（已作废，不计入队列和报表）"))
    let refused = try cli.run("resolve", id, "--summary", "办好了")
    #expect(refused.status == 4 && refused.stderr.contains("案件已作废，不能办结"))
    let again = try cli.run("void", id, "--reason", "再作废")
    #expect(again.status == 4)

    let restore = try cli.json("restore", id, "--reason", "不是测试件") as! [String: Any]
    #expect(restore["voided"] == nil)
    #expect(try (cli.json("list") as! [Any]).count == 1)
    #expect(try cli.run("restore", id, "--reason", "x").status == 4)
  }
}
