import Foundation
import ShuoshiCore

/// One case's life written event by event, as the store would stamp it (for reports).
public struct Story {
  public private(set) var events: [Event] = []
  public let uuid: UUID
  var seq: Int64
  let engine = EngineFixture.engine

  public var current: Case { Case.replay(events)! }

  /// A case received at `time` (Asia/Shanghai), put by hand on `tier` in `category`.
  public init(
    _ id: String, at time: String, tier: Tier, category: String, name: String, phone: String,
    grid: String? = nil, session: UUID? = nil, seqBase: Int64
  ) throws {
    uuid = UUID()
    seq = seqBase
    var intake = Intake(
      resident: Resident(name: name, phone: phone, address: "六堰社区", gridID: grid),
      text: "测试诉求 \(id)", receivedAt: EngineFixture.at(time), category: category, tier: tier,
      overrideReason: "测试指定")
    intake.session = session
    stamp(try engine.intake(intake, caseID: id), at: time)
  }

  public mutating func act(_ action: Action, at time: String) throws {
    let now = EngineFixture.at(time)
    stamp(try engine.decide(action, on: current, history: events, now: now), at: time)
  }

  /// The escalation sweep at `time`; fails the story if the case was not overdue.
  public mutating func sweep(at time: String) throws {
    guard let draft = engine.sweepEscalation(for: current, now: EngineFixture.at(time)) else {
      throw StoryError.notOverdue(current.id, time)
    }
    stamp([draft], at: time)
  }

  mutating func stamp(_ drafts: [EventDraft], at time: String) {
    for d in drafts {
      seq += 1
      events.append(
        Event(
          caseUUID: uuid, kind: d.kind, at: EngineFixture.at(time), operator: "测试员",
          device: "dev-a", seq: seq, data: d.data))
    }
  }
}

public enum StoryError: Error {
  case notOverdue(String, String)
}

/// The hand-built street of docs/REPORTS.md's worked example: cases A–N around November
/// 2026, whose November numbers are worked out by hand in `ReportMetricsTests`.
public enum ReportDataSet {
  public static let s1 = UUID(uuidString: "11111111-1111-4111-8111-111111111111")!
  public static let s2 = UUID(uuidString: "22222222-2222-4222-8222-222222222222")!
  public static let s3 = UUID(uuidString: "33333333-3333-4333-8333-333333333333")!

  /// Booth sessions on Nov 7, 14 and 28 (S1 closed at noon).
  public static func sessions() -> [[Event]] {
    func opened(_ uuid: UUID, _ day: String, seq: Int64) -> Event {
      Event(
        caseUUID: uuid, kind: .sessionOpened, at: EngineFixture.at("\(day) 08:30"), operator: "王芳",
        device: "dev-a", seq: seq,
        data: BoothSession.openingData(
          day: CivilDate(iso: day)!, place: "六堰社区党群服务中心", staff: ["王芳", "李娜"]))
    }
    return [
      [
        opened(s1, "2026-11-07", seq: 9001),
        Event(
          caseUUID: s1, kind: .sessionClosed, at: EngineFixture.at("2026-11-07 12:00"),
          operator: "王芳", device: "dev-a", seq: 9002, data: EventData()),
      ],
      [opened(s2, "2026-11-14", seq: 9003)],
      [opened(s3, "2026-11-28", seq: 9004)],
    ]
  }

