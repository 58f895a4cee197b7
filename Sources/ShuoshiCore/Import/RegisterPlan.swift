import Foundation

/// One record an import saves: its UUID (the event's entity) and the `*_saved` draft.
public struct RegisterChange: Sendable, Equatable {
  public var record: RegisterRecordKind
  public var entity: UUID
  public var draft: EventDraft
  /// A record the register did not have.
  public var isNew: Bool

  public init(record: RegisterRecordKind, entity: UUID, draft: EventDraft, isNew: Bool) {
    self.record = record
    self.entity = entity
    self.draft = draft
    self.isNew = isNew
  }
}

/// How many records of each kind an import creates, updates or leaves as they were.
public struct ImportCounts: Sendable, Equatable {
  public var created: [RegisterRecordKind: Int] = [:]
  public var updated: [RegisterRecordKind: Int] = [:]
  public var unchanged: [RegisterRecordKind: Int] = [:]

  public init() {}

  /// Nothing created or updated: importing again changes nothing.
  public var isNoChange: Bool {
    created.values.allSatisfy { $0 == 0 } && updated.values.allSatisfy { $0 == 0 }
  }
}

/// What importing a file would do: the events to append, in order (units, grids, people,
/// households), and the counts. Pure; `--dry-run` prints it without appending.
public struct RegisterPlan: Sendable, Equatable {
  public var changes: [RegisterChange]
  public var counts: ImportCounts
  /// Data rows read from the file.
  public var rows: Int

  public init(changes: [RegisterChange], counts: ImportCounts, rows: Int) {
    self.changes = changes
    self.counts = counts
    self.rows = rows
  }
}
