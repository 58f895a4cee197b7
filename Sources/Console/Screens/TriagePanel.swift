import ShuoshiCore
import TerminalUI

/// The column beside the intake form: what triage suggests for the text as typed (category,
/// tier, urgent, deadline, the reasons), the worker's override, and possible duplicates.
struct TriagePanel {
  let intake: IntakeScreen
  let session: Session
  /// The panel has focus: digits pick a tier.
  let focused: Bool

  func render(on surface: any Surface, in rect: Rect) {
    guard rect.width > 4, rect.height > 0 else { return }
    let s = session.strings
    let lang = session.lang
    var lines: [(String, String, Role?)] = []  // label, value, value role
    var y = rect.y
    let heading = focused ? "▶ \(s.triageTitle)  \(s.tierKeysHint)" : s.triageTitle
    surface.put(heading, at: rect.origin, role: focused ? .selected : .title, maxWidth: rect.width)
    y += 1
    if let t = intake.triage {
      let tier = intake.tier ?? t.tier
      let category = intake.category ?? t.category
      lines.append((s.labelCategory, session.format.category(id: category), nil))
      if let o = intake.categoryOverride {
        let suggested = session.format.category(id: t.category)
        lines.append(
          ("", CorrectionTexts.forLang(lang).categoryOverride(suggested, o.reason), .muted))
      }
      lines.append((s.labelTier, tier.name(lang), CaseTable.role(of: tier)))
      if let o = intake.tierOverride {
        lines.append(("", s.tierOverride(t.tier.name(lang), o.reason), .muted))
      }
      if t.urgent { lines.append(("", s.triageUrgent, .urgent)) }
      if t.referred { lines.append((s.labelReferral, s.referredText, .warning)) }
      let days = session.engine.rules.deadlineDays(
        category: category, tier: tier, urgent: t.urgent)
      let due = session.engine.deadline(
        category: category, tier: tier, urgent: t.urgent, from: session.now)
      lines.append(
        (s.labelDeadline, s.triageDeadline(session.format.dayWithWeekday(due), days), nil))
    } else {
      lines.append(("", s.triageEmpty, .muted))
    }
    if let owner = intake.ownerLine(session) { lines.append(owner) }
    let lw =
      [s.labelCategory, s.labelTier, s.labelDeadline, s.labelReferral].map(\.displayWidth).max()
      ?? 4
    for (label, value, role) in lines where y < rect.maxY {
      let x = label.isEmpty ? rect.x : rect.x + lw + 1
      if !label.isEmpty { surface.put(label, at: Point(x: rect.x, y: y), role: .label) }
      surface.put(value.clipped(to: rect.maxX - x), at: Point(x: x, y: y), role: role ?? .normal)
      y += 1
    }
    if let t = intake.triage, y + 1 < rect.maxY {
      y += 1
      surface.put(s.triageReasons, at: Point(x: rect.x, y: y), role: .label)
      y += 1
      for reason in t.reasons where y < rect.maxY {
        for part in ("· " + reason.text(lang, rules: session.engine.rules)).wrapped(
          to: rect.width - 2) where y < rect.maxY
        {
          surface.put(part, at: Point(x: rect.x + 1, y: y), maxWidth: rect.width - 1)
          y += 1
        }
      }
    }
    y = intake.renderRouteReasons(on: surface, in: rect, from: y, session: session)
    if intake.related > 0, y + 1 < rect.maxY {
      y += 1
      let hint = WarningConsoleStrings.forLang(lang).related(intake.related)
      surface.put(hint, at: Point(x: rect.x, y: y), role: .warning, maxWidth: rect.width)
      y += 1
    }
    guard !intake.duplicates.isEmpty, y + 2 < rect.maxY else { return }
    y += 1
    surface.put(s.duplicatesTitle, at: Point(x: rect.x, y: y), role: .warning, maxWidth: rect.width)
    y += 1
    for c in intake.duplicates where y < rect.maxY {
      let line = "\(c.id) \(c.resident.name) \(c.state.name(lang))"
      surface.put(line.clipped(to: rect.width - 1), at: Point(x: rect.x + 1, y: y))
      y += 1
    }
  }
}
