import Desk
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore
import TerminalUI

/// The receipt shown after an intake, with a key to write it as a printable file.
extension IntakeFlow {
  /// The receipt of case `c`, just taken in.
  func receipt(for c: Case) -> Modal {
    let s = session.strings
    let booth = session.services.booth
    let lines: [String]
    do {
      lines = try ReceiptFiles.receipt(
        for: c.uuid.uuidString, store: session.store, engine: session.engine, lang: session.lang,
        boothPhone: booth.phone, unitName: booth.unitName, boothPlace: booth.place,
        by: session.services.actor
      ).lines(width: ReceiptFiles.textWidth)
    } catch {
      lines = [c.id, session.message(for: error)]
    }
    var buttons = [Modal.Button(s.booth.receiptClose)]
    if booth.receiptsDirectory != nil {
      buttons.append(
        Modal.Button(s.booth.receiptWrite, key: .char("p")) {
          ReceiptPrinting(session: session).write(of: c)
        })
    }
    return .message(
      s.booth.receiptTitle(c.id), lines.joined(separator: "\n"), buttons: buttons,
      maxWidth: ReceiptFiles.textWidth)
  }
}
