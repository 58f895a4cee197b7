import ShuoshiCore

/// The lines of the ledger's accounts — bundle import, verify, conflicts, a case's merges — and
/// of sweeps and booth sessions, one table per language like `CLIStrings`.
struct SyncStrings: Sendable {
  // MARK: sync import
  let unencryptedImport: String
  let nothingNew: @Sendable (_ received: Int) -> String
  let imported:
    @Sendable (_ added: Int, _ received: Int, _ device: String, _ site: String, _ cases: Int) ->
      String
  let importVerified: @Sendable (_ chains: Int, _ cases: Int) -> String
  /// A case arrived with a number a case here already has (laptops without letters).
  let sharedNumber: @Sendable (_ id: String, _ shownAs: String) -> String
  let conflictsToSettle: @Sendable (_ count: Int) -> String
  let clockAhead: @Sendable (_ hours: Int) -> String

  // MARK: conflicts and verify
  let conflictHeadline: @Sendable (_ caseID: String, _ field: String, _ versions: Int) -> String
  let inEffect: String
  /// Before a device id in a conflict's version line.
  let device: String
  let chain: @Sendable (_ device: String, _ events: Int, _ head: String) -> String
  let verified: @Sendable (_ events: Int, _ cases: Int) -> String
  let problemsFound: @Sendable (_ count: Int) -> String

  // MARK: A case's ledger rows in `show`
  let mergedInto: @Sendable (_ caseID: String) -> String
  let absorbed: @Sendable (_ caseIDs: [String]) -> String
  let erasedRow: String
  let conflictRow: @Sendable (_ field: String, _ versions: Int) -> String

  // MARK: Sweeps and booth sessions
  /// Cases moved up, tiers climbed in all (more than the cases after a gap), cases that reached
  /// the street office, and cases already there and still late.
  let sweep:
    @Sendable (_ escalated: Int, _ tiers: Int, _ handedUp: Int, _ overdueAtStreet: Int) -> String
  let sessionStaff: @Sendable (_ staff: [String]) -> String

  static func forLang(_ lang: Lang) -> SyncStrings { lang == .zh ? .zh : .en }
}
