import Foundation
import ShuoshiCore
import TestSupport
import Testing

/// The group case events' JSON (flat, `EventData`'s keys), their summaries, the membership a
/// history adds up to, and the tier a group starts at.
@Suite("Group case events")
struct GroupCaseEventTests {
  let parent = UUID(uuidString: "6F1C2A34-0000-4000-8000-00000000AB01")!
  let warning = UUID(uuidString: "6F1C2A34-0000-4000-8000-00000000CD02")!

  @Test func theJSONIsFlatAndRoundTrips() throws {
    let link = EventPayload.GroupCaseLink(
      otherCase: parent, otherCaseID: "HJ-A-20261201-001", reason: "同一物业", fromWarning: warning)
    let json = EventPayload.grouped(link).json
    #expect(
      json
        == #"{"fromWarning":"6F1C2A34-0000-4000-8000-00000000CD02","otherCase":"6F1C2A34-0000-4000-8000-00000000AB01","otherCaseID":"HJ-A-20261201-001","reason":"同一物业"}"#
    )
    #expect(try EventPayload(kind: .grouped, json: json) == .grouped(link))
    #expect(
      EventPayload(kind: .ungrouped, data: EventPayload.ungrouped(link).data) == .ungrouped(link))
    // Without a warning or reason, the keys are left out.
    let bare = EventPayload.ungrouped(.init(otherCase: parent, otherCaseID: "HJ-A-20261201-001"))
    #expect(
      bare.json
        == #"{"otherCase":"6F1C2A34-0000-4000-8000-00000000AB01","otherCaseID":"HJ-A-20261201-001"}"#
    )
  }

  func event(_ payload: EventPayload, seq: Int64) -> Event {
    var e = Event(
      caseUUID: UUID(), kind: payload.kind, at: EngineFixture.at("2026-12-01 10:00"),
      operator: "王芳", device: "d", seq: seq, data: EventData())
    e.payload = payload
    return e
  }

  @Test func theMembershipFollowsTheLastLinkAndSkipsUndone() {
    let link = EventPayload.GroupCaseLink(otherCase: parent, otherCaseID: "HJ-A-20261201-001")
    let grouped = event(.grouped(link), seq: 1)
    #expect(GroupCaseMembership.replay([grouped]).parent == parent)
    #expect(GroupCaseMembership.replay([grouped, event(.ungrouped(link), seq: 2)]).parent == nil)
    let undo = event(.undone(.init(target: grouped.uuid)), seq: 2)
    #expect(GroupCaseMembership.replay([grouped, undo]).parent == nil)
    // Leaving another parent leaves this link as it is.
    let other = EventPayload.GroupCaseLink(otherCase: warning, otherCaseID: "HJ-A-20261201-009")
    #expect(
      GroupCaseMembership.replay([grouped, event(.ungrouped(other), seq: 2)]).parent == parent)
  }

  @Test func summariesSayWhichGroupCase() {
    let rules = EngineFixture.engine.rules
    let link = EventPayload.GroupCaseLink(
      otherCase: parent, otherCaseID: "HJ-A-20261201-001", reason: "同一物业")
    #expect(
      event(.grouped(link), seq: 1).summary(rules: rules, lang: .zh)
        == "并入母案 HJ-A-20261201-001：同一物业")
    #expect(
      event(.ungrouped(link), seq: 1).summary(rules: rules, lang: .en)
        == "left group case HJ-A-20261201-001: 同一物业")
  }

  @Test func theTierFollowsHouseholdsAndLevels() {
    #expect(GroupCaseTier.forHouseholds(3) == .residence)
    #expect(GroupCaseTier.forHouseholds(9) == .residence)
    #expect(GroupCaseTier.forHouseholds(10) == .district)
    #expect(GroupCaseTier.forLevel(.red) == .district)
    #expect(GroupCaseTier.forLevel(.orange) == .residence)
    #expect(GroupCaseTier.forLevel(.yellow) == .residence)
  }
}
