import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore
@testable import ShuoshiStore

/// Issue 12, finding 3: names, grievances, addresses and operators carrying ESC/OSC 52/BEL/CR,
/// C1 CSI and U+202E reached the terminal raw. Today's entry points refuse them; a store written
/// before that (or by a peer) still holds them, and every text output shows them as visible
/// escapes while `--json` keeps the exact string.
@Suite("Terminal escapes through the shuoshi binary")
struct TerminalEscapeCLITests {
  /// OSC 0 (window title), OSC 52 (paste buffer: `rm -rf ~`), clear screen, a carriage return,
  /// a C1 CSI and a right-to-left override.
  static let hostile =
    "王\u{1B}]0;pwned\u{07}\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}[2J\r\u{9B}31m秀\u{202E}英"

  /// No byte or scalar a terminal would act on.
  func expectSafe(_ out: String, _ what: String, visible: Bool = true) {
    let bad = out.unicodeScalars.filter {
      [0x1B, 0x07, 0x0D, 0x9B, 0x202E].contains($0.value)
    }
    #expect(bad.isEmpty, "\(what) emitted \(bad.map { String($0.value, radix: 16) })")
    if visible { #expect(out.contains("\\e"), "\(what) shows no visible escape") }
  }

  @Test func addAndRegisterImportRefuseEscapes() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    let add = try cli.run("add", "--resident", Self.hostile, "--text", "楼上漏水")
    #expect(add.status == 4)
    #expect(add.stderr.contains("“姓名”含有控制字符 U+001B，不能保存"))
    expectSafe(add.stderr, "add refusal", visible: false)
    let text = try cli.run("add", "--resident", "王秀英", "--text", "漏水\u{1B}]52;c;eA==\u{07}")
    #expect(text.status == 4)
    #expect(text.stderr.contains("诉求内容"))
    var en = cli
    en.lang = "en_US.UTF-8"
    let address = try en.run(
      "add", "--resident", "王秀英", "--address", "六堰社区\u{9B}2J", "--text", "漏水")
    #expect(address.status == 4)
    #expect(address.stderr.contains("address contains the control character U+009B"))
    #expect(try (cli.json("list") as! [Any]).isEmpty)

    let csv = cli.dir.url.appendingPathComponent("people.csv")
    try Data("姓名,电话,角色\n张三,13900000001,党员志愿者\n\"李\u{1B}]0;x\u{07}四\",13900000002,党员志愿者\n".utf8)
      .write(to: csv)
    let imported = try cli.run("import", "people", csv.path)
    #expect(imported.status == 10)
    #expect(imported.stderr.contains("\(csv.path):3: “姓名”一栏含有控制字符 U+001B"))
    expectSafe(imported.stderr, "import refusal", visible: false)
    #expect(try (cli.json("people") as! [Any]).isEmpty)

    let session = try cli.run("session", "open", "--place", "六堰社区\u{1B}]0;x\u{07}")
    #expect(session.status == 4)
    #expect(session.stderr.contains("“地点”含有控制字符 U+001B，不能保存"))
    #expect(
      try en.run("session", "open", "--staff", "王芳\u{07}").stderr.contains(
        "staff contains the control character U+0007"))
    #expect(try cli.run("session", "list").stdout.contains("还没有说事场次"))

