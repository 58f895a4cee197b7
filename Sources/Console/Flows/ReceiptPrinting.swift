import Desk
import Foundation
import ShuoshiCore
import ShuoshiStore

/// Writes a case's receipt files (`receipts/<id>.txt` and `.html` in the data directory) as
/// the case stands now, and says where in the status line: after an intake (`p` on the
/// receipt) and from case detail (`P`), whatever the case's state.
struct ReceiptPrinting {
  let session: Session

  func write(of c: Case) {
    let booth = session.services.booth
    let b = session.strings.booth
    guard let directory = booth.receiptsDirectory else {
      session.status.error(b.receiptNowhere)
      return
    }
    do {
      let receipt = try ReceiptFiles.receipt(
        for: c.uuid.uuidString, store: session.store, engine: session.engine, lang: session.lang,
        boothPhone: booth.phone, unitName: booth.unitName, boothPlace: booth.place)
      let url = try ReceiptFiles.write(receipt, in: directory)
      session.status.show(b.receiptWritten(url.path), role: .success)
    } catch {
      session.status.error(session.message(for: error))
    }
  }
}
