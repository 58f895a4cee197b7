import ShuoshiCore
import TerminalUI

/// A question the app is asking on top of a screen, and what the answer is for.
struct Modal {
  /// What is drawn: a dialog (message, text prompt, confirmation) or a picker.
  enum Body {
    case dialog(Dialog)
    case picker(Picker)
    /// A person of the register, searched by name or pinyin initials.
    case people(PersonPicker)
  }

  var body: Body
  let ask: Ask

  /// The text typed into a prompt (empty for other bodies).
  var text: String {
    if case .dialog(let d) = body { return d.input?.text ?? "" }
    return ""
  }

  func render(on surface: some Surface) {
    switch body {
    case .dialog(let d): d.render(on: surface)
    case .picker(let p): p.render(on: surface)
    case .people(let p): p.render(on: surface)
    }
  }

  mutating func handle(_ key: Key) -> Dialog.Outcome {
    switch body {
    case .dialog(var d):
      let outcome = d.handle(key)
      body = .dialog(d)
      return outcome
    case .picker(var p):
      let outcome = p.handle(key)
      body = .picker(p)
      return outcome
    case .people(var p):
      let outcome = p.handle(key)
      body = .people(p)
      return outcome
    }
  }
}

/// What a modal's answer is for. Case steps carry the case's short id.
enum Ask {
  case assign(id: String)
  case note(id: String)
  case visit(id: String)
  case wait(id: String)
  /// Button 0 resolves, button 1 resolves "on the spot".
  case resolve(id: String)
  case rating(id: String)
  case ratingComment(id: String)
  case escalationReason(id: String, from: Tier, to: Tier)
  case escalationNote(id: String, reason: EscalationReason, from: Tier, to: Tier)
  case retierTier(id: String, from: Tier)
  case retierReason(id: String, tier: Tier)
  case reopen(id: String)
  case undo(id: String)
  /// Intake: override the suggested tier.
  case intakeTier
  case intakeTierReason(tier: Tier)
  case saveDespiteDuplicates
  case discardIntake
  case quit
  /// A message with one button (an error).
  case notice
  /// The register and dispatch loop's steps (`App+Register`).
  case register(RegisterAsk)
  /// The receipt after an intake: button 1 writes it as a printable file.
  case receipt(id: String)
  /// Settle on the spot: the prompt asks how.
  case resolveOnSpot(id: String)
  /// A step of settling a conflict or merging cases (App+Ledger).
  case ledger(LedgerAsk)
}
