import ShuoshiCore

/// The labels and lines of the CLI's printed accounts — triage, route, register import, erasure —
/// one table per language like `CLIStrings` (kept apart so each stays short). Formatters that
/// take a `Lang` pick `OutputStrings.forLang(lang)`.
struct OutputStrings: Sendable {
  // MARK: Shared
  /// Between the names of a list.
  let listSeparator: String
  /// Before an error message on stderr.
  let errorPrefix: String
  let looserPermissions: @Sendable (_ path: String) -> String
  /// The site settings' `time_zone` names no zone; `used` is shown instead.
  let unknownTimeZone: @Sendable (_ name: String, _ used: String) -> String
  let yes: String
  let no: String
  /// A labelled line's label, with its separator: `分类：` / `category: `.
  let category: String
  let tier: String
  let reasonsHeading: String

  // MARK: triage and route
  let urgent: String
  let referral: String
  let confidence: String
  let household: String
  /// The match's quality after the household: `（精确）` / ` (exact)`.
  let inParentheses: @Sendable (_ text: String) -> String
  let owner: String

  // MARK: check-config
  let categories: @Sendable (_ count: Int) -> String
  let pinyinCharacters: @Sendable (_ count: Int) -> String
  let calendarYear:
    @Sendable (_ year: Int, _ provisional: Bool, _ holidays: Int, _ workdays: Int) -> String
  /// A shipped CSV: its rows and encoding (named in this language).
  let csvRows: @Sendable (_ rows: Int, _ encoding: String) -> String

  // MARK: household, people, volunteers, check-register
  let labelHousehold: String
  let labelGrid: String
  let labelMembers: String
  let labelPhone: String
  let labelFlags: String
  let labelNote: String
  let labelLookedAfter: String
  let labelVisits: String
  /// `streak` is `BoothVisits.streakText`, empty below two Saturdays.
  let householdVisits: @Sendable (_ cases: Int, _ open: Int, _ streak: String) -> String
  let peopleColumns: [String]
  let volunteerColumns: [String]
  let capacityColumns: [String]
  let overMark: String
  let registerTotals:
    @Sendable (_ units: Int, _ grids: Int, _ households: Int, _ people: Int) -> String

  // MARK: import households
  let importCountsSeparator: String
  let importHead: @Sendable (_ file: String, _ encoding: String, _ rows: Int) -> String
  let importCreated: @Sendable (_ counts: String) -> String
  let importUpdated: @Sendable (_ counts: String) -> String
  let importUnchanged: @Sendable (_ counts: String) -> String
  let importIgnored: @Sendable (_ columns: String) -> String
  let importDryRun: String
  let importNoChange: String
  let importSaved: @Sendable (_ events: Int) -> String

  // MARK: erase-resident
  let erasePreview: String
  let eraseConfirm: String
  let erased: String
  let eraseUnfinished: String
  let eraseCompacting: @Sendable (_ path: String, _ reason: String) -> String
  let eraseRemoving: @Sendable (_ path: String, _ reason: String) -> String
  let eraseRetry: String
  let diskFull: String
  let readOnlyDisk: String
  let eraseFinished: String
  let contactPhone: String
  /// How many, and which (case ids, household rows, file paths).
  let erasedCases: @Sendable (_ ids: [String]) -> String
  let erasedMembers: @Sendable (_ rows: [String]) -> String
  let erasedReceipts: @Sendable (_ paths: [String]) -> String
  let erasedBackups: @Sendable (_ paths: [String]) -> String

  static func forLang(_ lang: Lang) -> OutputStrings { lang == .zh ? .zh : .en }
}
