import Foundation
import ShuoshiCore
import ShuoshiStore

/// What the warning keys do, for the list and the evidence screen alike: the store's use
/// cases (`acknowledgeWarning`, `dismissWarning`, `takeOnWarning`), the reason asked in a
/// prompt, the outcome on the status line.
struct WarningActions {
  let session: Session
  let onDone: () -> Void

  func perform(_ command: Command, on w: Warning) -> ScreenResult {
    let s = WarningConsoleStrings.forLang(session.lang)
    let actor = session.services.actor
    switch command {
    case .acknowledgeWarning:
      attempt {
        _ = try session.store.acknowledgeWarning(w.shortID, by: actor, now: session.now)
        session.status.show(s.acknowledged(w.shortID), role: .success)
      }
    case .dismissWarning:
      let session = self.session
      let done = onDone
      return .ask(
        .prompt(
          s.dismissTitle, s.dismissMessage,
          buttons: [
            .init(s.dismissButton) { reply in
              do {
                _ = try session.store.dismissWarning(
                  w.shortID, reason: reply.text, by: actor, now: session.now)
                session.status.show(s.dismissed(w.shortID), role: .success)
                done()
              } catch {
                session.status.error(session.message(for: error))
              }
            }
          ], cancel: s.cancel))
    case .takeOnWarning:
      attempt {
        let taken = try session.store.takeOnWarning(
          w.shortID, engine: session.engine, by: actor, now: session.now)
        session.status.show(s.takenOn(w.shortID, taken.group.id), role: .success)
      }
    default:
      return .ignored
    }
    return .handled
  }

  private func attempt(_ body: () throws -> Void) {
    do {
      try body()
      onDone()
    } catch {
      session.status.error(session.message(for: error))
    }
  }
}
