import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi verify`: check every hash chain and every case against a replay.
struct Verify: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract:
      "Check the tamper-evident history: every device's hash chain and every case against a replay (exit 9 on any problem)."
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  mutating func run() throws {
    try Run.guarded(global) { context in
      let report = try context.openStore(create: false).verify()
      if output.json {
        try JSONOut.print(VerifyJSON(report, lang: context.lang))
      } else {
        print(LedgerText(lang: context.lang).verify(report))
      }
      if !report.ok { throw ExitCode(9) }
    }
  }
}
