import Foundation
import ShuoshiCore
import Testing

/// The JSON of a `round_recorded` event, and of a `created` event found on a round: pinned,
/// since the hash chains cover it; a `created` event without a round keeps its old bytes.
@Suite struct SurveyRoundPayloadTests {
  let round = SurveyRound(
    uuid: UUID(uuidString: "3FA2B1C0-0000-4000-8000-000000000001")!,
    gridID: UUID(uuidString: "3FA2B1C0-0000-4000-8000-000000000002")!, gridName: "第一网格",
    day: CivilDate(2026, 12, 1), households: 32, zeroReport: false, note: "走访5栋")

  @Test func aRoundIsWrittenWithItsDayAsText() throws {
    let payload = EventPayload.roundRecorded(.init(round: round))
    let json = payload.json
    #expect(
      json
        == #"{"round":{"day":"2026-12-01","gridID":"3FA2B1C0-0000-4000-8000-000000000002","gridName":"第一网格","households":32,"note":"走访5栋","uuid":"3FA2B1C0-0000-4000-8000-000000000001","zeroReport":false}}"#
    )
    #expect(try EventPayload(kind: .roundRecorded, json: json) == payload)
    // A day that is no day is refused, not read as another.
    let bad = json.replacingOccurrences(of: "2026-12-01", with: "2026-02-30")
    #expect(throws: DecodingError.self) { try EventPayload(kind: .roundRecorded, json: bad) }
  }

  @Test func aCreatedEventNamesItsRoundOnlyWhenItHasOne() throws {
    let plain = EventPayload.created(.init(caseID: "HJ-20261201-001", text: "路灯坏了"))
    #expect(!plain.json.contains("surveyRound"))
    let found = EventPayload.created(
      .init(caseID: "HJ-20261201-001", text: "路灯坏了", surveyRound: round.uuid))
    #expect(found.json.contains(#""surveyRound":"3FA2B1C0-0000-4000-8000-000000000001""#))
    #expect(try EventPayload(kind: .created, json: found.json) == found)
  }
}
