import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// The resident's receipt (回执) of a case, for `shuoshi receipt` and the console: built in one
/// place from the case, its history, the booth session it was taken in and the booth's
/// settings, and written as a printable pair of files.
public enum ReceiptFiles {
  /// The receipt of case `id` (a number as typed, or a uuid; `CaseStore.lookup`). It carries
  /// the resident's name, so `actor`'s role must allow working on cases (an auditor reads
  /// cases but hands out no receipts; `RolePolicy`).
  public static func receipt(
    for id: String, store: CaseStore, engine: CaseEngine, lang: Lang, boothPhone: String?,
    unitName: String?, boothPlace: String? = nil, by actor: Actor
  ) throws -> Receipt {
    try actor.require(.change)
    let c = try store.lookup(id)
    let history = try store.history(of: c)
    let sessionID = history.first { $0.kind == .created }?.data.session
    let session = sessionID.flatMap { try? store.session(matching: $0.uuidString) }
    return Receipt(
      case: c, history: history, rules: engine.rules, calendar: engine.calendar, lang: lang,
      boothPhone: boothPhone, unitName: unitName, session: session,
      number: try store.number(of: c), boothPlace: boothPlace)
  }

  /// The width of the text form: a receipt slip, not a terminal line.
  public static let textWidth = 56

  /// Writes `<id>.txt` and `<id>.html` into `directory` (created, private like the data) and
  /// returns the HTML file's URL (the one to print). The folder is the program's own
  /// (`receipts/` in the data directory): printing a receipt again replaces its files.
  @discardableResult
  public static func write(_ receipt: Receipt, in directory: URL) throws -> URL {
    let text = receipt.lines(width: textWidth).joined(separator: "\n") + "\n"
    let base = directory.appendingPathComponent(receipt.fileID)
    try DurableFile.write(
      Data(text.utf8), to: base.appendingPathExtension("txt"), existing: .replace)
    let html = base.appendingPathExtension("html")
    try DurableFile.write(Data(receipt.html().utf8), to: html, existing: .replace)
    return html
  }
}
