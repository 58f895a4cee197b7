import ShuoshiCore

/// The words of a case as the CLI prints it — `list`'s table and `show`'s detail — one table per
/// language like `CLIStrings`.
struct CaseTextStrings: Sendable {
  // MARK: Deadline standing
  let paused: String
  let overdue: @Sendable (_ days: Int) -> String
  let dueToday: String
  let left: @Sendable (_ workingDays: Int) -> String

  // MARK: list
  let listColumns: [String]
  let urgentMark: String

  // MARK: show
  let labelID: String
  let urgentTag: String
  let labelReceived: String
  let labelResident: String
  let labelAddress: String
  let labelOtherParty: String
  let labelCategory: String
  let labelTier: String
  /// After the tier when it changed since intake.
  let atIntake: @Sendable (_ tier: String) -> String
  let labelState: String
  let labelAssignee: String
  let labelVolunteer: String
  let labelDeadline: String
  let labelEscalations: String
  let labelReferral: String
  let referral: String
  let labelSummary: String
  let labelRating: String
  let grievanceHeading: String
  let historyHeading: String

  static func forLang(_ lang: Lang) -> CaseTextStrings { lang == .zh ? .zh : .en }
}
