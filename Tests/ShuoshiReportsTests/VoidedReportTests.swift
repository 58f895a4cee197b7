import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiReports

/// Voided cases (作废) are counted nowhere in a report, so the report says how many there were:
/// in the key figures (the report screen shows the same text), the summary table (CSV) and the
/// HTML — and says nothing when there were none.
@Suite("The voided count in reports")
struct VoidedReportTests {
  let zone = EngineFixture.zone

  func report(voided: Int?) throws -> Report {
    var r = try ReportFormatTests().report
    r.voided = voided
    return r
  }

  @Test func theCountIsShownWhenThereIsOne() throws {
    let r = try report(voided: 2)
    let text = ReportText(r, lang: .zh, timeZone: zone).lines(width: 100).joined(separator: "\n")
    #expect(text.contains("作废 2"))
    let summary = ReportTables(r, lang: .zh, timeZone: zone).summary
    #expect(summary.rows.last == ["作废（不计入以上各项）", "2"])
    #expect(ReportHTML.render(r, lang: .en, timeZone: zone).contains("<b>2</b><span>Voided</span>"))
  }

  @Test func noVoidedCaseAddsNothing() throws {
    let r = try report(voided: nil)
    let text = ReportText(r, lang: .zh, timeZone: zone).lines(width: 100).joined(separator: "\n")
    #expect(!text.contains("作废"))
    #expect(
      !ReportTables(r, lang: .zh, timeZone: zone).summary.rows.contains { $0[0].contains("作废") })
  }
}
