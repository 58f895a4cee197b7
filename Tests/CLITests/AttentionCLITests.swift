import Foundation
import Testing

/// `shuoshi list` with the console's views and attention order.
@Suite("list --late / --due-soon / --escalated / --attention")
struct AttentionCLITests {
  @Test func theViewsAndTheOrderAreTheConsoles() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    cli.now = "2026-11-16T09:00:00+08:00"
    let old = try cli.run(
      "add", "--resident", "李建国", "--phone", "13987654321", "--text", "小区门口路灯坏了一个多月")
    #expect(old.status == 0, "\(old.stderr)")
    cli.now = "2026-11-28T09:00:00+08:00"
    let risk = try cli.run(
      "add", "--resident", "孙玉兰", "--phone", "13600004444", "--text", "楼道里有人堆放电动车电池充电，有起火危险")
    #expect(risk.status == 0, "\(risk.stderr)")
    let plain = try cli.run(
      "add", "--resident", "赵金花", "--phone", "15900001111", "--text", "邻居家狗半夜叫")
    #expect(plain.status == 0, "\(plain.stderr)")
    cli.now = "2026-11-28T10:00:00+08:00"
    func ids(_ args: String...) throws -> [String] {
      let r = try cli.run(["list", "--json"] + args)
      #expect(r.status == 0, "\(r.stderr)")
      let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
      return rows.compactMap { $0["id"] as? String }
    }
    let oldID = old.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let riskID = risk.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let plainID = plain.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    // Newest first by default; late, then urgent, then the rest with --attention.
    #expect(try ids() == [plainID, riskID, oldID])
    #expect(try ids("--attention") == [oldID, riskID, plainID])
    #expect(try ids("--late") == [oldID])
    #expect(try ids("--due-soon").contains(riskID))
    #expect(try ids("--escalated") == [])
  }
}
