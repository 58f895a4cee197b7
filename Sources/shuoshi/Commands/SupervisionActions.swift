import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

// The supervision verbs of the 接诉即办 loop: each is one event, decided by the engine
// (`CaseEngine+Supervision`), and prints the case's new standing like the other case actions.

struct Extend: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extend",
    abstract: "Extend a case's deadline by some working days, before it passes (延期, once per tier)."
  )
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "Working days to add (1 to extension: max_working_days in routing.yaml).")
  var days: Int
  @Option(help: "Why more time is needed.") var reason: String
  func run() throws {
    try CaseAction.run(global, output, id: id) { _ in .extend(days: days, reason: reason) }
  }
}

struct ReturnCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "return",
    abstract: "Hand a case back for dispatch with grounds (退单); wrong-tier names the right tier.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "not-ours | wrong-address | wrong-tier (不属于本级 | 地址有误 | 层级不对).")
  var grounds: String
  @Option(help: "With wrong-tier: the tier it belongs at (household|residence|district|street).")
  var tier: String?
  @Option(help: "What the owner found.") var note: String
  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      guard let g = SupervisionParse.grounds(grounds) else {
        throw UsageProblem(
          zh: SupervisionStrings.zh.badGrounds(grounds), en: SupervisionStrings.en.badGrounds(grounds))
      }
      return .returnCase(grounds: g, tier: try tier.map { try Parse.tier($0, context) }, note: note)
    }
  }
}

struct Urge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "urge", abstract: "Urge the owner of an overdue case (催办).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "What the owner is asked to do.") var note: String?
  func run() throws { try CaseAction.run(global, output, id: id) { _ in .urge(note: note) } }
}

struct Supervise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "supervise",
    abstract: "Put a case under a supervisor's watch (督办) until it is closed, or lift it (--off).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Flag(help: "Lift the flag.") var off = false
  @Option(help: "Why.") var note: String?
  func run() throws {
    try CaseAction.run(global, output, id: id) { _ in .supervise(on: !off, note: note) }
  }
}

enum SupervisionParse {
  static func grounds(_ raw: String) -> ReturnGrounds? {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let g = ReturnGrounds(rawValue: s) { return g }
    switch s {
    case "不属于本级", "不属于本人", "不属于本级职责", "不属于本人职责", "1": return .notOurs
    case "地址有误", "地址错误", "2": return .wrongAddress
    case "层级不对", "3": return .wrongTier
    default: return nil
    }
  }

  /// `--until YYYY-MM-DD`: the end of that day in the calendar's time zone.
  static func until(_ raw: String?, _ context: AppContext) throws -> Date? {
    guard let raw else { return nil }
    guard let day = CivilDate(iso: raw.trimmingCharacters(in: .whitespaces)) else {
      throw UsageProblem(
        zh: SupervisionStrings.zh.badUntil(raw), en: SupervisionStrings.en.badUntil(raw))
    }
    return try context.engine().calendar.endOfDay(day)
  }
}
