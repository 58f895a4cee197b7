import Foundation
import ShuoshiCore
import TerminalUI

/// One case: every field, the deadline and clock state, the grievance, and the full history
/// (who, when, what), newest at the bottom. Action keys (a o v w r t e T R u) are handled
/// by the app, which reloads this screen after each one so the new event shows at once.
///
/// Phone and ID numbers are masked, in the fields, the grievance and the history, until `p`
/// reveals them, which the app records as an audit event first. Conflicts between laptops
/// and merges of duplicates show as fields; conflicting versions are marked in the history.
final class DetailScreen: Screen {
  let id: String
  private(set) var loaded: Case?
  private(set) var history: [Event] = []
  private(set) var ledger = DetailLedger()
  private(set) var group = DetailGroup()
  private var stale = true
  /// Full numbers shown (after a recorded reveal).
  private(set) var revealed = false
  /// First history line shown; nil keeps the newest lines in view.
  private var historyTop: Int?
  /// Lines the history had and showed in the last frame (for paging).
  private var historyLineCount = 0
  private var historyRows = 1

  init(id: String) {
    self.id = id
  }

  var keyContext: KeyContext { .detail }

  func title(_ session: Session) -> String {
    let s = session.strings
    var badge = loaded?.urgent == true ? " " + s.urgentBadge : ""
    if loaded?.voided == true { badge += " " + CorrectionTexts.forLang(session.lang).voidedBadge }
    return s.detailTitle(loaded?.id ?? id) + badge
  }

  var currentCaseID: String? { loaded?.id ?? id }

  /// `L`: the group case menu (join, leave, open the parent or a child).
  func startFlow(_ command: Command, in app: App) -> Bool {
    guard command == .groupCase, let loaded else { return false }
    GroupCaseFlow(app: app).menu(for: loaded, parent: group.parent, children: group.children)
    return true
  }

