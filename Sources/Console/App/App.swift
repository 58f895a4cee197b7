import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The console as a state machine: it takes keys and clock ticks, calls the store, and draws
/// into any `Surface`. It never touches the terminal; the launcher's loop reads keys, calls
/// `handle`, `tick` and `performPendingWork`, and paints what `render` drew.
///
/// Key lookup: a modal dialog first; then the top screen's focused text field (printable
/// keys and input-method Chinese); then the screen's keymap context; then `generic`.
public final class App {
  /// Below this the screens cannot be drawn; a "窗口太小" notice is shown instead.
  public static let minimumSize = Size(width: 60, height: 15)

  let session: Session
  var stack: [any Screen]
  var modal: Modal?
  /// True once the user has quit.
  public internal(set) var isFinished = false
  /// The sweep at start waits until the first frame is painted.
  private var sweepPending = true
  /// A write happened: checkpoint the store's log once the screen is painted (the store keeps
  /// checkpoints off the save path; its owner runs them when idle).
  private var maintenancePending = false
  /// Saved cases may wait for linking (预警): linked one at a time once the screen is painted,
  /// so a save's receipt never waits on it. True at start for any a closed console left.
  private var linkingPending = true
  /// Provisional calendar years already noted this session.
  private var provisionalNoted: Set<Int> = []
  /// Where the last frame drew the screen (a 80×24 layout until the first frame).
  var lastBody = Rect(x: 0, y: 1, width: 80, height: 21)
  /// Shown instead of everything while locked or before the first sign-in (`App+Lock`).
  var lockScreen: LockScreen?
  /// The last key, on the sign-in's idle clock.
  var lastInput = Date.distantPast
  /// Screens of operators who left while another signed in, by name.
  var parked: [String: ParkedDesk] = [:]

  public init(services: ConsoleServices) {
    session = Session(services: services)
    stack = []
    stack = [QueueScreen(session: session)]
    session.status.calendarWarning = calendarWarning()
    noteInput()
    if services.signIn?.startLocked == true {
      startSignIn()  // the booth session opens with the operator who signs in
    } else {
      openBoothSession()
    }
    noteProvisionalYears()
  }

  var top: any Screen { stack[stack.count - 1] }

  /// Draw the marks (超期, 临期) as symbols too: the launcher sets it when the terminal's
  /// theme has no colours (mono, `NO_COLOR`).
  public var marksWithSymbols: Bool {
    get { session.marksWithSymbols }
    set { session.marksWithSymbols = newValue }
  }

  // MARK: - Input

  /// Handles one key.
  public func handle(_ key: Key) {
    session.now = session.services.clock.now
    if key == .resize { return }  // the next render uses the new size; state is untouched
    if isLocked {
      handleLocked(key)
      return
    }
    noteInput()
    session.services.hubSync?.lastKey = session.now
    // The lock key works everywhere, over a dialog or a text field too.
    if session.services.keymap.command(for: key, in: .generic) == .lock {
      lock()
      return
    }
    session.status.clearMessage()
    if modal != nil {
      handleModal(key)
      return
    }
    let screen = top
    screen.prepare(lastBody, session: session)  // a no-op when the last frame prepared it
    if !screen.handleText(key, session: session),
      let command = session.services.keymap.command(for: key, in: screen.keyContext)
    {
      dispatch(command)
    }
    // Keep the top screen's rows and counts current between keys, as a frame would, so a
    // run of keys without painting (a paste, a test) acts on what the screen holds.
    top.prepare(lastBody, session: session)
  }

  /// Handles `keys` in order: keys read together (a paste, scripted input, tests). A run of
  /// printable characters goes to the focused text field as one edit when it takes them all,
  /// with the same result as key by key but one re-layout and one triage instead of one per
  /// character. Keys after a quit are not handled.
  public func handle(_ keys: [Key]) {
    var i = keys.startIndex
    while i < keys.endIndex, !isFinished {
      if modal == nil, !isLocked, top.takesTypedText, i + 1 < keys.endIndex, case .char = keys[i],
        case .char = keys[i + 1]
      {
        var run = ""
        while i < keys.endIndex, case .char(let c) = keys[i] {
          run.append(c)
          i += 1
        }
        handleTyped(run)
        continue
      }
      handle(keys[i])
      i += 1
    }
  }

  private func handleTyped(_ run: String) {
    session.now = session.services.clock.now
    session.status.clearMessage()
    let screen = top
    screen.prepare(lastBody, session: session)
    screen.handleTyped(run, session: session)
    top.prepare(lastBody, session: session)
  }

  /// Types `text` as single-character keys, the way an input method delivers it.
  public func type(_ text: String) {
    for ch in text { handle(.char(ch)) }
  }

  func dispatch(_ command: Command) {
    switch command {
    case .help:
      if top is HelpScreen {
        stack.removeLast()
      } else {
        stack.append(HelpScreen(session: session, disabled: top.refusals(session)))
      }
      return
    case .new:
      // A screen may start its own intake (the 排查 screen: a matter found on a round).
      if !(top is IntakeScreen), !top.startFlow(.new, in: self) { stack.append(IntakeScreen()) }
      return
    case .search:
      if !(top is SearchScreen) { stack.append(SearchScreen()) }
      return
    case .report:
      if !(top is ReportScreen) { stack.append(ReportScreen(session: session)) }
      return
    case .quit:
      requestQuit()
      return
    case .refresh:
      refresh()
      session.status.show(session.strings.refreshed)
      return
    case .sweepNow:
      sweep()
      return
    case .registerBrowser, .ownerCases:
      RegisterFlow(app: self).open(command)
      return
    case .surveyRounds:
      if !(top is SurveyRoundsScreen) { stack.append(SurveyRoundsScreen()) }
      return
    default:
      break
    }
    if top.startFlow(command, in: self) { return }
    if command.isCaseAction, let id = top.currentCaseID {
      CaseActionFlow(app: self).begin(command, on: id)
      return
    }
    apply(top.perform(command, session: session))
  }

