import Foundation
import Testing

/// `shuoshi calendar show|import`, the provisional note and `check-config`.
@Suite("shuoshi calendar")
struct CalendarCLITests {
  func write(_ text: String, _ cli: CLIRunner, name: String = "notice.txt") -> String {
    let path = cli.dir.url.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  @Test func showsTheShippedYears() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let y2027 = try cli.json("calendar", "show", "2027") as! [String: Any]
    #expect(y2027["provisional"] as? Bool == true)
    #expect(y2027["holiday_count"] as? Int == 13)
    #expect(y2027["workday_count"] as? Int == 0)
    let first = (y2027["holidays"] as! [[String: Any]]).first
    #expect(first?["name"] as? String == "元旦")
    #expect(first?["from"] as? String == "2027-01-01")
    let y2026 = try cli.json("calendar", "show", "2026") as! [String: Any]
    #expect(y2026["provisional"] as? Bool == false)
    #expect((y2026["workdays"] as! [[String: Any]]).first?["for"] as? String == "元旦")

    let text = try cli.run("calendar", "show", "2027")
    #expect(text.status == 0)
    #expect(text.stdout.contains("2027 年工作日历（暂定"))
    #expect(text.stdout.contains("春节  2027-02-05 周五 至 2027-02-08 周一（4 天）"))
    let missing = try cli.run("calendar", "show", "2031")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("没有 2031 年的工作日历"))
  }

  @Test func importsANoticeIntoTheUserFolder() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let notice = write(
      """
      # 2027 年部分节假日安排（示例）
      2027-01-01 至 2027-01-03 休 元旦
      2027-02-05 至 2027-02-11 休 春节
      2027-01-31 班 春节
      2月20日 班 春节
      """, cli)
    let imported = try cli.run("calendar", "import", notice)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("已导入 2027 年工作日历：放假 10 天，调休上班 2 天"))
    #expect(imported.stdout.contains("取代了 暂定日历"))
    let target = cli.dir.url.appendingPathComponent("config/shuoshi/data/calendar/2027.yaml")
    #expect(FileManager.default.fileExists(atPath: target.path))
    let shown = try cli.json("calendar", "show", "2027") as! [String: Any]
    #expect(shown["provisional"] as? Bool == false)
    #expect(shown["file"] as? String == target.path)
    #expect(shown["workday_count"] as? Int == 2)
    // check-config reads it as an official year.
    let check = try cli.run("check-config")
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("2027 年：节假日 10 天，调休上班 2 天"))
    // Importing again needs --force.
    let again = try cli.run("calendar", "import", notice)
    #expect(again.status == 6)
    let forced = try cli.run("calendar", "import", notice, "--force")
    #expect(forced.status == 0, "\(forced.stderr)")
  }

  @Test func anOfficialYearNeedsForce() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let notice = write("1月1日 休 元旦\n", cli)
    let refused = try cli.run("calendar", "import", notice, "--year", "2026")
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("2026 年已有正式日历"))
    let forced = try cli.run("calendar", "import", notice, "--year", "2026", "--force")
    #expect(forced.status == 0, "\(forced.stderr)")
  }

  @Test func badLinesAreRefusedWithTheirNumbers() throws {
    var cli = CLIRunner()
    defer { cli.dir.remove() }
    let notice = write(
      """
      2027-01-01 休 元旦
      元旦放假一天
      2027-01-04 班
      """, cli)
    let zh = try cli.run("calendar", "import", notice)
    #expect(zh.status == 7)
    #expect(zh.stderr.contains("notice.txt:2: 看不懂这一行"))
    #expect(zh.stderr.contains("notice.txt:3: 调休上班日 2027-01-04 不是周六或周日"))
    #expect(zh.stderr.contains("未导入任何内容"))
    #expect(zh.stdout.isEmpty)
    cli.lang = "en_US.UTF-8"
    let en = try cli.run("calendar", "import", notice)
    #expect(en.status == 7)
    #expect(en.stderr.contains("notice.txt:2: cannot read this line"))
    let target = cli.dir.url.appendingPathComponent("config/shuoshi/data/calendar/2027.yaml")
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  @Test func aProvisionalYearIsNotedOnceWhereDeadlinesAreComputed() throws {
    var cli = CLIRunner()
    cli.now = "2026-12-29T10:00:00+08:00"
    defer { cli.dir.remove() }
    let add = try cli.run("add", "--resident", "李四", "--text", "楼上噪音太大")
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stderr.components(separatedBy: "2027 年工作日历为暂定").count == 2)
    let list = try cli.json("list") as! [[String: Any]]
    // Household 3 working days: Wed 30, Thu 31, then 元旦 is off → Monday 2027-01-04.
    #expect(list.first?["deadline"] as? String == "2027-01-04T23:59:59+08:00")
    let listed = try cli.run("list")
    #expect(!listed.stderr.contains("暂定"))
    let check = try cli.run("check-config")
    #expect(check.stdout.contains("2027 年（暂定）：节假日 13 天，调休上班 0 天"))
    #expect(check.stdout.contains("! 2027 年工作日历为暂定"))
  }
}
