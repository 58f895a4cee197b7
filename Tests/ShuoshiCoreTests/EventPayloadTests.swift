import Foundation
import ShuoshiCore
import TestSupport
import Testing

/// Typed payloads read and write exactly the flat JSON the log stored before them (the hash
/// chains cover that text): every line of the v0.1 fixture round-trips byte for byte.
@Suite("Event payloads")
struct EventPayloadTests {
  @Test func theStoredTextsOfEveryKindRoundTripByteForByte() throws {
    let lines = try EventPayloadFixture.lines()
    // Kinds added after v0.1 have no v0.1 text; their own tests pin their JSON.
    let newer: Set<EventKind> = [
      .followedUp, .roundRecorded, .grouped, .ungrouped, .warningRaised, .warningAcknowledged,
      .warningDismissed, .warningTakenOn, .warningMerged,
    ]
    #expect(Set(lines.map(\.kind)) == Set(EventKind.allCases).subtracting(newer))
    let decoder = EventCoding.decoder()
    for line in lines {
      let payload = try EventPayload(kind: line.kind, json: line.text)
      #expect(payload.kind == line.kind)
      #expect(payload.json == line.text, "\(line.kind.rawValue): \(line.text)")
      // The flat record says the same, and the typed view drops nothing of it.
      let flat = try decoder.decode(EventData.self, from: Data(line.text.utf8))
      #expect(payload.data == flat, "\(line.kind.rawValue): \(line.text)")
      #expect(EventPayload(kind: line.kind, data: flat) == payload)
      let reencoded = try EventCoding.encoder().encode(flat)
      #expect(String(decoding: reencoded, as: UTF8.self) == line.text)
    }
  }

  @Test func aDecoderWithoutAKindRefuses() {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(EventPayload.self, from: Data("{}".utf8))
    }
  }

  @Test func kindsWithoutDataAreAnEmptyObject() throws {
    #expect(EventPayload.erased(.init()).json == "{}")
    #expect(EventPayload.sessionClosed(.init()).json == "{}")
    #expect(try EventPayload(kind: .sessionClosed, json: "{}") == .sessionClosed(.init()))
  }

  @Test func theTypedViewKeepsOnlyItsKindsFields() {
    var d = EventData()
    d.assignee = "张德明"
    d.minutes = 30
    #expect(EventPayload(kind: .assigned, data: d) == .assigned(.init(assignee: "张德明")))
    #expect(EventPayload(kind: .visited, data: d) == .visited(.init(minutes: 30)))
  }

  @Test func anEscalationsEffectiveTimeIsWrittenOnlyWhenSet() throws {
    let deadline = Date(timeIntervalSince1970: 1_764_172_799)
    let plain = EventPayload.escalated(.init(tier: .residence, fromTier: .household))
    #expect(plain.json == #"{"fromTier":"household","tier":"residence"}"#)
    let late = EventPayload.escalated(
      .init(tier: .residence, fromTier: .household, escalation: .overdue, effectiveAt: deadline))
    #expect(
      late.json
        == #"{"effectiveAt":1764172799000,"escalation":"overdue","fromTier":"household","tier":"residence"}"#
    )
    #expect(try EventPayload(kind: .escalated, json: late.json) == late)
    #expect(late.data.effectiveAt == deadline)
    #expect(EventPayload(kind: .escalated, data: late.data) == late)
  }

  @Test func draftsAndEventsExposeTheirPayload() {
    let draft = EventDraft(.resolved(.init(summary: "已修好", onSpot: true)))
    #expect(draft.kind == .resolved)
    #expect(draft.data.summary == "已修好")
    #expect(draft.data.onSpot == true)
    #expect(draft.payload == .resolved(.init(summary: "已修好", onSpot: true)))
  }
}