  func apply(_ result: ScreenResult) {
    switch result {
    case .handled, .ignored: break
    case .pop: pop()
    case .push(let screen): stack.append(screen)
    case .ask(let m): modal = m
    case .retier(let id, let tier): CaseActionFlow(app: self).begin(.retier, on: id, tier: tier)
    case .ledger(let request): LedgerFlow(app: self).begin(request)
    }
  }

  /// Leaves the top screen; leaving the queue quits.
  func pop() {
    if stack.count == 1 {
      requestQuit()
    } else {
      stack.removeLast()
    }
  }

  /// Quits, first asking if an intake form holds unsaved text.
  func requestQuit() {
    // A form parked for an operator who stepped away counts too (`App+Lock`).
    let parkedInput = parked.values.contains { $0.stack.contains(where: \.hasUnsavedInput) }
    guard stack.contains(where: \.hasUnsavedInput) || parkedInput else {
      isFinished = true
      return
    }
    let s = session.strings
    modal = .message(
      s.quitTitle, s.quitMessage,
      buttons: [
        Modal.Button(s.keepEditing),
        Modal.Button(s.quitButton) { [unowned self] in isFinished = true },
      ])
  }

  // MARK: - Time and deferred work

  /// The minute's clock tick: moves "now", runs the escalation sweep, recounts the queues.
  public func tick() {
    session.now = session.services.clock.now
    session.status.calendarWarning = calendarWarning()
    noteProvisionalYears()
    sweep()
    refresh()
  }

  /// Work left for after a frame is painted (the first sweep, queue counts), so the first
  /// queue appears without waiting for them.
  public var hasPendingWork: Bool {
    sweepPending || linkingPending || (top is QueueScreen && !session.counts.stale.isEmpty)
      || maintenancePending || hasSyncWork
  }

  /// Does one piece of pending work (call between frames while `hasPendingWork`).
  public func performPendingWork() {
    if sweepPending {
      sweepPending = false
      sweep()
      return
    }
    if linkingPending {
      linkingPending = linkOneSavedCase()
      return
    }
    if hasSyncWork {
      syncWork()
      return
    }
    guard let tab = top is QueueScreen ? session.counts.stale.first : nil else {
      maintenancePending = false
      session.store.maintain()
      return
    }
    do {
      session.counts.set(try session.store.count(session.query(for: tab)), for: tab)
    } catch {
      session.status.error(session.message(for: error))
      session.counts.set(session.counts[tab] ?? 0, for: tab)
    }
  }

  /// Does all pending work (tests, and callers that do not paint in between).
  public func settle() {
    while hasPendingWork { performPendingWork() }
  }

  /// Runs the escalation sweep now; its result goes to the status line. When it moved cases,
  /// the line names the views they are in now (超期, 升级待派) with the tabs' counts.
  func sweep() {
    let s = session.strings
    do {
      let outcome = try session.store.sweep(
        engine: session.engine, by: session.services.systemActor, now: session.now)
      let time = session.format.time(session.now)
      var note =
        outcome.escalated.isEmpty
        ? StatusLine.Note(text: s.sweepNone(time), role: .status)
        : StatusLine.Note(
          text: s.sweepDone(
            time, outcome.escalatedCases, outcome.escalated.count, outcome.handedUp), role: .warning
        )
      // A sweep that moved cases names the views they are in now with those views' counts,
      // drawn from the tabs' own counts (`renderStatus`), so the line and the tabs agree;
      // 超期 includes the cases overdue at the top.
      session.status.sweepNamesViews = !outcome.escalated.isEmpty
      if !outcome.escalated.isEmpty {
        dataChanged()
        for tab in [QueueTab.overdue, .escalated] {
          session.counts.set(try session.store.count(session.query(for: tab)), for: tab)
        }
      } else if !outcome.overdueAtStreet.isEmpty {
        note.text += " · " + s.overdueAtStreet(outcome.overdueAtStreet.count)
      }
      session.status.sweep = note
      // Waits the sweep ended change the queue too (the 暂停超时 view); the status line has no
      // room for them beside the escalations on a narrow screen.
      if outcome.escalated.isEmpty && !outcome.waitsExpired.isEmpty { dataChanged() }
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  /// Every screen refetches and every count is redone (after a write, or time moving on).
  func dataChanged() {
    refresh()
    linkingPending = true
    // A save asks the street office to hear of it once the keyboard is quiet.
    session.services.hubSync?.savedSinceStart = true
  }

  /// Reloads what is on screen.
  func refresh() {
    maintenancePending = true
    session.counts.invalidate()
    for screen in stack { screen.invalidate() }
  }

  private func calendarWarning() -> String? {
    let now = session.now
    let missing = session.engine.calendar.missingYears(from: now, to: now + 30 * 86_400)
    return missing.isEmpty ? nil : session.strings.calendarMissing(missing)
  }

  /// Says once per session, as a notice the next key clears, that deadlines in the coming 30
  /// days reach a provisional calendar year (computed, not yet published).
  private func noteProvisionalYears() {
    let now = session.now
    let years = session.engine.calendar.provisionalYears(from: now, to: now + 30 * 86_400)
      .filter { !provisionalNoted.contains($0) }
    guard !years.isEmpty else { return }
    provisionalNoted.formUnion(years)
    session.status.notify(session.strings.calendarProvisional(years))
  }
}
