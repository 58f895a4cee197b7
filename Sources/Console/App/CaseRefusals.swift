import Foundation
import ShuoshiCore

extension Command {
  /// The engine's kind of action this key starts on `c`, if it is a case action.
  func actionKind(on c: Case) -> ActionKind? {
    switch self {
    case .assign: return .assign
    case .note: return .note
    case .visit: return .visit
    case .waitResume: return c.state == .waiting ? .resume : .wait
    case .resolve, .resolveOnSpot: return .resolve
    case .rate: return .rate
    case .escalate: return .escalate
    case .retier, .tierHousehold, .tierResidence, .tierDistrict, .tierStreet: return .retier
    case .reopen: return .reopen
    case .undo: return .undo
    case .dispatchVolunteer: return .dispatch
    case .deliver: return .deliver
    case .correct: return .correct
    case .voidRestore: return c.voided ? .restore : .void
    case .followUp: return .followUp
    case .extend: return .extend
    case .returnCase: return .returnCase
    case .urge: return .urge
    case .supervise: return .supervise
    default: return nil
    }
  }
}

/// The case-action keys the engine would refuse on one case now, each with the engine's
/// reason: the hint bar dims them and help says why. Asked of the engine, never guessed here.
struct CaseRefusals: Equatable {
  private(set) var reasons: [Command: String] = [:]

  init() {}

  init(_ c: Case, history: [Event], engine: CaseEngine, now: Date, lang: Lang) {
    for command in Command.allCases {
      guard let kind = command.actionKind(on: c),
        let refusal = engine.refusal(for: kind, on: c, history: history, now: now)
      else { continue }
      reasons[command] = refusal.message(lang)
    }
  }

  func reason(_ command: Command) -> String? { reasons[command] }

  mutating func set(_ command: Command, _ reason: String) { reasons[command] = reason }
}
