import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi route`: dry run of routing — household, grid, owner and the reasons; saves nothing.
struct RouteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "route",
    abstract:
      "Dry run of routing: the household, grid and owner a resident's case would get, and why.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Resident's name.") var name = ""
  @Option(help: "Resident's phone.") var phone = ""
  @Option(help: "Resident's address.") var address = ""
  @Option(
    help: "Tier (household|residence|district|street or 1-4); default: what triage says of --text.")
  var tier: String?
  @Option(help: "The grievance, to let triage pick the tier.") var text: String?

  struct JSON: Encodable {
    let tier: String
    let unit: String?
    let grid: String?
    let household: String?
    let match: String?
    let owner: String?
    let owner_id: String?
    let owner_role: String?
    let reasons: [RouteReasonJSON]
  }

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let tier =
        try self.tier.map { try Parse.tier($0, context) }
        ?? engine.triage.classify(text ?? "").tier
      let s = try store.suggestRoute(
        for: Resident(name: name, phone: phone, address: address), tier: tier)
      let lang = context.lang
      if output.json {
        try JSONOut.print(
          JSON(
            tier: tier.rawValue, unit: s.unit?.name, grid: s.grid?.name,
            household: s.match.map { RegisterID.short($0.household.uuid) },
            match: s.match?.quality.rawValue, owner: s.owner?.person.name,
            owner_id: s.owner?.person.shortID, owner_role: s.owner?.role.rawValue,
            reasons: s.reasons.map { RouteReasonJSON($0, lang) }))
        return
      }
      let t = OutputStrings.forLang(lang)
      print(t.tier + tier.name(lang))
      if let m = s.match {
        let quality = t.inParentheses(m.quality.name(lang))
        let place = "\(s.unit?.name ?? "")\(m.household.address.text)"
        print(t.household + "\(RegisterID.short(m.household.uuid)) \(place)\(quality)")
      }
      let owner = s.owner.map { $0.person.name + t.inParentheses($0.role.name(lang)) }
      print(t.owner + (owner ?? "—"))
      print(t.reasonsHeading)
      for r in s.reasons { print("  - " + r.text(lang)) }
    }
  }
}
