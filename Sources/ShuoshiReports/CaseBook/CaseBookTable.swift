import Foundation
import ShuoshiCore

/// A case book (台账) in one language, independent of format: its title, the facts under
/// the title, the fifteen columns and one row of cells per case, the note and the signature
/// lines — what the text, Markdown, CSV and HTML renderers all lay out.
public struct CaseBookTable: Sendable {
  public let book: CaseBook
  public let lang: Lang
  public let words: CaseBookWords
  /// Prints instants as every other front end does (no working days are needed for that).
  let clock: WorkingCalendar

  public init(_ book: CaseBook, lang: Lang, timeZone: TimeZone) {
    self.book = book
    self.lang = lang
    self.words = CaseBookWords.forLang(lang)
    self.clock = WorkingCalendar(years: [], timeZone: timeZone)
  }

  public var title: String { words.title(book.unit, book.period) }

  /// Label and value, in order: period, count, handling as of, privacy.
  public var facts: [(String, String)] {
    [
      (words.period, words.periodText(book.period.first.description, book.period.last.description)),
      (words.count, words.countText(book.rows.count)),
      (words.statesAsOf, clock.minuteText(of: book.generatedAt)),
      (words.privacy, book.withNames ? words.withNames : words.masked),
    ]
  }

  /// Shown prominently when names are included.
  public var warnings: [String] { book.withNames ? [words.namesWarning] : [] }

  public var columns: [String] { words.columns }

  /// One row of cells per case, in column order; empty cells are "".
  public var rows: [[String]] {
    book.rows.enumerated().map { i, r in cells(r, number: i + 1) }
  }

  public var note: String { words.followUpNote }

  /// 制表人, 审核人, 日期: the maker's name when known, the reviewer left to sign by hand,
  /// the day the book was made.
  public var signatures: [(String, String)] {
    [
      (words.preparedBy, book.preparedBy ?? ""), (words.reviewedBy, ""),
      (words.date, clock.civilDate(of: book.generatedAt).description),
    ]
  }

  func cells(_ r: CaseBook.Row, number: Int) -> [String] {
    let source: String
    switch r.source {
    case .booth(let place): source = words.booth(place)
    case .desk: source = words.desk
    }
    var handling: String
    if let into = r.mergedInto {
      handling = words.mergedInto(into)
    } else if r.isSettled {
      let head = r.onSpot ? words.onSpot : words.settled
      let summary = r.summary?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      handling = summary.isEmpty ? head : head + (lang == .zh ? "：" : ": ") + summary
    } else {
      handling = r.state.name(lang)
    }
    if let parent = r.groupParent { handling += CaseBookGroupWords.inGroup(parent, lang) }
    let followUp = r.isSettled ? (r.rating == nil ? words.notRated : words.rated) : ""
    return [
      String(number), r.caseID, clock.minuteText(of: r.receivedAt), source, r.name, r.phone,
      r.address, r.text, r.category.text(lang), r.tier.name(lang), r.assignee ?? "", handling,
      r.resolvedAt.map(clock.minuteText(of:)) ?? "", followUp, r.rating?.name(lang) ?? "",
    ]
  }
}
