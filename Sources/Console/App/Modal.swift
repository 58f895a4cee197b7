import Foundation
import ShuoshiCore
import TerminalUI

/// A question the app asks on top of a screen: what is drawn, and what each answer does.
///
/// The flow that builds a modal gives each button (a prompt's buttons, a picker's options,
/// the person picked) its action, so an answer is read where its buttons are declared. The
/// app only shows a modal, routes keys to it and, once one is chosen, takes it down and runs
/// that action (`answer(_:)`).
struct Modal {
  /// What is drawn: a dialog (message, text prompt, confirmation) or a picker.
  enum Body {
    case dialog(Dialog)
    case picker(Picker)
    /// A person of the register, searched by name or pinyin initials.
    case people(PersonPicker)
  }

  var body: Body
  /// What choosing button or option `choice` does, given the modal as it was answered.
  private let onChoice: (_ choice: Int, _ answered: Modal) -> Void

  init(body: Body, onChoice: @escaping (_ choice: Int, _ answered: Modal) -> Void) {
    self.body = body
    self.onChoice = onChoice
  }

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

  /// Runs the action of the chosen button or option.
  func answer(_ choice: Int) {
    onChoice(choice, self)
  }
}

// MARK: - Kinds of modal

extension Modal {
  /// A button of a message or confirmation, and what choosing it does.
  struct Button {
    var label: String
    /// A key that chooses it at once (e.g. `p`); nil: none.
    var key: Key?
    var action: () -> Void

    init(_ label: String, key: Key? = nil, action: @escaping () -> Void = {}) {
      self.label = label
      self.key = key
      self.action = action
    }
  }

  /// A button of a text prompt, and what it does with what was typed.
  struct PromptButton {
    var label: String
    var action: (Reply) -> Void

    init(_ label: String, action: @escaping (Reply) -> Void) {
      self.label = label
      self.action = action
    }
  }

  /// What a prompt was answered with.
  struct Reply {
    /// The text typed, trimmed.
    let text: String
    /// The prompt as answered: shown again, with what was typed, when the answer is refused.
    let prompt: Modal

    /// The text, or nil when nothing was typed.
    var optionalText: String? { text.isEmpty ? nil : text }
  }

  /// A message or confirmation: each button does its own action.
  static func message(
    _ title: String, _ message: String, buttons: [Button], selectedButton: Int = 0,
    maxWidth: Int = 60
  ) -> Modal {
    let dialog = Dialog(
      title: title, message: message, buttons: buttons.map { Dialog.Button($0.label, key: $0.key) },
      selectedButton: selectedButton, maxWidth: maxWidth)
    return Modal(body: .dialog(dialog)) { choice, _ in
      if buttons.indices.contains(choice) { buttons[choice].action() }
    }
  }

  /// A text prompt prefilled with `text` (`placeholder` shown dim while the field is empty):
  /// `buttons`, then `cancel`, which does nothing.
  static func prompt(
    _ title: String, _ message: String, text: String = "", placeholder: String = "",
    buttons: [PromptButton], cancel: String
  ) -> Modal {
    let labels = buttons.map(\.label) + [cancel]
    let dialog = Dialog(
      title: title, message: message, input: TextField(text: text, placeholder: placeholder),
      buttons: labels.map { Dialog.Button($0) })
    return Modal(body: .dialog(dialog)) { choice, answered in
      guard buttons.indices.contains(choice) else { return }  // Cancel
      let text = answered.text.trimmingCharacters(in: .whitespacesAndNewlines)
      buttons[choice].action(Reply(text: text, prompt: answered))
    }
  }

  /// A numbered list of `options`, each shown by `label`; choosing one runs `onPick` with it.
  static func picker<Option>(
    _ title: String, _ options: [Option], label: (Option) -> String, selection: Int = 0,
    footer: String, onPick: @escaping (Option) -> Void
  ) -> Modal {
    let picker = Picker(
      title: title, options: options.map(label), selection: selection, footer: footer)
    return Modal(body: .picker(picker)) { choice, _ in
      if options.indices.contains(choice) { onPick(options[choice]) }
    }
  }

  /// A handler: the highlighted person of the register, else the name typed when the picker
  /// takes names as typed (`PersonPicker.takeAsTyped`).
  static func handlers(_ picker: PersonPicker, onPick: @escaping (Handler) -> Void) -> Modal {
    Modal(body: .people(picker)) { _, answered in
      guard case .people(let p) = answered.body else { return }
      if let person = p.selected {
        onPick(.person(person))
      } else if let name = p.typedName {
        onPick(.named(name))
      }
    }
  }

  /// A person of the register; choosing runs `onPick` with the highlighted person.
  static func people(_ picker: PersonPicker, onPick: @escaping (Person) -> Void) -> Modal {
    Modal(body: .people(picker)) { _, answered in
      if case .people(let p) = answered.body, let person = p.selected { onPick(person) }
    }
  }
}
