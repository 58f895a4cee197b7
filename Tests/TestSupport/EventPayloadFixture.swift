import Foundation
import ShuoshiCore

/// `Tests/Fixtures/events/v0.1-event-data.tsv`: event `data` texts exactly as the log stored
/// them before events had typed payloads (recorded from a demo store by
/// `EventPayloadStoreTests` with `SHUOSHI_RECORD_EVENT_FIXTURE=1`). One line per text:
/// kind, `public` (the log's `data` column) or `personal` (an `event_personal` body), the JSON.
public enum EventPayloadFixture {
  public static let url = EngineFixture.root.appendingPathComponent(
    "Tests/Fixtures/events/v0.1-event-data.tsv")

  /// Texts of the kinds added since (延期, 退单, 催办, 督办, a wait's end), written by hand in
  /// the same shape: they must round-trip byte for byte too.
  public static let laterURLs = [
    EngineFixture.root.appendingPathComponent("Tests/Fixtures/events/supervision-event-data.tsv")
  ]

  public struct Line: Sendable {
    public var kind: EventKind
    public var personal: Bool
    public var text: String
  }

  public static func line(_ kind: EventKind, personal: Bool, text: String) -> String {
    "\(kind.rawValue)\t\(personal ? "personal" : "public")\t\(text)"
  }

  /// The fixture's lines, then the later kinds' (JSON text never holds a raw tab or newline).
  public static func lines() throws -> [Line] {
    try ([url] + laterURLs).flatMap { try lines(of: $0) }
  }

  public static func lines(of url: URL) throws -> [Line] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { row in
      let parts = row.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3, let kind = EventKind(rawValue: String(parts[0])) else {
        throw CocoaError(.fileReadCorruptFile)
      }
      return Line(kind: kind, personal: parts[1] == "personal", text: String(parts[2]))
    }
  }
}
