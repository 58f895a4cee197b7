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
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let r = engine.triage.classify(text)
      let reasons = r.reasons.map { $0.text(context.lang, rules: engine.rules) }
      let name = engine.rules.name(ofCategory: r.category, lang: context.lang)
      if output.json {
        try JSONOut.print(
          JSON(
            category: r.category, category_name: name, tier: r.tier.rawValue, urgent: r.urgent,
            referred: r.referred, confidence: r.confidence, reasons: reasons))
        return
      }
      let zh = context.lang == .zh
      print((zh ? "分类：" : "category: ") + name)
      print((zh ? "层级：" : "tier: ") + r.tier.name(context.lang))
      print((zh ? "紧急：" : "urgent: ") + (r.urgent ? (zh ? "是" : "yes") : (zh ? "否" : "no")))
      if r.referred { print(zh ? "转交：不在受理范围" : "referral: out of scope") }
      print((zh ? "置信度：" : "confidence: ") + String(format: "%.2f", r.confidence))
      print(zh ? "依据：" : "reasons:")
      for reason in reasons { print("  - " + reason) }
    }
  }
}
