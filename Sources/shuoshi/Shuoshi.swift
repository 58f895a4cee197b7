import ArgumentParser
import Foundation

/// `shuoshi`: with no subcommand, opens the console on the data directory.
///
/// Every command names itself (`commandName:`): without it ArgumentParser derives the name
/// from the type with `String(describing:)`, whose protocol-conformance lookups were a sixth
/// of each command's start-up time (docs/PERFORMANCE.md).
@main
struct Shuoshi: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shuoshi",
    abstract: "说事 — 逢六说事儿 case console: intake, 三事分办 triage and follow-up.",
    discussion: """
      With no subcommand, opens the console on the data directory.
      Data: --data DIR, else $SHUOSHI_DATA, else $XDG_DATA_HOME/shuoshi (~/.local/share/shuoshi).
      Messages are in Chinese; --lang en (or an English LANG) switches to English.
      """,
    version: BuildInfo.versionLine,
    subcommands: [
      Add.self, TriageCommand.self, List.self, Show.self, Assign.self, Note.self, Visit.self,
      Wait.self, Resume.self, Resolve.self, Rate.self, Escalate.self, Retier.self, Reopen.self,
      Undo.self, FollowUpCommand.self, Sweep.self, Demo.self, Init.self, CheckConfig.self,
      Keys.self, Bench.self,
      // The ledger: several laptops, one history (docs/LEDGER.md).
      Sync.self, HubCommand.self, Verify.self, Conflicts.self, Settle.self, MergeCases.self,
      Unmerge.self,
      EraseResident.self,
      // The register (issue 4): import, capacity check, routing, the dispatch loop.
      ImportCommand.self, CheckRegister.self, RouteCommand.self, Dispatch.self, Deliver.self,
      Volunteers.self, PeopleCommand.self, HouseholdCommand.self,
      // Booth days (issue 5): sessions, receipts, reports.
      SessionCommand.self, ReceiptCommand.self, ReportCommand.self, TaizhangCommand.self,
      // Working-day calendars (issue 14).
      CalendarCommand.self,
      // Corrections and voiding (issue 15).
      Correct.self, VoidCase.self, RestoreCase.self,
      // The supervision loop (issue 14): 延期, 退单, 催办, 督办.
      Extend.self, ReturnCase.self, Urge.self, Supervise.self, UrgeListCommand.self,
      // 排查 rounds of the grids (issue 18).
      RoundsCommand.self,
      // Operators who sign in (issue 16).
      OperatorCommand.self,
      // Group cases (issue 18): 母案/子案.
      GroupCommand.self,
      // Early warning (issue 18): linked cases, 预警.
      WarningsCommand.self,
      // Encryption at rest (issue 16).
      EncryptCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  @Flag(
    help:
      "Open the console on a fresh demo data set (in --data DIR if given, else a temporary directory)."
  )
  var demo = false

  @Option(help: "Colour theme: default, light, high-contrast, mono (NO_COLOR forces mono).")
  var theme: String?

  mutating func run() throws {
    // The console signs the operator in on its own screen.
    try Run.guarded(global, signIn: false) { context in
      try ConsoleLauncher.launch(context: context, demo: demo, theme: theme, global: global)
    }
  }
}
