import Foundation
import ShuoshiCore
import TestSupport
import Testing

@Suite("The dispatch loop in the engine and the projection")
struct DispatchProjectionTests {
  @Test func dispatchDeliverRate() throws {
    var p = try Played("楼上卫生间漏水", at: "2026-11-28 10:00")
    let owner = UUID()
    try p.act(
      .assignOwner(
        name: "张德明", id: owner, note: nil, route: [RouteReason(.buildingHead, person: "张德明")]),
      at: "2026-11-28 10:05")
    #expect(p.current.assigneeID == owner)
    #expect(throws: EngineError.notDispatched) {
      try p.act(.deliver(minutes: 30, note: nil, done: true), at: "2026-11-28 10:06")
    }
    let volunteer = UUID()
    try p.act(.dispatch(to: "张三", volunteerID: volunteer, note: "上门看看"), at: "2026-11-28 10:10")
    #expect(p.current.volunteer == "张三")
    #expect(p.current.state == .assigned)
    #expect(throws: EngineError.invalidMinutes(0)) {
      try p.act(.deliver(minutes: 0, note: nil, done: true), at: "2026-11-28 11:00")
    }
    try p.act(.deliver(minutes: 45, note: "没修好", done: false), at: "2026-11-28 11:00")
    #expect(p.current.state == .inProgress)
    #expect(p.current.firstContactAt == EngineFixture.at("2026-11-28 11:00"))
    try p.act(.deliver(minutes: 60, note: "已修好", done: true), at: "2026-11-29 11:00")
    #expect(p.current.state == .resolved)
    #expect(p.current.summary == "已修好")
    let delivered = p.events.last!
    #expect(delivered.data.volunteerID == volunteer)
    #expect(delivered.data.minutes == 60)

    let escalatedTo = UUID()
    try p.act(.rate(.unsatisfied, comment: "又漏了"), at: "2026-11-30 09:00")
    var esc = p.events.last!
    #expect(esc.kind == .escalated)
    #expect(p.current.volunteer == nil)  // the next tier's owner dispatches afresh
    // The store fills the owner into the escalated event; the projection takes it.
    esc.data.assignee = "何涛"
    esc.data.assigneeID = escalatedTo
    let c = Case.replay(Array(p.events.dropLast()) + [esc])!
    #expect(c.assignee == "何涛")
    #expect(c.assigneeID == escalatedTo)
    #expect(c.state == .assigned)
    #expect(c.tier == .residence)
  }

  @Test func registerEventsNeverTouchACase() throws {
    let p = try Played("楼上漏水", at: "2026-11-28 10:00")
    let before = p.current
    var e = p.events.last!
    e.kind = .personSaved
    e.data = EventData()
    e.data.person = Person(uuid: UUID(), name: "张三")
    #expect(before.applying(e) == before)
    #expect(EventKind.allCases.filter(\.isRegister).count == 4)
  }

  @Test func eventJSONStaysStable() throws {
    // An event written before the register existed decodes and encodes to the same bytes.
    let old = #"{"assignee":"张","reason":"x"}"#
    let decoder = JSONDecoder()
    let d = try decoder.decode(EventData.self, from: Data(old.utf8))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(String(decoding: try encoder.encode(d), as: UTF8.self) == old)
    #expect(EventKind(rawValue: "household_saved") == .householdSaved)
    #expect(EventKind.dispatched.rawValue == "dispatched")
    #expect(EventKind.delivered.rawValue == "delivered")
  }

  @Test func boothVisitsCountSaturdaysInARow() {
    let cal = EngineFixture.engine.calendar
    let v = BoothVisits(
      received: [
        "2026-11-14 09:00", "2026-11-21 10:00", "2026-11-28 10:00", "2026-11-28 15:00",
        "2026-11-25 10:00", "2026-10-31 10:00",
      ].map(EngineFixture.at),
      calendar: cal)
    #expect(v.saturdayStreak == 3)
    #expect(v.days.count == 5)
    #expect(v.streakText(.zh) == "连续 3 个周六来访")
  }
}
