import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

// The commands that act on one case. Each is one event in the log (rating unsatisfied adds
// the reopening and the escalation) and prints the case's new standing.

/// Runs one action on a case and prints the outcome.
enum CaseAction {
  static func run(
    _ global: GlobalOptions, _ output: OutputOptions, id: String,
    _ action: @escaping (AppContext) throws -> Action
  ) throws {
    try Run.guarded(global) { context in
      let engine = try context.deadlineEngine()
      let store = try context.openStore(create: false)
      let target = try store.lookup(id).uuid.uuidString
      let c = try store.perform(
        try action(context), on: target, engine: engine, by: context.actor, now: context.now)
      if output.json {
        try JSONOut.print(
          CaseJSON(
            c, history: try store.history(of: c), rules: engine.rules, lang: context.lang,
            now: context.now, maskPhone: true))
      } else {
        let text = CaseText(
          rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
        let owner = c.assignee.map { " · \($0.terminalSafe())" } ?? ""
        let extended = c.isExtended ? SupervisionStrings.forLang(context.lang).extendedNote : ""
        print(
          "\(c.id)  \(c.tier.name(context.lang)) · \(c.state.name(context.lang))\(owner) · "
            + "\(text.day(c.deadline))\(extended) \(text.deadlineNote(c))")
      }
    }
  }
}

struct Assign: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign", abstract: "Assign a case to its handler (平台派单).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "Who takes it: a person of the register (name, short id, phone) or any name.")
  var to: String
  @Option(
    name: [.customLong("note"), .customLong("reason")], help: "Why, or a note for the handler.")
  var note: String?
  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      let store = try context.openStore(create: false)
      guard let person = try PersonArgument.resolve(to, store: store, context: context) else {
        return .assign(to: to, note: note)
      }
      return .assignOwner(name: person.name, id: person.uuid, note: note, route: [])
    }
  }
}

struct Note: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note", abstract: "Add a note to a case's history.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Argument(help: "The note.") var text: String
  func run() throws { try CaseAction.run(global, output, id: id) { _ in .note(text) } }
}

struct Visit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "visit",
    abstract: "Record a visit or call to the resident (the first is the first contact).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "What was found or said.") var note: String?
  @Option(help: "Time spent, in minutes.") var minutes: Int?
  func run() throws {
    try CaseAction.run(global, output, id: id) { _ in .visit(note: note, minutes: minutes) }
  }
}

struct Wait: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wait",
    abstract:
      "Wait on the resident or a third party; the deadline clock pauses until the expected day.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "What the case waits for.") var reason: String
  @Option(
    help:
      "Expected end (YYYY-MM-DD); after it the clock resumes by itself. Default: waiting: default_working_days in routing.yaml."
  )
  var until: String?
  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      .wait(reason: reason, until: try SupervisionParse.until(until, context))
    }
  }
}

struct Resume: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume",
    abstract: "End a wait; the deadline moves back by the working days it paused.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  func run() throws { try CaseAction.run(global, output, id: id) { _ in .resume } }
}

struct Resolve: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Resolve a case; it then awaits the resident's rating.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "How it was settled.") var summary: String
  @Flag(name: .customLong("on-spot"), help: "Settled at the booth table (当场化解).")
  var onSpot = false
  func run() throws {
    try CaseAction.run(global, output, id: id) { _ in .resolve(summary: summary, onSpot: onSpot) }
  }
}

struct Rate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rate",
    abstract: "Record the resident's rating (群众评单); unsatisfied reopens and escalates.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Argument(help: "satisfied | basic | unsatisfied (满意 | 基本满意 | 不满意).") var rating: String
  @Option(help: "The resident's words.") var comment: String?
  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      .rate(try Parse.rating(rating, context), comment: comment)
    }
  }
}

struct Escalate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "escalate", abstract: "Move a case up one tier.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "overdue | unsatisfied | risk | manual.") var reason = "manual"
  @Option(help: "Why, in words.") var note: String?
  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      .escalate(try Parse.escalation(reason, context), note: note)
    }
  }
}

struct Retier: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retier",
    abstract: "Put a case on another tier by hand (with a reason).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "household | residence | district | street, or 1-4.") var tier: String
  @Option(help: "Why.") var reason: String
  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      .retier(try Parse.tier(tier, context), reason: reason)
    }
  }
}

struct Reopen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen", abstract: "Reopen a resolved or closed case.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "Why.") var reason: String?
  func run() throws { try CaseAction.run(global, output, id: id) { _ in .reopen(reason: reason) } }
}

struct Undo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Undo the last action on a case (adds a compensating event; nothing is deleted).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  func run() throws { try CaseAction.run(global, output, id: id) { _ in .undo } }
}
