import Foundation
import ShuoshiCore

/// The shipped routing rules and calendars, loaded from the repository, with a fixed time
/// zone, plus helpers to play actions on a case in memory as the store would.
public enum EngineFixture {
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  public static let zone = TimeZone(identifier: "Asia/Shanghai")!

  public static let engine: CaseEngine = {
    let routing = root.appendingPathComponent("data/routing.yaml")
    let rules = try! RoutingRules.parse(
      yaml: String(contentsOf: routing, encoding: .utf8), file: routing.path)
    let calDir = root.appendingPathComponent("data/calendar")
    let years = try! FileManager.default.contentsOfDirectory(atPath: calDir.path).sorted()
      .filter { $0.hasSuffix(".yaml") }
      .map { name in
        let url = calDir.appendingPathComponent(name)
        return try! YearCalendar.parse(yaml: String(contentsOf: url, encoding: .utf8), file: name)
      }
    return CaseEngine(rules: rules, calendar: WorkingCalendar(years: years, timeZone: zone))
  }()

  /// A local time in Asia/Shanghai: `at("2026-11-28 10:00")`.
  public static func at(_ text: String) -> Date {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = zone
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f.date(from: text)!
  }

  public static func day(_ date: Date?) -> String {
    date.map { engine.calendar.civilDate(of: $0).description } ?? "nil"
  }
}

/// A case played in memory: events stamped in order, projection by replay.
public struct Played {
  public var events: [Event] = []
  public var engine = EngineFixture.engine
  var seq: Int64 = 0

  public var current: Case { Case.replay(events)! }

  public init(_ text: String, at time: String, name: String = "王大妈", tier: Tier? = nil) throws {
    let intake = Intake(
      resident: Resident(name: name, phone: "13812345678", address: "六堰社区3栋2单元502"),
      text: text, receivedAt: EngineFixture.at(time), tier: tier,
      overrideReason: tier == nil ? nil : "测试指定")
    stamp(try engine.intake(intake, caseID: "HJ-TEST-001"), at: EngineFixture.at(time))
  }

  @discardableResult
  public mutating func act(_ action: Action, at time: String) throws(EngineError) -> Case {
    let now = EngineFixture.at(time)
    stamp(try engine.decide(action, on: current, history: events, now: now), at: now)
    return current
  }

  /// The sweep at `time`, as the store runs it (every tier the case is late for): did it move?
  public mutating func sweep(at time: String) -> Bool {
    sweepAll(now: EngineFixture.at(time)) > 0
  }

  /// The sweep at `now` as the store runs it: a wait past its expected end resumes, then
  /// every tier the case climbs. Returns how many tiers.
  @discardableResult
  public mutating func sweepAll(now: Date) -> Int {
    if let resumed = engine.expiredWaitResume(for: current, now: now) { stamp([resumed], at: now) }
    let drafts = engine.sweepEscalations(for: current, now: now)
    stamp(drafts, at: now)
    return drafts.count
  }

  public mutating func stamp(_ drafts: [EventDraft], at now: Date) {
    let caseUUID = events.first?.caseUUID ?? UUID()
    for d in drafts {
      seq += 1
      events.append(
        Event(
          caseUUID: caseUUID, kind: d.kind, at: now, operator: "测试员", device: "dev-a", seq: seq,
          data: d.data))
    }
  }
}

/// A fresh private temporary directory, removed by `remove()`.
public struct TempDir {
  public let url: URL
  public init(_ label: String = "shuoshi-test") {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(label)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  public var path: String { url.path }
  public func remove() { try? FileManager.default.removeItem(at: url) }
}
