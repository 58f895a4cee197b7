import Foundation
import ShuoshiReports
import ShuoshiStore

/// A document of one page printed as text or HTML: a receipt, the day's 催办 list.
protocol OnePage {
  func lines(width: Int) -> [String]
  func html() -> String
}

extension Receipt: OnePage {}
extension UrgeSheet: OnePage {}

extension OutputFile {
  /// Writes `page` as `format` (text or html) to `out` (stdout when nil); any other format is a
  /// usage problem naming the two.
  static func writePage(
    _ page: some OnePage, format: String, to out: String?, existing: DurableFile.Existing,
    _ context: AppContext
  ) throws {
    switch format.lowercased() {
    case "text", "txt":
      try write(
        text(page.lines(width: min(context.textWidth, 72))), .text, to: out, existing: existing,
        context)
    case "html":
      try write(Data(page.html().utf8), .document, to: out, existing: existing, context)
    default:
      throw UsageProblem(
        zh: "无效格式“\(format)”：可用 text 或 html", en: "invalid format \"\(format)\": use text or html")
    }
  }
}
