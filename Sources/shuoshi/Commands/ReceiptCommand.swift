import ArgumentParser
import Desk
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// `shuoshi receipt ID`: the resident's receipt (回执), as text or printable HTML.
struct ReceiptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "receipt",
    abstract: "Print the resident's receipt (回执) for a case: text, or printable HTML.",
    discussion:
      "The booth's phone and place come from booth_phone and booth_place in the settings (shuoshi init). Any case has one, closed ones too: it says where the case stands now."
  )

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "text | html.") var format = "text"
  @Option(help: "Write to this file instead of standard output.") var out: String?
  @OptionGroup var replace: ForceOption

  func run() throws {
    try ReportRun.guarded(global) { context in
      try OutputFile.check(out, existing: replace.existing, context)
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let receipt = try ReceiptCommand.receipt(
        for: id, store: store, engine: engine, context: context)
      try OutputFile.writePage(
        receipt, format: format, to: out, existing: replace.existing, context)
    }
  }

  /// The receipt of case `id`, with the session it was taken in and the booth's phone (the
  /// console builds it the same way: `ReceiptFiles`).
  static func receipt(for id: String, store: CaseStore, engine: CaseEngine, context: AppContext)
    throws -> Receipt
  {
    try ReceiptFiles.receipt(
      for: id, store: store, engine: engine, lang: context.lang,
      boothPhone: context.userConfig.boothPhone, unitName: context.userConfig.unitName,
      boothPlace: context.userConfig.boothPlace, by: context.actor)
  }
}
