import Foundation
import GRDB
import ShuoshiCore

/// The append-only log. The one place that stamps an event with this device's identity,
/// sequence, hybrid clock, causal parents and chain hash, and writes it; every kind of change
/// (cases, and later the register) goes through here. `entity` is the UUID of what the event
/// is about (for case events, the case). See docs/LEDGER.md.
enum EventLog {
  static func append(
    _ drafts: [EventDraft], entity: UUID, device: String, by actor: Actor, at now: Date,
    _ db: Database
  ) throws -> [Event] {
    var writer = try LedgerWriter(device: device, in: db)
    return try append(drafts, entity: entity, by: actor, at: now, writer: &writer, db)
  }

  /// Appends with a writer the caller keeps across many appends in one transaction (the
  /// sweep: one read of the device's chain end and the log's clock, not one per case).
  static func append(
    _ drafts: [EventDraft], entity: UUID, by actor: Actor, at now: Date,
    writer: inout LedgerWriter, _ db: Database
  ) throws -> [Event] {
    var parents = try LedgerWriter.heads(of: entity, device: writer.device, in: db)
    return try drafts.map { draft in
      let event = try writer.write(
        kind: draft.kind, data: draft.data, entity: entity, parents: parents,
        operator: actor.name, at: now, db)
      parents = [event.uuid]
      return event
    }
  }
}
