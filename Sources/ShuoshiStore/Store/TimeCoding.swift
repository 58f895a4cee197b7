import Foundation
import ShuoshiCore

typealias ShuoshiCoreEventData = EventData

/// Times are stored as whole milliseconds since 1970 (UTC). The store truncates every "now"
/// to a millisecond before the engine sees it, so a replay of stored events gives exactly the
/// case that was projected when they were written.
enum Millis {
  static func from(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
  }
  static func from(_ date: Date?) -> Int64? { date.map { from($0) } }
  static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }
  static func date(_ ms: Int64?) -> Date? { ms.map { date($0) } }
  static func truncate(_ date: Date) -> Date { Self.date(from(date)) }

  /// A clock reading for a message: UTC ISO 8601, or the raw number past year 1–9999.
  static func describe(_ ms: Int64) -> String {
    guard (-62_135_596_800_000...253_402_300_799_999).contains(ms) else { return "\(ms) ms" }
    return ISO8601DateFormatter().string(from: date(ms))
  }
}

/// The one JSON shape of event data in the database (`EventCoding`: sorted keys, so the same
/// event always gives the same bytes).
enum EventJSON {
  static func encode(_ data: ShuoshiCoreEventData) -> String {
    if let escalation = SweepEventJSON.encode(data) { return escalation }
    let bytes = (try? EventCoding.encoder().encode(data)) ?? Data("{}".utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func decode(_ text: String) throws -> ShuoshiCoreEventData {
    try EventCoding.decoder().decode(ShuoshiCoreEventData.self, from: Data(text.utf8))
  }
}
