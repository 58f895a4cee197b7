import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The main screen: queues as tabs with counts (待办, 超期, 临期, 升级待派, the four tiers, 今日,
/// 待评, 全部; see `QueueTab`) over a list of cases in attention order: late, urgent or first
/// contact missed first, then by deadline, then newest.
final class QueueScreen: Screen {
  private(set) var tab: QueueTab
  private var page: CasePage
  private var lastFetchError: String?

  init(tab: QueueTab = .open, session: Session) {
    self.tab = tab
    self.page = CasePage(query: session.query(for: tab))
  }

  var keyContext: KeyContext { .list }

  func title(_ session: Session) -> String { session.strings.queueTitle }

  var currentCaseID: String? { selectedID }
  private var selectedID: String?

  func invalidate() {
    page.invalidate()
    conflictsCounted = false
  }

  /// Cases with conflicts between laptops, for the status line; recounted after a change.
  private var conflictsCounted = false

  private func countConflicts(_ session: Session) throws(StoreError) {
    guard !conflictsCounted else { return }
    var q = CaseQuery()
    q.conflictsOnly = true
    let n = try session.store.count(q)
    session.status.conflicts = n == 0 ? nil : session.strings.ledger.conflictsPending(n)
    let engine = session.engine
    let missed = try session.store.missedRoundCount(
      rhythm: SurveyRhythm(rules: engine.rules.surveyRounds, calendar: engine.calendar),
      now: session.now)
    session.status.missedRounds =
      missed == 0 ? nil : SurveyRoundConsoleStrings.forLang(session.lang).missedCount(missed)
    conflictsCounted = true
  }

  /// Shows `tab`, selection at the top.
  func show(_ tab: QueueTab, session: Session) {
    self.tab = tab
    page.reset(to: session.query(for: tab))
  }

  /// Selects the case `id` if it is on the first page of this queue (after an intake).
  func select(id: String, session: Session) {
    page.invalidate()
    guard let cases = try? session.store.list(page.query, offset: 0, limit: 50),
      let i = cases.firstIndex(where: { $0.id == id })
    else { return }
    page.list.select(i)
  }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    if page.move(command) {
      selectedID = page.selectedCase(store: session.store)?.id
      return .handled
    }
    switch command {
    case .open:
      guard let c = page.selectedCase(store: session.store) else { return .handled }
      return .push(DetailScreen(id: c.id))
    case .nextTab, .previousTab:
      let all = QueueTab.allCases
      let step = command == .nextTab ? 1 : all.count - 1
      show(all[(tab.rawValue + step) % all.count], session: session)
    case .toggleMine:
      session.mineOnly.toggle()
      session.counts.invalidate(.open)
      show(.open, session: session)
    case .tierHousehold, .tierResidence, .tierDistrict, .tierStreet:
      show(QueueTab(tier: command.tier!)!, session: session)
    case .markToggle:
      guard let c = page.selectedCase(store: session.store) else { return .handled }
      session.marks.toggle(c.id)
      _ = page.move(.down)
      selectedID = page.selectedCase(store: session.store)?.id
    case .reprintReceipt:
      guard let c = page.selectedCase(store: session.store) else { return .handled }
      ReceiptPrinting(session: session).write(of: c)
    case .conflicts:
      return .push(ConflictsScreen())
    case .warnings:
      return .push(WarningsScreen())
    case .back:
      return .pop
    default:
      return .ignored
    }
    return .handled
  }

  /// The list's hints; `u` only once there is a batch to take back (on a single case it is
  /// the case screen's key, and the bar has no room to spare).
  func hints(_ session: Session) -> [HintBar.Item] {
    let all = session.services.keymap.hints(for: keyContext, lang: session.lang)
    guard session.lastBatch == nil else { return all }
    return all.filter { $0.summary != Command.undo.title(session.lang) }
  }

  /// `T` (mark by pattern) and, with marks or after a batch, the batch actions.
  func startFlow(_ command: Command, in app: App) -> Bool {
    if command == .markPattern {
      MarkFlow(app: app, query: page.query).begin()
      return true
    }
    if command == .groupCase {
      GroupCaseFlow(app: app).formFromMarks()
      return true
    }
    return BatchFlow(app: app).begin(command)
  }

  func prepare(_ rect: Rect, session: Session) {
    do {
      if let count = session.counts[tab] {
        // Possibly stale (after a write) until the recount between frames.
        try page.prepare(height: rect.height - 2, count: count, store: session.store)
      } else {
        try page.prepareUncounted(height: rect.height - 2, store: session.store)
      }
      selectedID = page.row(page.list.selection)?.id
      try countConflicts(session)
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    let used = renderTabs(on: surface, in: rect.row(0), session: session)
    let table = CaseTable(
      format: session.format, width: rect.width, symbols: session.marksWithSymbols)
    table.renderHeader(on: surface, in: rect.row(1))
    let listRect = rect.inset(top: 2)
    if page.list.isEmpty {
      surface.fill(listRect, role: .normal)
      let text = session.strings.emptyQueue
      surface.put(
        text,
        at: Point(x: rect.x + max(0, (rect.width - text.displayWidth) / 2), y: listRect.y + 1),
        role: .muted)
      return
    }
    page.list.render(on: surface, in: listRect) { index, line, selected in
      guard let c = page.row(index) else { return }
      table.render(
        c, on: line, selected: selected, now: session.now,
        marked: session.marks.contains(c.id) ? session.bulk.rowMark : nil)
    }
    let position = session.strings.position(page.list.selection + 1, page.list.count)
    if session.counts.isFresh(tab), used + 2 + position.displayWidth <= rect.width {
      surface.putRight(position, endingAt: rect.maxX, y: rect.y, role: .tab)
    }
  }

  /// ` 待办 63 │ 超期 2 │ 临期 1 …`, the active tab highlighted; padding is dropped when the
  /// full row would not fit. If it still does not fit, the row scrolls: it starts late
  /// enough that the active tab shows, with `‹` / `›` where tabs are cut off.
  @discardableResult
  private func renderTabs(on surface: any Surface, in rect: Rect, session: Session) -> Int {
    let titles = QueueTab.allCases.map { t in
      let label = t.label(session.strings, mineOnly: session.mineOnly)
      return session.counts[t].map { "\(label) \(session.strings.compactCount($0))" } ?? label
    }
    let padded = titles.reduce(0) { $0 + $1.displayWidth + 2 } + titles.count - 1
    let pad = padded <= rect.width ? " " : ""
    let widths = titles.map { $0.displayWidth + 2 * pad.count + 1 }
    // The first tab shown: the leftmost one that still lets the active tab fit after `‹`.
    // Cells from tab `first` through the active tab, with `‹` before and room for `›` after.
    func span(_ first: Int) -> Int {
      widths[first...tab.rawValue].reduce(0, +) - 1 + (first > 0 ? 1 : 0) + 1
    }
    var first = 0
    while first < tab.rawValue, span(first) > rect.width { first += 1 }
    var segments: [Segment] = first > 0 ? [Segment("‹", role: .tab)] : []
    for (i, title) in titles.enumerated() where i >= first {
      if i > first { segments.append(Segment("│", role: .tab)) }
      segments.append(Segment(pad + title + pad, role: i == tab.rawValue ? .tabActive : .tab))
    }
    surface.fill(rect, role: .tab)
    let total = segments.reduce(0) { $0 + $1.text.displayWidth }
    if total > rect.width {
      let used = surface.putSegments(segments, at: rect.origin, limit: rect.width - 1, role: .tab)
      surface.put("›", at: Point(x: rect.x + rect.width - 1, y: rect.y), role: .tab)
      return used + 1
    }
    return surface.putSegments(segments, at: rect.origin, limit: rect.width, role: .tab)
  }
}
