import Desk
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore
import TerminalUI

/// Booth days: the day's session opened with the console, the receipt after an intake, and
/// settling a case on the spot.
extension App {
  /// On a booth day (Saturday in the calendar's time zone), starts or resumes the day's
  /// session with the operator on duty; the header shows it while it is open, and `add`
  /// links every case taken in to it.
  func openBoothSession() {
    let booth = session.services.booth
    let day = session.engine.calendar.civilDate(of: session.now)
    guard booth.opensSessions, BoothSession.isBoothDay(day) else { return }
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

  /// The receipt of a case just taken in, with a key to write it as a printable file.
  func receiptModal(for c: Case) -> Modal {
    let s = session.strings
    let booth = session.services.booth
    let lines: [String]
    do {
      lines = try ReceiptFiles.receipt(
        for: c.id, store: session.store, engine: session.engine, lang: session.lang,
        boothPhone: booth.phone, unitName: booth.unitName
      ).lines(width: ReceiptFiles.textWidth)
    } catch {
      lines = [c.id, session.message(for: error)]
    }
    var buttons = [Dialog.Button(s.booth.receiptClose)]
    if booth.receiptsDirectory != nil {
      buttons.append(Dialog.Button(s.booth.receiptWrite, key: .char("p")))
    }
    return Modal(
      body: .dialog(
        Dialog(
          title: s.booth.receiptTitle(c.id), message: lines.joined(separator: "\n"),
          buttons: buttons, maxWidth: ReceiptFiles.textWidth)),
      ask: .receipt(id: c.id))
  }

  /// Writes the receipt files of case `id` and says where.
  func writeReceipt(of id: String) {
    let booth = session.services.booth
    let b = session.strings.booth
    guard let directory = booth.receiptsDirectory else {
      session.status.error(b.receiptNowhere)
      return
    }
    do {
      let receipt = try ReceiptFiles.receipt(
        for: id, store: session.store, engine: session.engine, lang: session.lang,
        boothPhone: booth.phone, unitName: booth.unitName)
      let url = try ReceiptFiles.write(receipt, in: directory)
      session.status.show(b.receiptWritten(url.path), role: .success)
    } catch {
      session.status.error(session.message(for: error))
    }
  }
}
