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
        for: c.id, store: session.store, engine: session.engine, lang: session.lang,
        boothPhone: booth.phone, unitName: booth.unitName
      ).lines(width: ReceiptFiles.textWidth)
    } catch {
      lines = [c.id, session.message(for: error)]
    }
    var buttons = [Modal.Button(s.booth.receiptClose)]
    if booth.receiptsDirectory != nil {
      buttons.append(Modal.Button(s.booth.receiptWrite, key: .char("p")) { writeReceipt(of: c.id) })
    }
    return .message(
      s.booth.receiptTitle(c.id), lines.joined(separator: "\n"), buttons: buttons,
      maxWidth: ReceiptFiles.textWidth)
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
