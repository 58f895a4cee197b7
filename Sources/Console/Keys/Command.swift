import ShuoshiCore

/// Everything a key can do in the console. The raw value is the command's name in
/// `data/keys.yaml`; help, the hint bar and `docs/keys.md` are generated from this table and
/// the keymap, so they never drift from the real bindings.
public enum Command: String, CaseIterable, Sendable {
  // general
  case help, new, search, back, quit, refresh, sweepNow
  // movement
  case down, up, pageDown, pageUp, first, last, open
  // queue
  case nextTab, previousTab, toggleMine
  // marks in the queue for a batch action (t, T)
  case markToggle, markPattern
  case tierHousehold, tierResidence, tierDistrict, tierStreet
  // case work
  case assign, note, visit, waitResume, resolve, rate, escalate, retier, reopen, undo
  case revealPhone
  // intake form
  case save, nextField, previousField, pickTier, complete
  // register and dispatch loop (点单 → 派单 → 送单 → 评单)
  case registerBrowser, ownerCases, dispatchVolunteer, deliver, pickOwner
  // booth days: the report screen, settling on the spot
  case report, resolveOnSpot, periodKind, periodBack, periodForward, reportScope, reportNames
  // several laptops: conflicts to settle, duplicate cases
  case conflicts, settle, mergeCase, unmergeCase
  // receipts
  case reprintReceipt
  // corrections (更正) and voiding (作废/恢复); the intake's category override
  case correct, voidRestore, pickCategory
  // 回访: the follow-up after a resolution
  case followUp
  // the supervision loop: 延期, 退单, 催办, 督办
  case extend, returnCase, urge, supervise
  // the intake form: save as settled at the booth table (当场化解) in one step
  case saveSettled
  // 排查: the grids' survey rounds (the 排查 screen)
  case surveyRounds
  // the booth screen locks (operators who sign in)
  case lock
  // group cases (母案/子案): form one from the marked cases, or join, leave, open in a case
  case groupCase
  // 预警: the warnings screen, and what a worker does with a warning
  case warnings, acknowledgeWarning, dismissWarning, takeOnWarning

  /// Commands deliberately shipped without a key: they exist so a user's `keys.yaml` can bind
  /// them. A keymap test checks every other command is bound somewhere.
  public static let unbound: Set<Command> = [.sweepNow]

  /// The group the command is listed under.
  public var group: CommandGroup {
    switch self {
    case .help, .new, .search, .back, .quit, .refresh, .sweepNow, .lock: return .general
    case .down, .up, .pageDown, .pageUp, .first, .last, .open: return .movement
    case .markToggle, .markPattern: return .queue
    case .nextTab, .previousTab, .toggleMine, .tierHousehold, .tierResidence, .tierDistrict,
      .tierStreet:
      return .queue
    case .assign, .note, .visit, .waitResume, .resolve, .rate, .escalate, .retier, .reopen,
      .undo, .revealPhone:
      return .caseWork
    case .save, .nextField, .previousField, .pickTier, .complete: return .form
    case .registerBrowser, .ownerCases, .surveyRounds: return .queue
    case .dispatchVolunteer, .deliver: return .caseWork
    case .pickOwner: return .form
    case .report: return .queue
    case .resolveOnSpot: return .caseWork
    case .periodKind, .periodBack, .periodForward, .reportScope, .reportNames: return .report
    case .conflicts: return .queue
    case .settle, .mergeCase, .unmergeCase: return .caseWork
    case .reprintReceipt: return .caseWork
    case .correct, .voidRestore: return .caseWork
    case .pickCategory, .saveSettled: return .form
    case .followUp: return .caseWork
    case .extend, .returnCase, .urge, .supervise: return .caseWork
    case .groupCase: return .caseWork
    case .warnings: return .queue
    case .acknowledgeWarning, .dismissWarning, .takeOnWarning: return .warning
    }
  }

  /// The contexts in which the command does something (binding it elsewhere is an error
  /// that `check-config` reports).
  public var contexts: Set<KeyContext> {
    switch group {
    case .general:
      return [.generic, .list, .detail, .form, .search, .report, .conflicts, .warnings]
    case .movement: return [.list, .detail, .search, .report, .conflicts, .warnings]
    case .queue:
      return tier == nil ? [.list] : [.list, .detail, .form]
    case .caseWork:
      switch self {
      // In the queue, undo takes back the last batch (or the selected case's last action).
      case .assign, .escalate, .resolve, .undo, .voidRestore, .urge, .reprintReceipt, .groupCase:
        return [.list, .detail]
      case .settle: return [.conflicts]
      default: return [.detail]
      }
    case .form: return [.form]
    case .report: return [.report]
    case .warning: return [.warnings]
    }
  }

  /// The tier a tier command names.
  public var tier: Tier? {
    switch self {
    case .tierHousehold: return .household
    case .tierResidence: return .residence
    case .tierDistrict: return .district
    case .tierStreet: return .street
    default: return nil
    }
  }

  /// The action commands that act on one case (the selected row, or the case shown).
  /// (Reveal, settle, merge and unmerge are ledger requests the screen makes instead; a
  /// reprinted receipt records nothing.)
  public var isCaseAction: Bool {
    group == .caseWork
      && ![.revealPhone, .settle, .mergeCase, .unmergeCase, .reprintReceipt, .groupCase].contains(
        self)
  }

  /// Where the command sits in a hint bar (lower first); nil: not shown there.
  public var hintRank: Int? {
    switch self {
    case .help: return 0
    case .save: return 1
    case .open: return 2
    case .new: return 3
    case .search: return 4
    case .nextField: return 5
    case .pickTier: return 6
    case .back: return 7
    case .nextTab: return 8
    case .toggleMine: return 9
    case .assign: return 10
    case .note: return 11
    case .visit: return 12
    case .waitResume: return 13
    case .resolve: return 14
    case .rate: return 15
    case .escalate: return 16
    case .retier: return 17
    case .reopen: return 18
    case .undo: return 19
    case .revealPhone: return 20
    case .dispatchVolunteer: return 21
    case .deliver: return 22
    case .pickOwner: return 23
    case .registerBrowser: return 24
    case .ownerCases: return 25
    case .periodKind: return 26
    case .periodBack: return 27
    case .periodForward: return 28
    case .reportScope: return 29
    case .reportNames: return 30
    case .report: return 31
    case .resolveOnSpot: return 32
    case .settle: return 10
    case .mergeCase: return 33
    case .unmergeCase: return 34
    case .conflicts: return 35
    case .correct: return 36
    case .voidRestore: return 37
    case .pickCategory: return 38
    case .followUp: return 39
    case .extend: return 40
    case .returnCase: return 41
    case .urge: return 42
    case .supervise: return 43
    case .saveSettled: return 44
    case .markToggle: return 45
    case .groupCase: return 46
    case .acknowledgeWarning: return 11
    case .dismissWarning: return 12
    case .takeOnWarning: return 13
    default: return nil
    }
  }
}
