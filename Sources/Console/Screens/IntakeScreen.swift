import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The intake form: name, phone, address (completed from earlier cases), other party and the
/// grievance, with the live triage suggestion and possible duplicates beside it. Saving,
/// the tier override and cancelling are flows the app runs (they open dialogs); this screen
/// is the form and what it knows.
final class IntakeScreen: Screen {
  /// The focus stops, in Tab order. The triage panel is the last stop: there the digit keys
  /// pick a tier instead of typing.
  enum Focus: Int, CaseIterable {
    case name, phone, address, otherParty, text, triage
  }

  private(set) var name = TextField()
  private(set) var phone = TextField(maxLength: 20)
  private(set) var address = TextField()
  private(set) var otherParty = TextField()
  private(set) var text = TextArea()
  var focus: Focus = .name
  /// The worker's tier, overriding the suggestion, and why.
  var tierOverride: (tier: Tier, reason: String)?
  /// The worker's category (`<C-g>`), overriding the suggestion, and why.
  var categoryOverride: (id: String, reason: String)?
  /// The suggestion for the text as typed (nil while the text is empty).
  private(set) var triage: TriageResult?
  /// Open cases that may be the same matter (same name or phone, or same address and
  /// category).
  private(set) var duplicates: [Case] = []
  /// The address to complete: the resident's own earlier one first, else an earlier case's
  /// that starts with what is typed.
  private(set) var completion: String?
  private var duplicateKey = ""
  /// Cases the one being typed may be one matter with (可能与 N 件相关), and the cases its
  /// place and party could link to, kept while those keys stay the same
  /// (`IntakeScreen+Related`).
  var related = 0
  var relatedCandidates: (key: String, cases: [MatterLinkProfile])?
  /// Who the register says should own the case, and why (`IntakeScreen+Route`).
  var route: RouteSuggestion?
  /// The worker's owner instead of the suggestion, and why.
  var ownerOverride: (handler: Handler, reason: String)?
  var routeKey = ""
  var hasRegister: Bool?
  /// The 排查 round the matter was found on (the form opened with `n` on the 排查 screen), and
  /// how the title names it.
  var surveyRound: (uuid: UUID, grid: String, day: String)?

  init() {}

  var keyContext: KeyContext { .form }

  func title(_ session: Session) -> String {
    guard let round = surveyRound else { return session.strings.intakeTitle }
    return SurveyRoundConsoleStrings.forLang(session.lang).intakeFromRound(round.grid, round.day)
  }

  var hasUnsavedInput: Bool {
    !(name.isEmpty && phone.isEmpty && address.isEmpty && otherParty.isEmpty
      && text.characters.isEmpty)
  }

  /// The tier the case will get: the override, else the suggestion.
  var tier: Tier? { tierOverride?.tier ?? triage?.tier }

  /// Why the worker overrode the tier, the category, or both (one reason each, joined).
  var overrideReason: String? {
    let reasons = [tierOverride?.reason, categoryOverride?.reason].compactMap { $0 }
    return reasons.isEmpty ? nil : reasons.joined(separator: "；")
  }

  /// The category the case will get: the override, else the suggestion.
  var category: String? { categoryOverride?.id ?? triage?.category }

  /// What the form holds, as the engine takes it.
  func intake(receivedAt: Date) -> Intake {
    let separators = CharacterSet(charactersIn: "、，,;；")
    let parties = otherParty.text.components(separatedBy: separators)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var intake = Intake(
      resident: Resident(
        name: name.text, phone: phone.text,
        address: address.text.trimmingCharacters(in: .whitespaces)),
      otherParties: parties, text: text.text, receivedAt: receivedAt,
      category: categoryOverride?.id, tier: tierOverride?.tier,
      overrideReason: overrideReason)
    intake.surveyRound = surveyRound?.uuid
    return intake
  }

  // MARK: - Keys

  func handleText(_ key: Key, session: Session) -> Bool {
    switch focus {
    case .triage:
      return false
    case .name, .phone, .address:
      if acceptCompletion(key, session: session) { return true }
      switch focus {
      case .name: guard name.handle(key) else { return false }
      case .phone: guard phone.handle(key) else { return false }
      default: guard address.handle(key) else { return false }
      }
    case .otherParty: guard otherParty.handle(key) else { return false }
    case .text: guard text.handle(key) else { return false }
    }
    update(session)
    return true
  }

