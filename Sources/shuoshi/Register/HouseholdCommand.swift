import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// `shuoshi household [show] QUERY`: a household with every case of its members;
/// `shuoshi household remove-member QUERY NAME`: take a member off it.
struct HouseholdCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "household",
    abstract: "Show a household and every case of its members, or remove a member.",
    subcommands: [HouseholdShow.self, HouseholdRemoveMember.self],
    defaultSubcommand: HouseholdShow.self)
}

/// `shuoshi household remove-member QUERY NAME`: a change of the register like any other (an
/// event in the log, so it syncs). To forget a resident everywhere, use `erase-resident`.
struct HouseholdRemoveMember: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove-member",
    abstract: "Take one member off a household of the register (with their phone).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The household: short id, address, or a member's name or phone.")
  var query: String
  @Argument(help: "The member's name, as the register has it.") var name: String

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let h = try store.removeMember(name, from: query, by: context.actor, now: context.now)
      print(
        context.strings.memberRemoved(
          RegisterID.short(h.uuid), h.address.text, name, h.members.count))
    }
  }
}

/// `shuoshi household [show] QUERY`.
struct HouseholdShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a household and every case of its members (and the Saturdays they came).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Short id (3fa2b1c0), address (六堰社区3栋2单元502), or a member's name or phone.")
  var query: String
  @Flag(help: "Show full phone numbers (recorded in the household's history).") var reveal = false

  struct JSON: Encodable {
    let household: HouseholdJSON
    let carers: [PersonJSON]
    let saturday_streak: Int
    let visit_days: [String]
    let open_cases: Int
    let cases: [CaseJSON]
  }

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let h = try store.household(query)
      let history = try store.householdHistory(h.uuid, calendar: engine.calendar)
      let names = try RegisterNames(store)
      let lang = context.lang
      if reveal {
        // Full numbers only after the reveal is recorded: the household, and in JSON its
        // carers and cases, whose phones are printed unmasked too.
        let shown =
          [h.uuid] + (output.json ? history.carers.map(\.uuid) + history.cases.map(\.uuid) : [])
        try store.recordReveal(of: shown, by: context.actor, now: context.now)
      }
      if output.json {
        try JSONOut.print(
          JSON(
            household: HouseholdJSON(h, names: names, reveal: reveal),
            carers: history.carers.map { PersonJSON($0, names: names, lang: lang, reveal: reveal) },
            saturday_streak: history.visits.saturdayStreak,
            visit_days: history.visits.days.map(\.description), open_cases: history.openCases.count,
            cases: history.cases.map {
              CaseJSON(
                $0, history: nil, rules: engine.rules, lang: lang, now: context.now,
                maskPhone: !reveal)
            }))
        return
      }
      let s = OutputStrings.forLang(lang)
      func field(_ label: String, _ value: String) {
        print(label.padded(to: 10) + value.terminalSafe())
      }
      field(
        s.labelHousehold,
        "\(RegisterID.short(h.uuid))  \(history.unit?.name ?? "")\(h.address.text)")
      field(s.labelGrid, history.grid?.name ?? "—")
      let members = h.members.map { m in
        m.phone.map { "\(m.name)（\(reveal ? $0 : PhoneMask.mask($0))）" } ?? m.name
      }
      field(s.labelMembers, members.joined(separator: s.listSeparator))
      field(s.labelPhone, reveal ? h.phone : PhoneMask.mask(h.phone))
      if !h.flags.isEmpty {
        field(s.labelFlags, h.flags.map { $0.name(lang) }.joined(separator: s.listSeparator))
      }
      if let note = h.note { field(s.labelNote, note) }
      let carers = history.carers.map { p in
        "\(p.name)（\(p.roles.filter { $0.ownsTier == .household }.map { $0.name(lang) }.joined(separator: "/"))）"
      }
      field(s.labelLookedAfter, carers.isEmpty ? "—" : carers.joined(separator: s.listSeparator))
      field(
        s.labelVisits,
        s.householdVisits(
          history.cases.count, history.openCases.count, history.visits.streakText(lang)))
      if !history.cases.isEmpty {
        print("")
        let text = CaseText(
          rules: engine.rules, calendar: engine.calendar, lang: lang, now: context.now)
        print(text.listTable(history.cases))
      }
    }
  }
}
