import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi dispatch ID --to VOLUNTEER`: 平台派单 to a party member volunteer.
struct Dispatch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dispatch",
    abstract: "Dispatch a case to a party member volunteer (平台派单).",
    discussion: """
      --to takes a person of the register (name, short id or phone); a name not in the register
      is accepted with a warning, but then the volunteer's hours are kept by name only.
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "The volunteer: name, short id or phone.") var to: String
  @Option(help: "What the volunteer should do.") var note: String?

  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      let store = try context.openStore(create: false)
      guard
        let person = try PersonArgument.resolve(
          to, store: store, context: context, role: .volunteer)
      else {
        return .dispatch(to: to, volunteerID: nil, note: note)
      }
      if !person.has(.volunteer) {
        Stderr.warn(
          context.strings.notPartyVolunteer(person.name))
      }
      return .dispatch(to: person.name, volunteerID: person.uuid, note: note)
    }
  }
}

/// `shuoshi deliver ID --minutes N`: 党员送单 — the volunteer visited and did the job.
struct Deliver: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deliver",
    abstract: "Record the volunteer's delivery (党员送单): visited, done, time spent.",
    discussion: """
      Done (the default) resolves the case; it then awaits the resident's rating (rate).
      --not-done records a visit that did not finish the job.
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "Time spent, in minutes (1–1440).") var minutes: Int
  @Option(help: "What was done.") var note: String?
  @Flag(name: .customLong("not-done"), help: "The job is not finished yet.") var notDone = false

  func run() throws {
    try CaseAction.run(global, output, id: id) { _ in
      .deliver(minutes: minutes, note: note, done: !notDone)
    }
  }
}

/// Reading a person named on the command line.
enum PersonArgument {
  /// The register person `raw` names — by short id, exact name or phone, else by the one best
  /// pinyin/name match (`xgh` → 夏国华), preferring people with `role`; nil (with a warning)
  /// when the register has nobody by that name; an error when several people fit equally.
  static func resolve(
    _ raw: String, store: CaseStore, context: AppContext, role: PersonRole? = nil
  ) throws -> Person? {
    if let person = try exact(raw, store) { return person }
    guard try !store.people().isEmpty else { return nil }
    let table = try ConfigFiles(resources: context.resources).pinyinTable()
    var found = try store.searchPeople(raw, table: table, role: role, limit: 5)
    if found.isEmpty, role != nil { found = try store.searchPeople(raw, table: table, limit: 5) }
    if let best = found.first, best.score >= 70, found.dropFirst().first?.score != best.score {
      Stderr.warn(context.strings.personMatched(raw, best.person.name))
      return best.person
    }
    if found.count > 1, found[0].score == found[1].score {
      throw StoreError.ambiguousRecord(
        .person, id: raw, matches: found.map { "\($0.person.shortID) \($0.person.name)" })
    }
    Stderr.warn(
      context.strings.notInRegister(raw)
    )
    return nil
  }

  /// The person with this short id, exact name or phone; nil when there is none.
  static func exact(_ raw: String, _ store: CaseStore) throws -> Person? {
    do {
      return try store.person(raw)
    } catch {
      if case .noRecord = error { return nil }
      throw error
    }
  }
}