  var takesTypedText: Bool { focus != .triage }

  /// A paste: one insertion and one update. Key by key, every character re-wrapped and
  /// re-triaged the whole text, and a 100,000-character paste took hours.
  func handleTyped(_ typed: String, session: Session) {
    switch focus {
    case .triage: return
    case .name: name.insert(typed)
    case .phone: phone.insert(typed)
    case .address: address.insert(typed)
    case .otherParty: otherParty.insert(typed)
    case .text: text.insert(typed)
    }
    update(session)
  }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let all = Focus.allCases
    switch command {
    case .nextField: focus = all[(focus.rawValue + 1) % all.count]
    case .previousField: focus = all[(focus.rawValue + all.count - 1) % all.count]
    default: return .ignored
    }
    // Entering a field offers what the resident's own earlier cases had there at once.
    completion = findCompletion(session)
    return .handled
  }

  /// Moves the focus to the field an engine error is about.
  func focus(onField field: CaseField) {
    switch field {
    case .name: focus = .name
    case .phone: focus = .phone
    case .address: focus = .address
    case .otherParty: focus = .otherParty
    case .text: focus = .text
    default: break
    }
  }

  // MARK: - Live suggestions

  /// Recomputes triage, the address completion, duplicates and the owner after an edit.
  func update(_ session: Session) {
    let body = text.text.trimmingCharacters(in: .whitespacesAndNewlines)
    triage = body.isEmpty ? nil : session.engine.triage.suggest(body)
    completion = findCompletion(session)
    let key = [name.text, phone.text, address.text, category ?? ""].joined(
      separator: "\u{1}")
    if key != duplicateKey {
      duplicateKey = key
      duplicates = findDuplicates(session)
    }
    updateRelated(session)
    updateRoute(session)
  }

  /// The focused text field, if it is one that completes.
  private var completingField: TextField? {
    switch focus {
    case .name: name
    case .phone: phone
    case .address: address
    default: nil
    }
  }

  /// Takes the completion on the complete key at the end of the field.
  private func acceptCompletion(_ key: Key, session: Session) -> Bool {
    guard let completion, let field = completingField, field.cursor == field.characters.count,
      session.services.keymap.command(for: key, in: .form) == .complete
    else { return false }
    switch focus {
    case .name: name.text = completion
    case .phone: phone.text = completion
    default: address.text = completion
    }
    update(session)
    return true
  }

  /// What the focused field completes to. The name and the phone come only from the
  /// resident's own earlier cases (the name by phone, the phone by exact name); the address
  /// from them first — found by phone, else by exact name, offered as soon as the field is
  /// entered — then from any earlier case whose address starts with what is typed (2 or
  /// more characters).
  private func findCompletion(_ session: Session) -> String? {
    switch focus {
    case .name:
      guard PhoneNumber.digits(phone.text).count >= 7 else { return nil }
      return own(session, name: "", phone: phone.text, \.name, after: name.text)
    case .phone:
      return own(session, name: name.text, phone: "", \.phone, after: phone.text)
    case .address: return findAddress(session)
    default: return nil
    }
  }

  /// The first value of `field` in the resident's own earlier cases that extends `typed`.
  private func own(
    _ session: Session, name: String, phone: String, _ field: KeyPath<Resident, String>,
    after typed: String
  ) -> String? {
    let cases = (try? session.store.residentCases(name: name, phone: phone, limit: 10)) ?? []
    return cases.map { $0.resident[keyPath: field] }.first {
      !$0.isEmpty && $0.hasPrefix(typed) && $0 != typed
    }
  }

  private func findAddress(_ session: Session) -> String? {
    let typed = address.text
    let own =
      (try? session.store.residentCases(name: name.text, phone: phone.text, limit: 10)) ?? []
    if let mine = own.map(\.resident.address).first(where: {
      !$0.isEmpty && $0.hasPrefix(typed) && $0 != typed
    }) {
      return mine
    }
    guard typed.count >= 2 else { return nil }
    var q = CaseQuery()
    q.search = typed
    let cases = (try? session.store.list(q, offset: 0, limit: 30)) ?? []
    return cases.map(\.resident.address).first { $0.hasPrefix(typed) && $0 != typed }
  }

  private func findDuplicates(_ session: Session) -> [Case] {
    var found: [Case] = []
    func look(_ term: String, _ same: (Case) -> Bool) {
      var q = CaseQuery.open
      q.search = term
      for c in (try? session.store.list(q, offset: 0, limit: 20)) ?? []
      where same(c) && !found.contains(where: { $0.id == c.id }) {
        found.append(c)
      }
    }
    // Digits as the register compares them: 无电话 has none and matches nothing.
    let digits = PhoneNumber.digits(phone.text)
    if digits.count >= 7 { look(digits) { PhoneNumber.digits($0.resident.phone) == digits } }
    let who = name.text.trimmingCharacters(in: .whitespaces)
    if who.count >= 2 { look(who) { $0.resident.name == who } }
    let place = address.text.trimmingCharacters(in: .whitespaces)
    if let category, place.count >= 3 {
      look(place) { $0.resident.address == place && $0.category == category }
    }
    return Array(found.prefix(3))
  }

  // MARK: - Drawing

  func prepare(_ rect: Rect, session: Session) {
    let (form, _) = layout(rect, session: session)
    text.viewWidth = max(1, form.width - labelWidth(session) - 1)
    text.viewHeight = max(1, form.height - 5)
  }

  private func labelWidth(_ session: Session) -> Int {
    let s = session.strings
    return [s.fieldName, s.fieldPhone, s.fieldAddress, s.fieldOtherParty, s.fieldText]
      .map(\.displayWidth).max() ?? 4
  }

  /// The form on the left, the triage panel on the right (a separator between).
  private func layout(_ rect: Rect, session: Session) -> (form: Rect, panel: Rect) {
    let formWidth = max(30, rect.width * 11 / 20)
    let (form, rest) = rect.splitLeft(formWidth)
    return (form, rest.inset(left: 2))
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    let (form, panel) = layout(rect, session: session)
    let s = session.strings
    let lw = labelWidth(session)
    let fieldWidth = form.width - lw - 2
    let fields: [(Focus, String, TextField, String)] = [
      (.name, s.fieldName, name, s.placeholderName),
      (.phone, s.fieldPhone, phone, s.placeholderPhone),
      (.address, s.fieldAddress, address, s.placeholderAddress),
      (.otherParty, s.fieldOtherParty, otherParty, s.placeholderOtherParty),
    ]
    for (row, (stop, label, field, placeholder)) in fields.enumerated() {
      let y = form.y + row
      let focused = focus == stop
      surface.put(label, at: Point(x: form.x, y: y), role: focused ? .title : .label)
      var shown = field
      shown.placeholder = placeholder
      let box = Rect(x: form.x + lw + 1, y: y, width: fieldWidth, height: 1)
      shown.render(on: surface, in: box, focused: focused)
      if focused, let completion { ghost(completion, of: field, over: box, on: surface) }
    }
    let textTop = form.y + fields.count + 1
    surface.put(
      s.fieldText, at: Point(x: form.x, y: textTop), role: focus == .text ? .title : .label)
    var area = text
    area.placeholder = s.placeholderText
    area.render(
      on: surface,
      in: Rect(x: form.x + lw + 1, y: textTop, width: fieldWidth, height: form.maxY - textTop),
      focused: focus == .text)
    for y in rect.y..<rect.maxY {
      surface.put("│", at: Point(x: form.maxX, y: y), role: .border)
    }
    TriagePanel(intake: self, session: session, focused: focus == .triage)
      .render(on: surface, in: panel)
    if focus == .triage { surface.cursor = nil }
  }

  /// The rest of the completion after the typed text, muted, where it fits.
  private func ghost(
    _ completion: String, of field: TextField, over box: Rect, on surface: any Surface
  ) {
    let typed = field.characters.count
    guard field.visibleStart(width: box.width) == 0, completion.count > typed else { return }
    let start = field.text.displayWidth
    let rest = String(completion.dropFirst(typed))
    surface.put(
      rest, at: Point(x: box.x + start, y: box.y), role: .muted, maxWidth: box.width - start)
  }
}
