import ArgumentParser
import Foundation
import ShuoshiCore

/// `shuoshi triage --text`: what triage would suggest, and why; saves nothing.
struct TriageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage", abstract: "Dry run of triage: category, tier, urgent and the reasons.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "The grievance text.") var text: String

  struct JSON: Encodable {
    let category: String
    let category_name: String
    let tier: String
    let urgent: Bool
    let referred: Bool
    let confidence: Double
    let reasons: [String]
  }

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let engine = try context.engine()
      let r = engine.triage.suggest(text)
      let reasons = r.reasons.map { $0.text(context.lang, rules: engine.rules) }
      let name = engine.rules.name(ofCategory: r.category, lang: context.lang)
      if output.json {
        try JSONOut.print(
          JSON(
            category: r.category, category_name: name, tier: r.tier.rawValue, urgent: r.urgent,
            referred: r.referred, confidence: r.confidence, reasons: reasons))
        return
      }
      let s = OutputStrings.forLang(context.lang)
      print(s.category + name)
      print(s.tier + r.tier.name(context.lang))
      print(s.urgent + (r.urgent ? s.yes : s.no))
      if r.referred { print(s.referral) }
      print(s.confidence + String(format: "%.2f", r.confidence))
      print(s.reasonsHeading)
      for reason in reasons { print("  - " + reason) }
    }
  }
}