    // The operator is stamped on every event: refused wherever it comes from.
    let op = try cli.run(
      "--operator", "王\u{1B}]0;x\u{07}", "add", "--resident", "王", "--text", "漏水")
    #expect(op.status == 2)
    #expect(op.stderr.contains("“值班人员”含有控制字符 U+001B，不能保存"))
    var user = cli
    user.environment["USER"] = "evil\u{1B}[2J"
    #expect(try user.run("list").stderr.contains("值班人员"))
    #expect(try (cli.json("list") as! [Any]).isEmpty)
  }

  @Test func storedEscapesAreShownNotObeyedAndJSONStaysExact() throws {
    let cli = CLIRunner()
    defer { cli.dir.remove() }
    for (kind, file) in [("units", "units.csv"), ("grids", "grids.csv")] {
      #expect(try cli.run("import", kind, RegisterFixtureFiles.url(file).path).status == 0)
    }
    let id = try writeOldStore(cli)
    let h = Self.hostile

    // JSON is exact: the stored string, escaped by JSON itself.
    let shown = try cli.json("show", id) as! [String: Any]
    #expect((shown["resident"] as? [String: Any])?["name"] as? String == h)
    #expect((shown["text"] as? String)?.hasSuffix(h) == true)
    // …and its bytes are safe on a terminal: JSONEncoder leaves U+009B (a CSI) and U+202E raw.
    let raw = try cli.run("show", id, "--json")
    expectSafe(raw.stdout, "show --json", visible: false)
    #expect(raw.stdout.contains("\\u009b31m") && raw.stdout.contains("\\u202e"))
    let reportJSON = try cli.run("report", "--with-names", "--json")
    expectSafe(reportJSON.stdout, "report --json", visible: false)
    #expect(reportJSON.stdout.contains("\\u202e"))
    let listed = try cli.json("list") as! [[String: Any]]
    #expect((listed.first?["resident"] as? [String: Any])?["name"] as? String == h)

    let show = try cli.run("show", id)
    #expect(show.status == 0, "\(show.stderr)")
    expectSafe(show.stdout, "show")
    #expect(
      show.stdout.contains("王\\e]0;pwned\\x07\\e]52;c;cm0gLXJmIH4=\\x07\\e[2J\\r\\x9B31m秀⟨U+202E⟩英")
    )
    // The grievance body keeps its line break; the operator column shows the escape.
    #expect(show.stdout.contains("楼上漏水\n第二行"))
    var runs: [(String, [String])] = [
      ("list", ["list"]), ("household", ["household", "13812340000"]), ("people", ["people"]),
      ("session list", ["session", "list"]), ("receipt", ["receipt", id]),
      ("note (action output)", ["note", id, "已电话联系"]),
      ("report text", ["report", "--with-names"]),
      ("report md", ["report", "--with-names", "--format", "md"]),
    ]
    runs.append(("show --lang en", ["show", id, "--lang", "en"]))
    for (what, args) in runs {
      let r = try cli.run(args)
      #expect(r.status == 0, "\(what): \(r.stderr)")
      expectSafe(r.stdout, what)
      expectSafe(r.stderr, what + " (stderr)", visible: false)
    }
    // Files a worker may `cat`: the text receipt and the Markdown report.
    for (what, args, name) in [
      ("receipt --out", ["receipt", id, "--out", "r.txt"], "r.txt"),
      ("report md --out", ["report", "--with-names", "--format", "md", "--out", "r.md"], "r.md"),
    ] {
      #expect(try cli.run(args).status == 0, "\(what)")
      let written = try String(
        contentsOf: cli.dir.url.appendingPathComponent(name), encoding: .utf8)
      expectSafe(written, what)
    }
  }

  /// A case, a household, a person and a booth session holding `hostile`, written below
  /// today's checks, as a store from before them (or a peer's events) holds it. The operator
  /// of every event is hostile too. Returns the case id.
  func writeOldStore(_ cli: CLIRunner) throws -> String {
    let h = Self.hostile
    let store = try CaseStore.open(
      DataDirectory(url: URL(fileURLWithPath: cli.dataDir)), siteCode: "SS")
    let engine = EngineFixture.engine
    let now = EngineFixture.at("2026-11-28 09:00")
    let actor = Actor(h)
    return try store.write { db in
      let opening = BoothSession.openingData(
        day: CivilDate(2026, 11, 28), place: "六堰社区" + h, staff: [h])
      _ = try EventLog.append(
        [EventDraft(.sessionOpened, opening)], entity: UUID(), device: store.info.deviceID,
        by: actor, at: now, db)
      for (kind, values) in [
        (
          RegisterFileKind.households,
          ["unit": "六堰社区", "address": "3栋2单元888", "name": h, "phone": "13812340000", "note": h]
        ),
        (.people, ["name": h, "phone": "13912340000", "role": "党员志愿者"]),
      ] {
        let table = ImportTable(
          kind: kind, file: "old.csv", rows: [ImportRow(line: 2, values: values)],
          ignoredHeaders: [])
        let plan = try CaseStore.plan(table, snapshot: try RegisterRecords.snapshot(db))
        try store.appendRegister(plan.changes.map { ($0.entity, $0.draft) }, by: actor, at: now, db)
      }
      let id = try CaseIDs.next(site: "SS", laptop: nil, day: CivilDate(2026, 11, 28), in: db)
      var drafts = try engine.intake(
        Intake(
          resident: Resident(name: "王秀英", phone: "13812340000"), otherParties: ["对方"],
          text: "楼上漏水", receivedAt: now), caseID: id)
      drafts[0].data.resident = Resident(
        name: h, phone: "13812340000", address: "六堰社区3栋2单元888" + h)
      drafts[0].data.otherParties = [h]
      drafts[0].data.text = "楼上漏水\n第二行" + h
      let c = try store.append(
        drafts, to: UUID(), existing: nil, history: [], by: actor, at: now, db)
      var assign = try engine.decide(
        .assign(to: "张德明", note: "x"), on: c, history: [], now: now)
      assign[0].data.assignee = h
      assign[0].data.reason = h
      var history = try EventRow.history(of: c.uuid, in: db)
      let assigned = try store.append(
        assign, to: c.uuid, existing: c, history: history, by: actor, at: now, db)
      // Handed up to the street: the report lists it with the resident's name.
      history = try EventRow.history(of: c.uuid, in: db)
      var handUp = try engine.decide(
        .retier(.street, reason: "x"), on: assigned, history: history, now: now)
      handUp[0].data.reason = h
      _ = try store.append(
        handUp, to: c.uuid, existing: assigned, history: history, by: actor, at: now, db)
      return id
    }
  }
}
