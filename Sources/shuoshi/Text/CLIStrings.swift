import ShuoshiCore

/// Every message the CLI says in a sentence, one table per language (`CLIStrings.zh`,
/// `CLIStrings.en`), like the console's `Strings`: a command picks `context.strings` and never holds a
/// literal pair. Domain names (tiers, states, event lines) come from ShuoshiCore's own tables.
struct CLIStrings: Sendable {
  let lang: Lang

  // MARK: Who acts when no person does
  /// The actor of the sweep and of the console's own events.
  let systemActor: String
  /// The actor of the demo's generated events.
  let demoActor: String

  // MARK: Setup: init, demo, bench, check-config, the console
  let initialised:
    @Sendable (
      _ site: String, _ unit: String, _ operatorName: String, _ data: String, _ config: String
    ) -> String
  let siteCodeKept: @Sendable (_ site: String) -> String
  /// This laptop's letter and what its case numbers look like.
  let laptopLetter: @Sendable (_ letter: String, _ site: String) -> String
  /// A data directory without a laptop letter keeps issuing the old ids.
  let noLaptopLetter: String
  /// `show`: the other cases that carry the same number, each as `sameNumberCase` words.
  let sameNumber: @Sendable (_ count: Int, _ cases: [String]) -> String
  let sameNumberCase: @Sendable (_ id: String, _ received: String, _ name: String) -> String
  let demoLoaded: @Sendable (_ count: Int) -> String
  let demoCreating: String
  let demoCreated: @Sendable (_ count: Int, _ path: String) -> String
  let benchGenerated:
    @Sendable (_ cases: Int, _ events: Int, _ seconds: Int, _ path: String) -> String
  let benchCases: @Sendable (_ cases: Int) -> String
  let benchSweep: @Sendable (_ escalated: Int, _ peakMB: Int) -> String
  /// Pages per durable save, averaged over the benchmark's saves (`SavePages`).
  let benchSavePages:
    @Sendable (_ saves: Int, _ written: Double, _ missed: Double, _ hits: Double) -> String
  /// Pages the full sweep's last sample moved (`SweepPages`) and the storage bytes behind them.
  let benchSweepPages:
    @Sendable (
      _ missed: Int, _ hits: Int, _ written: Int, _ spilled: Int, _ readMB: Int, _ writtenMB: Int
    )
      -> String
  let benchLongCase: @Sendable (_ id: String, _ events: Int, _ buildMs: Int) -> String
  let benchPeak: @Sendable (_ peakMB: Int) -> String
  let calendarMissing: @Sendable (_ year: Int) -> String
  let calendarProvisional: @Sendable (_ year: Int) -> String
  let keyBindings: @Sendable (_ count: Int) -> String
  let theme: @Sendable (_ name: String) -> String

  // MARK: Cases: list, report, merge, conflicts
  let noMatchingCases: String
  let listPage: @Sendable (_ total: Int, _ page: Int) -> String
  let reportFolder: @Sendable (_ path: String) -> String
  let merged: @Sendable (_ duplicate: String, _ into: String) -> String
  let unmerged: @Sendable (_ duplicate: String, _ from: String) -> String
  let noConflicts: String
  let settleHint: String
  let settled:
    @Sendable (_ id: String, _ tier: String, _ state: String, _ assignee: String?) -> String

  // MARK: Booth sessions
  let sessionOpened: String
  let sessionAlreadyOpen: String
  let sessionResumed: String
  /// Followed by the session's line.
  let sessionClosedLead: String
  let sessionClosedTaken: @Sendable (_ count: Int, _ shortID: String) -> String
  let sessionStateOpen: String
  let sessionStateClosed: String
  let sessionTally: @Sendable (_ state: String, _ taken: Int, _ resolved: Int) -> String
  let noSessions: String
  /// Before an open session in `session list` (empty width for a closed one).
  let sessionOpenMark: String

  // MARK: Sync and passphrases
  let unencryptedWarning: String
  let exported:
    @Sendable (_ events: Int, _ devices: Int, _ bytes: Int, _ encrypted: Bool, _ path: String) ->
      String
  let noPeerExports: String
  let peerMark: @Sendable (_ peer: String, _ device: String, _ seq: String) -> String
  let passphraseUnreadable: String
  let passphrasePrompt: String
  let passphraseAgain: String

  // MARK: Register
  let memberRemoved:
    @Sendable (_ household: String, _ address: String, _ name: String, _ left: Int) -> String
  let noVolunteers: String
  let volunteerTotals: @Sendable (_ minutes: Int, _ deliveries: Int) -> String
  let nobodyFound: String
  let gridsWithinLimit: String
  let notPartyVolunteer: @Sendable (_ name: String) -> String
  let personMatched: @Sendable (_ typed: String, _ name: String) -> String
  let notInRegister: @Sendable (_ typed: String) -> String

  static func forLang(_ lang: Lang) -> CLIStrings { lang == .zh ? .zh : .en }
}

extension AppContext {
  /// The CLI's messages in the context's language.
  var strings: CLIStrings { CLIStrings.forLang(lang) }
}
