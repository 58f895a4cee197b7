import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The typed payloads against the log as it is written: every event of a demo store (register,
/// cases, dispatch, booth days, reveals, merges, an erasure) and its personal record decode as
/// `EventPayload` and encode back to the very bytes stored, which the hash chains cover.
@Suite("Event payloads on a real store")
struct EventPayloadStoreTests {
  let engine = EngineFixture.engine
  let actor = Actor("测试员")
  static let now = EngineFixture.at("2026-11-28 10:00")

  /// A store holding the demo register and 150 demo cases, plus one event of each kind the
  /// demo does not write.
  func demoStore(_ f: StoreFixture) throws -> CaseStore {
    let store = try f.open()
    let now = Self.now
    try DemoRegister.load(
      into: store, resources: Resources(roots: [EngineFixture.root]), by: Actor("导入"), now: now)
    _ = try DemoGenerator(caseCount: 150, seed: 11).generate(into: store, engine: engine, now: now)
    let later = now.addingTimeInterval(600)
    let a = try store.add(f.intake("楼上漏水，天花板泡了"), engine: engine, by: actor, now: later)
    let b = try store.add(f.intake("楼上漏水，又来了"), engine: engine, by: actor, now: later)
    let c = try store.add(
      f.intake("路灯坏了", name: "李大爷"), engine: engine, by: actor, now: later)
    _ = try store.perform(.note("电话已联系"), on: a.id, engine: engine, by: actor, now: later)
    _ = try store.perform(.undo, on: a.id, engine: engine, by: actor, now: later)
    _ = try store.reveal(a.id, by: actor, now: later)
    _ = try store.mergeCases(keep: a.id, duplicate: b.id, by: actor, now: later)
    _ = try store.unmerge(b.id, by: actor, now: later)
    _ = try store.eraseResident(.caseID(c.id), by: actor, now: later)
    let day = engine.calendar.civilDate(of: now)
    let booth = try store.openBoothDay(
      BoothDayRequest(day: day, place: "六堰社区党群服务中心", staff: ["王芳"]), by: actor, now: later)
    var override = f.intake("小区门口井盖松动", name: "赵阿姨")
    override.session = booth.session.uuid
    override.tier = .district
    override.overrideReason = "涉及市政设施"
    let d = try store.add(override, engine: engine, by: actor, now: later)
    for action: Action in [
      .assign(to: "刘书记", note: "请尽快联系"), .visit(note: "已到现场查看", minutes: 25),
      .retier(.residence, reason: "社区可以处理"), .escalate(.manual, note: "需要片区协调"),
      .resolve(summary: "已更换井盖", onSpot: false), .rate(.unsatisfied, comment: "还是会响"),
      .resolve(summary: "已加固", onSpot: false), .rate(.satisfied, comment: nil),
      .reopen(reason: "又松了"),
    ] {
      _ = try store.perform(action, on: d.id, engine: engine, by: actor, now: later)
    }
    // 更正, 作废, 恢复 (issue 15).
    _ = try store.correct(
      d.id, Correction(.phone, to: "13912345678", reason: "登记时写错一位"), engine: engine, by: actor,
      now: later)
    _ = try store.correct(
      d.id, Correction(.urgent, to: "是", reason: "井盖伤人风险"), engine: engine, by: actor, now: later)
    _ = try store.void(d.id, reason: "培训录入", engine: engine, by: actor, now: later)
    _ = try store.restore(d.id, reason: "是真实诉求", engine: engine, by: actor, now: later)
    _ = try store.closeSession(day: day, by: actor, now: later)
    return store
  }

  /// Every stored `data` text and personal body, with its kind.
  func storedTexts(_ store: CaseStore) throws -> [(kind: EventKind, text: String, personal: Bool)] {
    try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT e.kind, e.data, p.body FROM events e
          LEFT JOIN event_personal p ON p.event_uuid = e.uuid ORDER BY e.hlc, e.device, e.seq
          """
      ).flatMap { row -> [(kind: EventKind, text: String, personal: Bool)] in
        let kind = try #require(EventKind(rawValue: row[0]))
        let body: String? = row[2]
        return [(kind, row[1], false)] + (body.map { [(kind, $0, true)] } ?? [])
      }
    }
  }

  @Test func everyStoredEventRoundTripsByteForByte() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try demoStore(f)
    let texts = try storedTexts(store)
    var kinds = Set<EventKind>()
    for (kind, text, _) in texts {
      kinds.insert(kind)
      let payload = try EventPayload(kind: kind, json: text)
      #expect(payload.kind == kind)
      #expect(payload.json == text, "\(kind.rawValue): \(text)")
      // The typed view and the flat record agree.
      let flat = try EventJSON.decode(text)
      #expect(EventPayload(kind: kind, data: flat).data == flat, "\(kind.rawValue): \(text)")
    }
    // Personal fields survive the typed view: split again, an event gives its two texts back.
    for e in try store.pool.read({ db in try Row.fetchAll(db, sql: "\(EventRow.selectSQL)") })
      .map({ try EventRow.decodeStored($0) })
    where e.personal != nil {
      let full = EventPayload(kind: e.event.kind, data: e.fullEvent.data).data
      #expect(EventJSON.encode(full.withoutPersonal) == e.dataJSON)
      #expect(EventJSON.encode(full.personalPart) == e.personal?.body)
    }
    // Today's writers (typed payloads) write what the old ones (flat records) did: every
    // fixture text recorded from this same demo, less those naming random UUIDs, is here again
    // — once the one field resolutions gained since (`followUpDue`, when the 回访 falls due) is
    // set aside.
    let now = Set(
      try texts.map { text in
        var d = try EventJSON.decode(text.text)
        d.followUpDue = nil
        return EventJSON.encode(d)
      })
    let uuid = /[0-9A-F]{8}-[0-9A-F]{4}-/
    let recorded = try EventPayloadFixture.lines(of: EventPayloadFixture.url).filter {
      $0.kind != .settled && $0.text.firstMatch(of: uuid) == nil
    }
    #expect(recorded.count > 40)
    for line in recorded {
      #expect(now.contains(line.text), "\(line.kind.rawValue): \(line.text)")
    }
    // Settling needs two laptops in conflict: the fixture file covers it (see below). The demo
    // street records no 回访 (its cases predate them; FollowUpEngineTests pins their JSON), and its
    // history has no 延期, 退单, 催办 or 督办 (the supervision fixture covers them), nor 排查
    // rounds (`shuoshi demo` adds them after the generator; SurveyRoundPayloadTests pins them),
    // nor group cases (GroupCaseEventTests pins their JSON), and is written without linking, so
    // no 预警 (WarningEventTests pins their JSON).
    #expect(
      Set(EventKind.allCases).subtracting(kinds) == [
        .settled, .followedUp, .extended, .returned, .urged, .supervised, .roundRecorded,
        .grouped, .ungrouped, .warningRaised, .warningAcknowledged, .warningDismissed,
        .warningTakenOn, .warningMerged,
      ])
    #expect(try store.verify().ok)
    if ProcessInfo.processInfo.environment["SHUOSHI_RECORD_EVENT_FIXTURE"] == "1" {
      try record(texts)
      Issue.record("recorded \(EventPayloadFixture.url.path); run again without the variable")
    }
  }

  /// Writes the fixture of today's stored texts: up to four of each kind (public and
  /// personal), the shortest and longest first, plus a settled event as the ledger writes it.
  func record(_ texts: [(kind: EventKind, text: String, personal: Bool)]) throws {
    var lines: [String] = []
    for kind in EventKind.allCases {
      for personal in [false, true] {
        let all = texts.filter { $0.kind == kind && $0.personal == personal }.map(\.text)
        let sorted = all.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        var picked: [String] = []
        for t in [
          sorted.first, sorted.last, sorted.dropFirst(sorted.count / 3).first,
          sorted.dropFirst(2 * sorted.count / 3).first,
        ].compactMap({ $0 })
        where !picked.contains(t) {
          picked.append(t)
        }
        lines += picked.map { EventPayloadFixture.line(kind, personal: personal, text: $0) }
      }
    }
    var settled = EventData()
    settled.target = UUID(uuidString: "6F1C2E0A-3B4D-4E5F-8A9B-0C1D2E3F4A5B")
    settled.superseded = [UUID(uuidString: "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9")!]
    settled.field = LedgerField.assignee.rawValue
    lines.append(
      EventPayloadFixture.line(.settled, personal: false, text: EventJSON.encode(settled)))
    settled.reason = "以社区书记的派单为准"
    lines.append(
      EventPayloadFixture.line(
        .settled, personal: false, text: EventJSON.encode(settled.withoutPersonal)))
    lines.append(
      EventPayloadFixture.line(
        .settled, personal: true, text: EventJSON.encode(settled.personalPart)))
    try (lines.joined(separator: "\n") + "\n").write(
      to: EventPayloadFixture.url, atomically: true, encoding: .utf8)
  }
}