  /// Every case's history.
  public static func cases() throws -> [String: [Event]] {
    var out: [String: [Event]] = [:]

    // A — received before the period; escalated (overdue) in it; resolved in it.
    var a = try Story(
      "HJ-20261020-001", at: "2026-10-20 10:00", tier: .residence, category: "neighbour",
      name: "赵一", phone: "13900000001", grid: "G1", seqBase: 100)
    try a.act(.assign(to: "六堰社区居委会", note: nil), at: "2026-10-20 11:00")
    try a.act(.visit(note: nil, minutes: 20), at: "2026-10-21 10:00")
    try a.sweep(at: "2026-11-02 09:00")
    try a.act(.resolve(summary: "已调解", onSpot: false), at: "2026-11-05 10:00")
    out["A"] = a.events

    // B — received before the period; handed up (risk) in it; open at the end.
    var b = try Story(
      "HJ-20261030-001", at: "2026-10-30 15:00", tier: .district, category: "property_service",
      name: "钱二", phone: "13900000002", grid: "G2", seqBase: 200)
    try b.act(.assign(to: "汉江路片区 刘建国", note: nil), at: "2026-10-30 16:00")
    try b.act(.visit(note: nil, minutes: 30), at: "2026-11-02 10:00")
    try b.act(.escalate(.risk, note: "业主聚集"), at: "2026-11-10 09:00")
    out["B"] = b.events

    // C — session S1; settled on the spot; satisfied.
    var c = try Story(
      "HJ-20261107-001", at: "2026-11-07 09:30", tier: .household, category: "neighbour",
      name: "王秀英", phone: "13812345678", grid: "G1", session: s1, seqBase: 300)
    try c.act(.resolve(summary: "当场说开", onSpot: true), at: "2026-11-07 09:50")
    try c.act(.rate(.satisfied, comment: nil), at: "2026-11-07 10:00")
    out["C"] = c.events

    // D — session S1, same resident as C; contacted late; resolved while waiting (the pause
    // moves its deadline from Nov 17 to Nov 27); mostly satisfied.
    var d = try Story(
      "HJ-20261107-002", at: "2026-11-07 10:00", tier: .residence, category: "property_service",
      name: "王秀英", phone: "138-1234-5678", grid: "G1", session: s1, seqBase: 400)
    try d.act(.assign(to: "六堰社区居委会", note: nil), at: "2026-11-07 10:05")
    try d.act(.visit(note: nil, minutes: 30), at: "2026-11-10 09:00")
    try d.act(.wait(reason: "等物业回复"), at: "2026-11-10 10:00")
    try d.act(.resolve(summary: "物业已维修", onSpot: false), at: "2026-11-20 15:00")
    try d.act(.rate(.basic, comment: nil), at: "2026-11-21 10:00")
    out["D"] = d.events

    // E — escalated overdue, resolved, rated unsatisfied (reopened, escalated again);
    // resolved and rated again in December, after the period.
    var e = try Story(
      "HJ-20261109-001", at: "2026-11-09 14:00", tier: .household, category: "neighbour",
      name: "孙三", phone: "13900000003", grid: "G2", seqBase: 500)
    try e.act(.assign(to: "楼栋长 张德明", note: nil), at: "2026-11-09 15:00")
    try e.act(.visit(note: nil, minutes: 20), at: "2026-11-09 16:00")
    try e.sweep(at: "2026-11-13 08:00")
    try e.act(.assign(to: "六堰社区居委会", note: nil), at: "2026-11-13 09:00")
    try e.act(.resolve(summary: "已协调", onSpot: false), at: "2026-11-24 17:00")
    try e.act(.rate(.unsatisfied, comment: "没解决"), at: "2026-11-25 10:00")
    try e.act(.resolve(summary: "片区协调解决", onSpot: false), at: "2026-12-02 10:00")
    try e.act(.rate(.satisfied, comment: nil), at: "2026-12-03 10:00")
    out["E"] = e.events

    // F — session S2; assigned but never contacted; moved to the street office by hand.
    // (A retier before anyone acted would count as the intake tier.)
    var f = try Story(
      "HJ-20261114-001", at: "2026-11-14 10:00", tier: .district, category: "family", name: "李四",
      phone: "13900000004", grid: "G1", session: s2, seqBase: 600)
    try f.act(.assign(to: "汉江路片区 刘建国", note: nil), at: "2026-11-14 10:30")
    try f.act(.retier(.street, reason: "需要街道协调"), at: "2026-11-16 09:00")
    out["F"] = f.events

    // G — received at street level (上交 at intake); resolved; not rated.
    var g = try Story(
      "HJ-20261121-001", at: "2026-11-21 11:00", tier: .street, category: "environment", name: "周五",
      phone: "13900000005", seqBase: 700)
    try g.act(.assign(to: "汉江路街道办", note: nil), at: "2026-11-21 11:30")
    try g.act(.visit(note: nil, minutes: 60), at: "2026-11-23 10:00")
    try g.act(.resolve(summary: "街道协调清运", onSpot: false), at: "2026-11-27 16:00")
    out["G"] = g.events

    // H — session S3; a resolution that was undone; never contacted.
    var h = try Story(
      "HJ-20261128-001", at: "2026-11-28 09:00", tier: .household, category: "parking", name: "吴六",
      phone: "13900000006", grid: "G2", session: s3, seqBase: 800)
    try h.act(.assign(to: "楼栋长 陈淑珍", note: nil), at: "2026-11-28 09:10")
    try h.act(.resolve(summary: "误操作", onSpot: false), at: "2026-11-28 10:00")
    try h.act(.undo, at: "2026-11-28 10:05")
    out["H"] = h.events

    // I — received on the period's last day, contacted, waiting at the end.
    var i = try Story(
      "HJ-20261130-001", at: "2026-11-30 16:00", tier: .household, category: "neighbour",
      name: "郑七", phone: "13900000007", grid: "G2", seqBase: 900)
    try i.act(.visit(note: nil, minutes: 10), at: "2026-11-30 17:00")
    try i.act(.wait(reason: "等对方回来"), at: "2026-11-30 18:00")
    out["I"] = i.events

    // J — received before the period, never swept: overdue at the end.
    var j = try Story(
      "HJ-20261026-001", at: "2026-10-26 10:00", tier: .residence, category: "property_service",
      name: "冯八", phone: "13900000008", grid: "G3", seqBase: 1000)
    try j.act(.assign(to: "阳光社区居委会", note: nil), at: "2026-10-26 11:00")
    out["J"] = j.events

    // K — received after the period.
    let k = try Story(
      "HJ-20261202-001", at: "2026-12-02 09:00", tier: .household, category: "neighbour",
      name: "陈九", phone: "13900000009", grid: "G1", seqBase: 1100)
    out["K"] = k.events

    // L — third case of C's resident; a pause that ended; resolved in December.
    var l = try Story(
      "HJ-20261127-001", at: "2026-11-27 10:00", tier: .residence, category: "family", name: "王秀英",
      phone: "13812345678", grid: "G1", seqBase: 1200)
    try l.act(.assign(to: "六堰社区居委会", note: nil), at: "2026-11-27 10:30")
    try l.act(.visit(note: nil, minutes: 40), at: "2026-11-27 11:00")
    try l.act(.wait(reason: "等儿子回来"), at: "2026-11-27 12:00")
    try l.act(.resume, at: "2026-11-30 09:00")
    try l.act(.resolve(summary: "已调解赡养费", onSpot: false), at: "2026-12-03 15:00")
    out["L"] = l.events

    // M — resolved a day late (never swept); satisfied.
    var m = try Story(
      "HJ-20261102-001", at: "2026-11-02 09:00", tier: .household, category: "environment",
      name: "褚十", phone: "13900000010", grid: "G3", seqBase: 1300)
    try m.act(.assign(to: "楼栋长 黄志强", note: nil), at: "2026-11-02 09:30")
    try m.act(.visit(note: nil, minutes: 15), at: "2026-11-02 10:00")
    try m.act(.resolve(summary: "已清理", onSpot: false), at: "2026-11-06 15:00")
    try m.act(.rate(.satisfied, comment: nil), at: "2026-11-07 10:00")
    out["M"] = m.events

    // N — escalated overdue, then resolved at the residence tier; not rated.
    var n = try Story(
      "HJ-20261103-001", at: "2026-11-03 10:00", tier: .household, category: "neighbour",
      name: "卫十一", phone: "13900000011", grid: "G3", seqBase: 1400)
    try n.act(.assign(to: "楼栋长 黄志强", note: nil), at: "2026-11-03 10:30")
    try n.act(.visit(note: nil, minutes: 20), at: "2026-11-03 11:00")
    try n.sweep(at: "2026-11-07 09:00")
    try n.act(.assign(to: "六堰社区居委会", note: nil), at: "2026-11-07 09:10")
    try n.act(.resolve(summary: "已调解", onSpot: false), at: "2026-11-12 10:00")
    out["N"] = n.events
    return out
  }

  /// November 2026 (Nov 1–30), states read at its end.
  public static func november(asOf: Date? = nil, scope: ReportScope = ReportScope())
    -> ReportRequest
  {
    let period = ReportPeriod.month(year: 2026, month: 11, calendar: EngineFixture.engine.calendar)
    return ReportRequest(period: period, scope: scope, asOf: asOf ?? period.end)
  }
}
