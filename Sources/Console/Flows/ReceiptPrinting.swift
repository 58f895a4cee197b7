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
    let b = session.strings.booth
    guard let directory = session.services.booth.receiptsDirectory else {
      session.status.error(b.receiptNowhere)
      return
    }
    do {
      let url = try file(of: c, in: directory)
      session.status.show(b.receiptWritten(url.path), role: .success)
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  /// Writes the receipt of `c` into `directory`; returns the text file's place.
  func file(of c: Case, in directory: URL) throws -> URL {
    let booth = session.services.booth
    let receipt = try ReceiptFiles.receipt(
      for: c.uuid.uuidString, store: session.store, engine: session.engine, lang: session.lang,
      boothPhone: booth.phone, unitName: booth.unitName, boothPlace: booth.place,
      by: session.services.actor)
    return try ReceiptFiles.write(receipt, in: directory)
  }
}
