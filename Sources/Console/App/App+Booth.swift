import Desk
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// Booth days: the day's session opened with the console (the receipt after an intake is
/// `IntakeFlow`'s, settling on the spot `CaseActionFlow`'s).
extension App {
  /// On a booth day (Saturday in the calendar's time zone), starts or resumes the day's
  /// session with the operator on duty; the header shows it while it is open, and `add`
  /// links every case taken in to it.
  func openBoothSession() {
    let booth = session.services.booth
    let day = session.engine.calendar.civilDate(of: session.now)
    guard booth.opensSessions, BoothSession.isBoothDay(day) else { return }
    // An auditor does not staff the booth: the session would be refused (RolePolicy).
    guard session.services.actor.refusal(.change) == nil else { return }
    let b = session.strings.booth
    do {
      let request = BoothDayRequest(
        day: day, placeIfNew: booth.unitName, staff: [session.services.actor.name])
      let outcome = try session.store.openBoothDay(
        request, by: session.services.actor, now: session.now)
      let place = outcome.session.place
      session.booth = outcome.session
      session.status.show(
        outcome.change == .opened ? b.sessionOpened(place) : b.sessionResumed(place),
        role: .success)
    } catch {
      session.status.error(session.message(for: error))
    }
  }
}
