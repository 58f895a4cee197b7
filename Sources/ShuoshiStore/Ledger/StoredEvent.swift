import Crypto
import Foundation
import ShuoshiCore

/// An event as the ledger keeps it: the log row (personal fields removed, chain links) and,
/// apart, the personal fields with the salt of their digest.
struct StoredEvent: Sendable, Equatable {
  /// The event with its public data only.
  var event: Event
  /// The stored JSON of the public data: the exact bytes the chain hash covers.
  var dataJSON: String
  /// Personal fields, while not erased.
  var personal: PersonalRecord?
  /// SHA-256 of salt + personal JSON; nil when the event never had personal fields. Stays
  /// in the log after erasure, so the chain still verifies.
  var personalDigest: Data?
  var prevHash: Data
  var hash: Data

  /// The event with its personal fields put back (when still kept).
  var fullEvent: Event {
    var e = event
    if let personal, let data = try? EventJSON.decode(personal.body) {
      e.data = e.data.restoring(data)
    }
    return e
  }

  /// Splits a stamped event into its public part and personal record, and links it after
  /// `prevHash` in its device's chain.
  static func seal(_ full: Event, prevHash: Data) -> StoredEvent {
    var event = full
    event.data = full.data.withoutPersonal
    let personal = full.data.hasPersonal ? PersonalRecord.make(full.data.personalPart) : nil
    var stored = StoredEvent(
      event: event, dataJSON: EventJSON.encode(event.data), personal: personal,
      personalDigest: personal?.digest, prevHash: prevHash, hash: Data())
    stored.hash = stored.computedHash
    return stored
  }

  /// The hash this event's content and link add up to (see `ChainHash`).
  var computedHash: Data {
    ChainHash.hash(
      event, dataJSON: dataJSON, personalDigest: personalDigest, prevHash: prevHash)
  }
}

/// The personal fields of one event, kept in `event_personal` until a resident is erased.
struct PersonalRecord: Sendable, Equatable {
  /// Random per event: without it the digest left after erasure cannot be checked against
  /// guessed names or phone numbers.
  var salt: Data
  /// JSON of the personal fields (sorted keys).
  var body: String

  static func make(_ personal: EventData) -> PersonalRecord {
    var salt = Data(count: 16)
    var rng = SystemRandomNumberGenerator()
    for i in 0..<16 { salt[i] = UInt8.random(in: 0...255, using: &rng) }
    return PersonalRecord(salt: salt, body: EventJSON.encode(personal))
  }

  var digest: Data {
    var h = SHA256()
    h.update(data: salt)
    h.update(data: Data(body.utf8))
    return Data(h.finalize())
  }
}
