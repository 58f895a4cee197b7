import TerminalUI

/// Drawing a frame: header, the top screen, the status line, the hint bar, and any dialog.
extension App {
  /// Draws the whole console on `surface` (normally a `CellGrid` of the terminal's size).
  /// Below `minimumSize` it draws the "窗口太小" notice instead; nothing else changes, so
  /// enlarging the window brings everything back as it was.
  public func render(on surface: any Surface) {
    surface.cursor = nil
    let layout = Layout(minimum: Self.minimumSize)
    if layout.isTooSmall(surface.size) {
      layout.renderTooSmall(on: surface)
      return
    }
    if renderLocked(on: surface) { return }
    surface.clear()
    let (header, rest) = surface.bounds.splitTop(1)
    let (body, bottom) = rest.splitBottom(2)
    let screen = top
    lastBody = body
    screen.prepare(body, session: session)
    renderHeader(on: surface, in: header, title: screen.title(session))
    screen.render(on: surface, in: body, session: session)
    let cursor = surface.cursor
    renderStatus(on: surface, in: bottom.row(0))
    HintBar(screen.hints(session)).render(on: surface, in: bottom.row(1))
    surface.cursor = cursor
    if let modal {
      surface.cursor = nil
      modal.render(on: surface)
    }
  }

  /// The title on the left; who is on duty and where the data lives on the right. The title
  /// (a case's whole id) comes first: when both do not fit, the data path gives way, then the
  /// rest of the right-hand side.
  private func renderHeader(on surface: any Surface, in rect: Rect, title: String) {
    let s = session.strings
    var who = session.services.actor.name
    if let booth = session.booth, booth.isOpen {
      who = s.booth.sessionBadge(booth.place) + " · " + who
    }
    let left = s.appName + " · " + title
    let room = rect.width - 4 - left.displayWidth  // the bar's margins and the gap between
    let right =
      [who + " · " + session.services.dataPath, who].first { $0.displayWidth <= room } ?? ""
    StatusBar(left: [Segment(left)], right: [Segment(right)], role: .header)
      .render(on: surface, in: rect)
  }

  private func renderStatus(on surface: any Surface, in rect: Rect) {
    let s = session.strings
    let status = session.status
    var left: [StatusLine.Note] = []
    if let message = status.message { left.append(message) }
    if !session.marks.isEmpty, top is QueueScreen {
      left.append(.init(text: session.bulk.marked(session.marks.count), role: .warning))
    }
    if let warning = status.calendarWarning { left.append(.init(text: warning, role: .warning)) }
    if let conflicts = status.conflicts { left.append(.init(text: conflicts, role: .warning)) }
    if let missed = status.missedRounds, top is QueueScreen {
      left.append(.init(text: missed, role: .warning))
    }
    // Before the sweep's longer line: on a narrow screen the sync's few words still show.
    if let hubSync = status.hubSync { left.append(hubSync) }
    if var sweep = status.sweep {
      let (late, escalated) = (session.counts[.overdue], session.counts[.escalated])
      if status.sweepNamesViews, let late, let escalated {
        sweep.text += s.attention.sweepViews(
          QueueTab.overdue.label(s, mineOnly: false), late,
          QueueTab.escalated.label(s, mineOnly: false), escalated)
      }
      left.append(sweep)
    }
    // Last, so a one-time notice never hides the sweep or a warning on a narrow screen.
    if let notice = status.notice { left.append(.init(text: notice, role: .warning)) }
    var segments: [Segment] = []
    for (i, note) in left.enumerated() {
      if i > 0 { segments.append(Segment(" · ")) }
      segments.append(Segment(note.text, role: note.role))
    }
    let f = session.format
    var clock = "\(f.shortDay(session.now)) \(f.weekday(session.now)) \(f.time(session.now))"
    if f.isBoothDay(session.now) { clock += " · " + s.boothDay }
    StatusBar(left: segments, right: [Segment(clock)], role: .status).render(on: surface, in: rect)
  }
}
