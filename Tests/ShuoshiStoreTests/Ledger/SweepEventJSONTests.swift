import Foundation
import ShuoshiCore
import Testing

@testable import ShuoshiStore

/// The sweep's escalations are written without `JSONEncoder`; the bytes must be the encoder's
/// (they are hashed into the chain and compared by peers and by `verify`).
@Suite("The sweep's escalation JSON")
struct SweepEventJSONTests {
  func encoded(_ data: EventData) throws -> String {
    String(decoding: try EventCoding.encoder().encode(data), as: UTF8.self)
  }

  @Test func writesTheEncodersBytesForEveryPlainEscalation() throws {
    // Stored times as the store reads them back (`Millis.date`): deadlines on whole seconds
    // (the calendar's ends of day), and any millisecond.
    var random = SystemRandomNumberGenerator()
    var millis: [Int64] = [0, 1, -1, 1_799_078_399_000, 1_801_497_599_000, -62_135_596_800_000]
    for i in 0..<200 {
      let ms = Int64.random(in: -4_000_000_000_000...40_000_000_000_000, using: &random)
      millis.append(i % 2 == 0 ? ms / 1000 * 1000 : ms)
    }
    let dates = millis.map { Millis.date($0) }
    var checked = 0
    var fastOnes = 0
    for from in Tier.allCases {
      for to in Tier.allCases {
        for reason in EscalationReason.allCases {
          for (i, deadline) in dates.enumerated() {
            var data = EventData()
            data.tier = to
            data.fromTier = from
            data.escalation = reason
            data.deadline = deadline
            data.effectiveAt = i % 3 == 0 ? nil : dates[(i * 7) % dates.count]
            let bytes = try encoded(data)
            #expect(EventJSON.encode(data) == bytes)
            checked += 1
            guard let fast = SweepEventJSON.encode(data) else {
              // Only a time the encoder does not print as a whole number is left to it.
              #expect(bytes.contains("."))
              continue
            }
            #expect(fast == bytes)
            fastOnes += 1
          }
        }
      }
    }
    #expect(checked > 10_000)
    #expect(fastOnes > checked / 2)
  }

  @Test func leavesEverythingElseToTheEncoder() throws {
    var plain = EventData()
    plain.tier = .residence
    plain.fromTier = .household
    plain.escalation = .overdue
    plain.deadline = Date(timeIntervalSince1970: 1_799_078_399)
    #expect(SweepEventJSON.encode(plain) != nil)
    var owned = plain
    owned.assignee = "朱桂英"
    var worded = plain
    worded.reason = "还是会响"
    var fraction = plain
    fraction.deadline = Date(timeIntervalSince1970: 1_799_078_399.0005)
    var fractionEffective = plain
    fractionEffective.effectiveAt = Date(timeIntervalSince1970: 0.25e-3)
    var noDeadline = plain
    noDeadline.deadline = nil
    for data in [owned, worded, fraction, fractionEffective, noDeadline, EventData()] {
      #expect(SweepEventJSON.encode(data) == nil)
      #expect(EventJSON.encode(data) == (try encoded(data)))
    }
  }
}