  func invalidate() {
    stale = true
    historyTop = nil
  }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let maxTop = max(0, historyLineCount - historyRows)
    let top = historyTop ?? maxTop
    switch command {
    case .down: historyTop = min(maxTop, top + 1)
    case .up: historyTop = max(0, top - 1)
    case .pageDown: historyTop = min(maxTop, top + max(1, historyRows - 1))
    case .pageUp: historyTop = max(0, top - max(1, historyRows - 1))
    case .first: historyTop = 0
    case .last: historyTop = nil
    case .revealPhone:
      guard revealed else { return .ledger(.reveal(self)) }
      revealed = false
    case .mergeCase: return .ledger(.merge(id: currentCaseID ?? id))
    case .unmergeCase: return .ledger(.unmerge(id: currentCaseID ?? id))
    case .reprintReceipt:
      guard let loaded else { return .ignored }
      ReceiptPrinting(session: session).write(of: loaded)
    case .tierHousehold, .tierResidence, .tierDistrict, .tierStreet:
      return .retier(id: currentCaseID ?? id, tier: command.tier!)
    case .back: return .pop
    default: return .ignored
    }
    if historyTop == maxTop { historyTop = nil }
    return .handled
  }

  func prepare(_ rect: Rect, session: Session) {
    guard stale else { return }
    do {
      let c = try session.store.find(id)
      loaded = c
      history = try session.store.history(of: c)
      ledger = try DetailLedger(c, history: history, store: session.store)
      group = try DetailGroup(c, store: session.store)
      stale = false
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  func refusals(_ session: Session) -> CaseRefusals {
    guard let loaded else { return CaseRefusals() }
    var refusals = CaseRefusals(
      loaded, history: history, engine: session.engine, now: session.now, lang: session.lang)
    refusals.addRoleRefusals(on: loaded, actor: session.services.actor, lang: session.lang)
    return refusals
  }

  /// The detail keys, those the engine would refuse on this case dimmed.
  func hints(_ session: Session) -> [HintBar.Item] {
    session.services.keymap.hints(for: keyContext, lang: session.lang, disabled: refusals(session))
  }

  /// Shows full numbers (the app calls this once the reveal is recorded).
  func showFullNumbers() { revealed = true }

  /// `text` as shown: numbers masked unless revealed.
  private func shown(_ text: String) -> String {
    revealed ? text : PersonalMask.text(text)
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    guard let c = loaded else { return }
    var y = rect.y
    for row in fieldRows(c, session: session) where y < rect.maxY {
      row.render(on: surface, x: rect.x, y: y, width: rect.width)
      y += 1
    }
    let s = session.strings
    let remaining = rect.maxY - y
    guard remaining >= 2 else { return }
    // The grievance gets up to 40% of what is left; the history the rest.
    let textLines = shown(c.text).wrapped(to: max(1, rect.width - 2))
    let textRows = min(textLines.count, max(1, (remaining - 2) * 2 / 5))
    sectionTitle(s.labelText, on: surface, x: rect.x, y: y, width: rect.width)
    y += 1
    for (i, line) in textLines.prefix(textRows).enumerated() {
      let truncated = i == textRows - 1 && textLines.count > textRows
      let shown = truncated ? (line + "…").clipped(to: rect.width - 2) : line
      surface.put(shown, at: Point(x: rect.x + 2, y: y), maxWidth: rect.width - 2)
      y += 1
    }
    guard y < rect.maxY else { return }
    sectionTitle(
      "\(s.labelHistory) (\(history.count))", on: surface, x: rect.x, y: y, width: rect.width)
    y += 1
    renderHistory(
      on: surface, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y),
      session: session)
  }

  private func sectionTitle(_ text: String, on surface: any Surface, x: Int, y: Int, width: Int) {
    let shown = "── " + text + " "
    surface.put(shown, at: Point(x: x, y: y), role: .title, maxWidth: width)
    let used = shown.displayWidth
    if used < width {
      surface.put(
        String(repeating: "─", count: width - used), at: Point(x: x + used, y: y), role: .border)
    }
  }

  private func renderHistory(on surface: any Surface, in rect: Rect, session: Session) {
    let f = session.format
    let who = min(10, history.map(\.operator.displayWidth).max() ?? 0)
    let lead = 11 + 2 + who + 2
    let textWidth = max(8, rect.width - lead)
    var lines: [(String, String)] = []
    for e in history {
      let mark = ledger.mark(e, session.strings.ledger)
      let wrapped = (mark + (revealed ? f.fullSummary(e) : f.summary(e))).wrapped(to: textWidth)
      for (i, part) in wrapped.enumerated() {
        let head = i == 0 ? "\(f.shortMinute(e.at))  \(e.operator.padded(to: who))  " : ""
        lines.append((head, part))
      }
    }
    historyLineCount = lines.count
    historyRows = max(1, rect.height)
    let maxTop = max(0, lines.count - rect.height)
    let top = min(historyTop ?? maxTop, maxTop)
    for (row, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
      let y = rect.y + row
      surface.put(line.0, at: Point(x: rect.x, y: y), role: .muted, maxWidth: rect.width)
      surface.put(line.1, at: Point(x: rect.x + lead, y: y), maxWidth: rect.width - lead)
    }
  }

  private func fieldRows(_ c: Case, session: Session) -> [FieldRow] {
    let s = session.strings
    let f = session.format
    let lang = session.lang
    let now = session.now
    var rows: [FieldRow] = []
    let intake = c.tierAtIntake != c.tier ? s.tierAtIntake(c.tierAtIntake.name(lang)) : ""
    rows.append(
      FieldRow(
        left: (s.labelResident, f.resident(c, revealPhone: revealed), nil),
        right: (s.labelReceived, "\(f.dayWithWeekday(c.receivedAt)) \(f.time(c.receivedAt))", nil)
      ))
    rows.append(
      FieldRow(
        left: (s.labelAddress, c.resident.address, nil),
        right: (s.labelCategory, f.category(c), nil)))
    rows.append(
      FieldRow(
        left: (s.labelOtherParty, c.otherParties.joined(separator: lang == .zh ? "、" : ", "), nil),
        right: (s.labelTier, c.tier.name(lang) + intake, CaseTable.role(of: c.tier))))
    rows.append(
      FieldRow(
        left: (s.labelState, c.state.name(lang), nil),
        right: (s.labelAssignee, c.assignee ?? s.unassigned, c.assignee == nil ? .muted : nil)))
    if let deadline = c.deadline {
      let note = f.longDeadline(c, at: now)
      let extended = c.isExtended ? SupervisionConsoleStrings.forLang(lang).extendedNote : ""
      let text = [f.dayWithWeekday(deadline) + extended, note, f.clockState(c)]
        .filter { !$0.isEmpty }.joined(separator: " · ")
      rows.append(
        FieldRow(
          left: (s.labelDeadline, text, f.isOverdue(c, at: now) ? .late : nil), right: nil))
      if let late = Self.lateness(c, history: history, session: session) {
        rows.append(FieldRow(left: late, right: nil))
      }
    }
    rows.append(
      FieldRow(
        left: (s.labelFirstContact, firstContact(c, session: session), nil),
        right: (s.labelEscalations, s.escalationCount(c.escalations), nil)))
    let supervision = SupervisionConsoleStrings.forLang(lang)
    if let line = supervision.line(c, day: { f.dayWithWeekday($0) }) {
      let role: Role? = c.supervised || c.waitExpired ? .warning : nil
      rows.append(FieldRow(left: (supervision.labelSupervision, line, role), right: nil))
    }
    for (label, value) in ownerFields(c, history: history, session: session) {
      rows.append(FieldRow(left: (label, value, nil), right: nil))
    }
    if c.referred {
      rows.append(FieldRow(left: (s.labelReferral, s.referredText, .warning), right: nil))
    }
    for (label, text) in ledger.fields(session) {
      rows.append(FieldRow(left: (label, text, .warning), right: nil))
    }
    for (label, text) in group.fields(session) {
      rows.append(FieldRow(left: (label, text, nil), right: nil))
    }
    if let summary = c.summary {
      let onSpot = history.last(where: { $0.kind == .resolved })?.data.onSpot == true
      rows.append(
        FieldRow(
          left: (s.labelSummary, shown(summary) + (onSpot ? s.onSpot : ""), nil),
          right: c.rating.map { (s.labelRating, $0.name(lang), nil) }))
    }
    if let followUp = FollowUpConsoleStrings.forLang(lang).standing(c, session: session) {
      rows.append(
        FieldRow(left: (followUp.label, followUp.text, followUp.late ? .warning : nil), right: nil))
    }
    let labelWidth = rows.flatMap { [$0.left.0, $0.right?.0 ?? ""] }.map(\.displayWidth).max() ?? 0
    return rows.map {
      var r = $0; r.labelWidth = labelWidth; return r
    }
  }

  /// The current round's first contact: a reopened case's own (`CaseEngine.firstContact`).
  private func firstContact(_ c: Case, session: Session) -> String {
    let s = session.strings
    let f = session.format
    let round = session.engine.firstContact(of: c, history: history)
    if let at = round.at { return s.contactedAt(f.shortMinute(at)) }
    guard let due = round.due else { return "" }
    return session.now > due && c.state.isOpen
      ? s.contactLate(f.shortDay(due)) : s.contactDue(f.shortDay(due))
  }
}

/// A detail row: one labelled value, or two side by side.
private struct FieldRow {
  typealias Field = (label: String, value: String, role: Role?)
  var left: Field
  var right: Field?
  var labelWidth = 0

  func render(on surface: any Surface, x: Int, y: Int, width: Int) {
    guard let right else {
      draw(left, on: surface, x: x, y: y, width: width)
      return
    }
    let half = width / 2
    draw(left, on: surface, x: x, y: y, width: half - 1)
    draw(right, on: surface, x: x + half, y: y, width: width - half)
  }

  private func draw(_ field: Field, on surface: any Surface, x: Int, y: Int, width: Int) {
    let point = Point(x: x, y: y)
    surface.put(field.label.padded(to: labelWidth), at: point, role: .label, maxWidth: width)
    let room = width - labelWidth - 1
    guard room > 0 else { return }
    surface.put(
      field.value.clipped(to: room), at: Point(x: x + labelWidth + 1, y: y),
      role: field.role ?? .normal)
  }
}
