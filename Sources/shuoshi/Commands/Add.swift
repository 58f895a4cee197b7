import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi add`: take in a grievance; prints the new case id.
struct Add: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Take in a new grievance (群众点单); prints the new case id.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Resident's name.") var resident: String
  @Option(
    help: ArgumentHelp(
      "Resident's phone: a mobile number (138 1234 5678, +86 allowed) or a landline with its area code (0719-1234567); 无电话 when there is none.",
      valueName: "phone"))
  var phone = ""
  @Flag(name: .customLong("no-phone"), help: "The resident has no phone (recorded as 无电话).")
  var noPhone = false
  @Option(help: "Resident's address.") var address = ""
  @Option(help: "The grievance in the resident's words.") var text: String
  @Option(name: .customLong("other-party"), help: "Other party of a dispute (repeatable).")
  var otherParties: [String] = []
  @Option(help: "Category id (overrides triage; see check-config).") var category: String?
  @Option(help: "Tier: household|residence|district|street or 1-4 (overrides triage).")
  var tier: String?
  @Option(help: "Why the tier or category was overridden (required when they differ from triage).")
  var reason: String?
  @Option(name: .customLong("received-at"), help: "When it was received (ISO 8601); default now.")
  var receivedAt: String?
  @Flag(name: .customLong("no-route"), help: "Do not assign the owner the register suggests.")
  var noRoute = false
  @Option(
    name: .customLong("on-spot-summary"),
    help: "Settled at the booth table (当场化解): how; the case is taken in and resolved in one step.")
  var onSpotSummary: String?
  @Flag(help: "Print the resident's receipt (回执) after the id.") var receipt = false
  @Option(help: "The 排查 round that found the matter (its id from rounds list --grid).")
  var round: String?

  mutating func run() throws {
    try Run.guarded(global) { context in
      if noPhone && !phone.isEmpty && !PhoneNumber.isNone(phone) {
        throw UsageProblem(
          zh: "--no-phone 与 --phone 只能给一个", en: "give either --no-phone or --phone, not both")
      }
      let engine = try context.deadlineEngine()
      let store = try context.openStore()
      var intake = Intake(
        resident: Resident(
          name: resident, phone: noPhone ? PhoneNumber.none : phone, address: address),
        otherParties: otherParties, text: text,
        receivedAt: try Parse.date(receivedAt, context) ?? context.now,
        category: category, tier: try tier.map { try Parse.tier($0, context) },
        overrideReason: reason)
      if let round { intake.surveyRound = try store.surveyRound(round).round.uuid }
      let request = TakeInRequest(
        intake, owner: noRoute ? .unrouted : .suggested, settledOnSpot: onSpotSummary)
      let c = try store.takeIn(request, engine: engine, by: context.actor, now: context.now)
      if output.json {
        try JSONOut.print(
          CaseJSON(
            c, history: nil, rules: engine.rules, lang: context.lang, now: context.now,
            maskPhone: true))
      } else {
        print(c.id)
        if receipt {
          let r = try ReceiptCommand.receipt(
            for: c.id, store: store, engine: engine, context: context)
          print("")
          print(r.lines(width: min(context.textWidth, 72)).joined(separator: "\n"))
        }
      }
    }
  }
}
