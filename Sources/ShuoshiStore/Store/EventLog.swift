import Foundation
import GRDB
import ShuoshiCore

/// The append-only log. The one place that stamps an event with this device's identity and
/// sequence and writes it; every kind of change (cases, and later the register) goes through
/// here. `entity` is the UUID of what the event is about (for case events, the case).
enum EventLog {
  static func append(
    _ drafts: [EventDraft], entity: UUID, device: String, by actor: Actor, at now: Date,
    _ db: Database
  ) throws -> [Event] {
    var seq =
      try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT MAX(seq) FROM events WHERE device = ?"),
        arguments: [device]) ?? 0
    return try drafts.map { draft in
      seq += 1
      let event = Event(
        caseUUID: entity, kind: draft.kind, at: now, operator: actor.name, device: device,
        seq: seq, data: draft.data)
      try EventRow.insert(event, into: db)
      return event
    }
  }
}
