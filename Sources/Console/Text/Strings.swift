import ShuoshiCore

/// Every string the console shows, one table per language (`Strings.zh`, `Strings.en`), so no
/// screen holds a literal. Domain names (tiers, states, categories, event lines) come from
/// ShuoshiCore, which has its own tables.
public struct Strings: Sendable {
  public let lang: Lang

  // MARK: Chrome
  public let appName: String
  public let boothDay: String
  /// Monday first.
  public let weekdays: [String]
  public let contextTitles: [KeyContext: String]
  public let queueTitle: String
  public let detailTitle: @Sendable (_ id: String) -> String
  public let intakeTitle: String
  public let searchTitle: String
  public let helpTitle: String
  /// After a key's summary in help when the engine would refuse it on the open case.
  public let unavailable: @Sendable (_ reason: String) -> String
  public let sweepNone: @Sendable (_ time: String) -> String
  /// A sweep that moved cases up: how many cases, how many tiers they climbed in all (more
  /// than the cases after a gap), how many reached the street office.
  public let sweepDone:
    @Sendable (_ time: String, _ escalated: Int, _ tiers: Int, _ handedUp: Int) -> String
  public let overdueAtStreet: @Sendable (_ count: Int) -> String
  public let calendarMissing: @Sendable (_ years: [Int]) -> String
  /// Said once per session when deadlines reach a provisional (computed) calendar year.
  public let calendarProvisional: @Sendable (_ years: [Int]) -> String
  public let recorded: @Sendable (_ id: String, _ what: String) -> String
  public let refreshed: String

  // MARK: Queue
  /// Short tier names for tabs, columns and pickers (the detail screen uses the full name).
  public let tierNames: [Tier: String]
  /// A tab count in few cells: 9999, 1.2万, 35万 / 9999, 12.3k, 1.2M.
  public let compactCount: @Sendable (Int) -> String
  /// Tier names on the queue tabs (shorter still in English, so nine tabs fit 80 columns).
  public let tabTierNames: [Tier: String]
  public let tabOpen: String
  public let tabMine: String
  public let tabOverdue: String
  public let tabToday: String
  public let tabAwaitingRating: String
  public let tabAll: String
  public let columnUrgent: String
  public let columnID: String
  public let columnReceived: String
  public let columnResident: String
  public let columnCategory: String
  public let columnTier: String
  public let columnState: String
  public let columnDeadline: String
  public let urgentMark: String
  public let emptyQueue: String
  public let position: @Sendable (_ index: Int, _ count: Int) -> String
  public let daysLeft: @Sendable (Int) -> String
  public let daysOverdue: @Sendable (Int) -> String
  public let dueToday: String
  public let paused: String

  // MARK: Detail
  public let labelResident: String
  public let labelReceived: String
  public let labelAddress: String
  public let labelCategory: String
  public let labelOtherParty: String
  public let labelTier: String
  public let labelState: String
  public let labelAssignee: String
  public let labelDeadline: String
  public let labelFirstContact: String
  public let labelEscalations: String
  public let labelSummary: String
  public let labelRating: String
  public let labelReferral: String
  public let labelText: String
  public let labelHistory: String
  public let tierAtIntake: @Sendable (_ tier: String) -> String
  public let urgentBadge: String
  public let unassigned: String
  public let referredText: String
  public let clockRunning: String
  public let clockPaused: String
  public let clockStopped: String
  public let workingDaysLeft: @Sendable (Int) -> String
  public let workingDaysOverdue: @Sendable (Int) -> String
  public let contactedAt: @Sendable (_ time: String) -> String
  public let contactDue: @Sendable (_ time: String) -> String
  public let contactLate: @Sendable (_ time: String) -> String
  public let escalationCount: @Sendable (Int) -> String
  public let onSpot: String
  public let onSpotButton: String

  // MARK: Intake
  public let fieldName: String
  public let fieldPhone: String
  public let fieldAddress: String
  public let fieldOtherParty: String
  public let fieldText: String
  public let placeholderName: String
  public let placeholderPhone: String
  public let placeholderAddress: String
  public let placeholderOtherParty: String
  public let placeholderText: String
  public let triageTitle: String
  public let triageEmpty: String
  public let triageUrgent: String
  public let triageReasons: String
  public let triageDeadline: @Sendable (_ date: String, _ days: Int) -> String
  public let tierOverride: @Sendable (_ suggested: String, _ reason: String) -> String
  public let tierKeysHint: String
  public let duplicatesTitle: String
  public let receiptTitle: String
  public let deadlineWithNote: @Sendable (_ date: String, _ note: String) -> String
  public let discardTitle: String
  public let discardMessage: String
  public let keepEditing: String
  public let discard: String
  public let duplicateTitle: String
  public let duplicateMessage: @Sendable (_ lines: [String]) -> String
  public let saveAnyway: String
  public let goBack: String
  public let tierPickerTitle: String
  public let tierReasonTitle: String
  public let tierReasonMessage: @Sendable (_ from: String, _ to: String) -> String

  // MARK: Search
  public let searchLabel: String
  public let searchPlaceholder: String
  public let searchCount: @Sendable (Int) -> String
  public let searchNothing: String
  public let searchHint: String

  // MARK: Prompts
  public let ok: String
  public let cancel: String
  public let pickerHint: String
  public let assignTitle: String
  /// The assign prompt, naming the current assignee when there is one.
  public let assignMessage: @Sendable (_ current: String?) -> String
  public let noteTitle: String
  public let noteMessage: String
  public let visitTitle: String
  public let visitMessage: String
  public let waitTitle: String
  public let waitMessage: String
  public let resolveTitle: String
  public let resolveMessage: String
  public let rateTitle: String
  public let rateCommentTitle: String
  public let rateCommentMessage: String
  public let escalateTitle: String
  public let escalateNoteTitle: String
  public let escalateNoteMessage: @Sendable (_ from: String, _ to: String) -> String
  public let retierTitle: String
  public let reopenTitle: String
  public let reopenMessage: String
  public let undoTitle: String
  public let undoMessage: @Sendable (_ what: String) -> String
  public let undoButton: String
  /// The undo dialog closed with Cancel (its default): nothing changed.
  public let undoCancelled: String
  public let quitTitle: String
  public let quitMessage: String
  public let quitButton: String
  public let errorTitle: String

  /// The heading of a key context in help.
  public func contextTitle(_ context: KeyContext) -> String {
    contextTitles[context] ?? context.rawValue
  }

  /// The table for `lang`.
  public static func `for`(_ lang: Lang) -> Strings {
    lang == .zh ? .zh : .en
  }
}
