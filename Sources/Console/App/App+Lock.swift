import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// What an operator left when someone else signed in: their screens, dialog, marks and last
/// batch, kept for them alone and given back when they sign in again.
struct ParkedDesk {
  var stack: [any Screen]
  var modal: Modal?
  var marks: CaseMarks
  var lastBatch: CaseBatch?
}

/// Sign-in and the booth screen lock (operators who sign in: `ConsoleServices.signIn`).
///
/// Locked, the console draws only the lock screen and takes no key but the lock screen's.
/// The operator who locked it goes on where they were with their PIN. Another operator may
/// sign in instead: the first one's screens (a half-filled intake form too) are parked for
/// them — never shown to the other — and the newcomer starts on the queue; each gets their own
/// screens back when they sign in again.
extension App {
  public var isLocked: Bool { lockScreen != nil }

  /// When the screen locks if no key comes first (nil: no sign-in, or locked already). The
  /// launcher's loop wakes for it.
  public var lockDeadline: Date? {
    guard let signIn = session.services.signIn, lockScreen == nil else { return nil }
    return lastInput + signIn.idleLimit
  }

  /// Locks when the idle time is up (the launcher calls it when `lockDeadline` passes).
  public func lockIfIdle() {
    guard let signIn = session.services.signIn, let deadline = lockDeadline,
      signIn.idleClock.now >= deadline
    else { return }
    lock()
  }

  /// Locks now (`<C-l>`, `<F12>`, idle time).
  func lock() {
    guard let signIn = session.services.signIn else {
      session.status.show(LockStrings.for(session.lang).noSignIn, role: .warning)
      return
    }
    let name = session.services.actor.name
    lockScreen = LockScreen(mode: .locked(by: name), operators: signIn.operators, preselect: name)
  }

  /// The sign-in screen the console starts on.
  func startSignIn() {
    guard let signIn = session.services.signIn, signIn.startLocked else { return }
    lockScreen = LockScreen(
      mode: .signIn, operators: signIn.operators, preselect: session.services.actor.name)
    lockScreen?.note = signIn.note
  }

  func noteInput() {
    if let clock = session.services.signIn?.idleClock { lastInput = clock.now }
  }

  /// A key while locked: the lock screen's, and a sign-in when it gives a name and secret.
  func handleLocked(_ key: Key) {
    guard let screen = lockScreen, let signIn = session.services.signIn,
      let (name, secret) = screen.handle(key)
    else { return }
    do {
      let actor = try signIn.attempt(name, secret)
      unlock(as: actor, starting: screen.mode == .signIn)
    } catch {
      screen.message = (session.message(for: error), .error)
    }
  }

  private func unlock(as actor: Actor, starting: Bool) {
    let lock = LockStrings.for(session.lang)
    let previous = session.services.actor
    lockScreen = nil
    noteInput()
    session.services.actor = actor
    if starting {
      openBoothSession()
      if session.status.message == nil { session.status.show(lock.signedIn(actor.name)) }
    } else if previous.name != actor.name {
      parked[previous.name] = ParkedDesk(
        stack: stack, modal: modal, marks: session.marks, lastBatch: session.lastBatch)
      if let mine = parked.removeValue(forKey: actor.name) {
        (stack, modal, session.marks, session.lastBatch) =
          (mine.stack, mine.modal, mine.marks, mine.lastBatch)
        session.status.show(lock.restored(actor.name))
      } else {
        (stack, modal, session.marks, session.lastBatch) =
          ([QueueScreen(session: session)], nil, CaseMarks(), nil)
        session.status.show(lock.keptFor(previous.name))
      }
    }
    dataChanged()
  }

  /// Draws the lock screen over the whole surface when locked; true when it did.
  func renderLocked(on surface: any Surface) -> Bool {
    guard let lockScreen else { return false }
    lockScreen.render(on: surface, strings: LockStrings.for(session.lang))
    return true
  }
}
