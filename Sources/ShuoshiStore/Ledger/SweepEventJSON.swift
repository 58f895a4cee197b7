import Foundation
import ShuoshiCore

/// The stored JSON of a plain escalation — what the sweep writes for each tier a late case
/// climbs — without `JSONEncoder`: the same bytes (`EventCoding`: sorted keys, dates as whole
/// milliseconds), written directly. Encoding through `Codable` walked the ~60 optional fields
/// of `EventData` and sorted its keys for every event, the largest single cost of the sweep's
/// own code at 1,000,000 cases (about 15,000 events after 90 days off). nil for anything else
/// (an owner or route set, a date off the millisecond): `EventJSON` then uses the encoder.
enum SweepEventJSON {
  static func encode(_ data: EventData) -> String? {
    guard let tier = data.tier, let from = data.fromTier, let escalation = data.escalation,
      let deadline = data.deadline.flatMap(wholeMillis)
    else { return nil }
    var plain = EventData()
    plain.tier = tier
    plain.fromTier = from
    plain.escalation = escalation
    plain.deadline = data.deadline
    plain.effectiveAt = data.effectiveAt
    guard plain == data else { return nil }
    var effective = ""
    if let at = data.effectiveAt {
      guard let ms = wholeMillis(at) else { return nil }
      effective = "\"effectiveAt\":\(ms),"
    }
    return "{\"deadline\":\(deadline),\(effective)\"escalation\":\"\(escalation.rawValue)\","
      + "\"fromTier\":\"\(from.rawValue)\",\"tier\":\"\(tier.rawValue)\"}"
  }

  /// The milliseconds `JSONEncoder` writes for `date` when they print as a plain integer
  /// (whole, and far from where a double prints with an exponent); nil otherwise.
  static func wholeMillis(_ date: Date) -> Int64? {
    let ms = 1000.0 * date.timeIntervalSince1970
    guard ms == ms.rounded(), abs(ms) < 1e15 else { return nil }
    return Int64(ms)
  }
}
