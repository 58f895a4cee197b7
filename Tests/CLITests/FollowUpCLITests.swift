import Foundation
import Testing

@Suite("shuoshi follow-up")
struct FollowUpCLITests {
  @Test func followUpWithJSONAndChineseValues() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大")
    let id = "SS-20261128-001"
    let resolved = try cli.json("resolve", id, "--summary", "已调解") as! [String: Any]
    // Resolved on Saturday 11-28: the 回访 is due by the end of Monday.
    #expect(resolved["follow_up_due"] as? String == "2026-11-30T23:59:59+08:00")
    #expect(resolved["follow_up_attempts"] as? Int == 0)

    let missed =
      try cli.json("follow-up", id, "--method", "电话", "--reached", "no")
      as! [String: Any]
    #expect(missed["follow_up_attempts"] as? Int == 1)
    #expect(missed["state"] as? String == "resolved")
    let last = (missed["history"] as! [[String: Any]]).last!
    #expect(last["type"] as? String == "followed_up")
    #expect(last["summary"] as? String == "回访（电话）：未联系上")

    let redo =
      try cli.json(
        "follow-up", id, "--method", "visit", "--reached", "yes", "--solved", "未解决",
        "--satisfaction", "basic", "--words", "晚上还是吵，电话13812345678") as! [String: Any]
    #expect(redo["state"] as? String == "new")
    #expect(redo["tier"] as? String == "residence")
    #expect(redo["follow_up_result"] as? String == "unsolved")
    let types = (redo["history"] as! [[String: Any]]).compactMap { $0["type"] as? String }
    #expect(types.suffix(3) == ["followed_up", "reopened", "escalated"])
    // The resident's words are personal: masked in JSON like every personal text.
    let words = (redo["history"] as! [[String: Any]]).compactMap {
      ($0["data"] as? [String: Any])?["reason"] as? String
    }
    #expect(words.contains("晚上还是吵，电话138****5678"))
  }

  @Test func badFollowUpsAreRefusedClearly() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大")
    let id = "SS-20261128-001"
    let open = try cli.run("follow-up", id, "--method", "phone", "--reached", "no")
    #expect(open.status == 4)
    #expect(open.stderr.contains("不能回访"))
    try cli.run("resolve", id, "--summary", "已调解")
    let badMethod = try cli.run("follow-up", id, "--method", "fax", "--reached", "no")
    #expect(badMethod.status == 2)
    #expect(badMethod.stderr.contains("无效回访方式"))
    let noAnswers = try cli.run("follow-up", id, "--method", "phone", "--reached", "yes")
    #expect(noAnswers.status == 4)
    #expect(noAnswers.stderr.contains("须记录是否解决和满意度"))
    let english = try cli.run(
      "follow-up", id, "--method", "phone", "--reached", "yes", "--solved", "solved", "--lang",
      "en")
    #expect(english.stderr.contains("needs both answers"))
    let done = try cli.run(
      "follow-up", id, "--method", "walk-in", "--reached", "yes", "--solved", "solved",
      "--satisfaction", "满意")
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout.contains("已办结") || done.stdout.contains("已关闭"))
  }

  @Test func listFollowUpShowsWhatIsDue() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    for text in ["楼上噪音太大", "楼道灯坏了", "垃圾没人清"] {
      try cli.run("add", "--resident", "李四", "--text", text)
    }
    try cli.run("resolve", "SS-20261128-001", "--summary", "已调解")
    try cli.run("resolve", "SS-20261128-002", "--summary", "已修好")
    try cli.run("rate", "SS-20261128-002", "满意")
    let due = try cli.json("list", "--follow-up") as! [[String: Any]]
    #expect(due.compactMap { $0["id"] as? String } == ["SS-20261128-001"])
  }
}
