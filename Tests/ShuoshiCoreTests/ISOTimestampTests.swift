import Foundation
import Testing

@testable import ShuoshiCore

@Suite struct ISOTimestampTests {
  @Test(arguments: [
    "2026-11-28T10:00:00+08:00", "2026-11-28T02:00:00Z", "2026-11-27T21:00:00-05:00",
    "2026-11-28T02:00:00.000Z", "2024-02-29T23:59:59+00:00", "1969-12-31T00:00:00+00:00",
  ])
  func agreesWithFoundation(_ text: String) throws {
    let expected = try #require(
      ISO8601DateFormatter().date(from: text)
        ?? {
          let f = ISO8601DateFormatter()
          f.formatOptions.insert(.withFractionalSeconds)
          return f.date(from: text)
        }())
    #expect(ISOTimestamp.parse(text) == expected)
  }

  @Test func fractionsAreKept() {
    #expect(ISOTimestamp.parse("1970-01-01T00:00:01.25Z")?.timeIntervalSince1970 == 1.25)
  }

  @Test(arguments: [
    "", "2026-11-28", "2026-11-28T10:00:00", "2026-02-30T10:00:00Z", "2026-11-28T24:00:00Z",
    "2026-11-28T10:00:00+0800", "2026-11-28 10:00:00Z", "２０２６-11-28T10:00:00Z",
    "2026-11-28T10:00:00Zjunk",
  ])
  func refusesWhatIsNotATimestampWithAnOffset(_ text: String) {
    #expect(ISOTimestamp.parse(text) == nil)
  }
}
