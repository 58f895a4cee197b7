import Foundation
import ShuoshiCore

/// A month's report of the street or of one unit, with each unit's own report beside it.
public struct HubReportMonth: Sendable {
  public var report: Report
  /// Each unit's report on the same month (for a unit account: only its own).
  public var units: [(name: String, report: Report)]
}

extension Hub {
  /// The month's report of `unit` (nil: the whole street), made by the laptops' own
  /// `ReportBuilder` from each case's history replayed at the cut-off — the same numbers a
  /// laptop holding the same events prints with `shuoshi report --month`.
  public func webReport(
    unit: String?, year: Int, month: Int, engine: CaseEngine, now: Date
  ) async throws -> HubReportMonth {
    let period = ReportPeriod.month(year: year, month: month, calendar: engine.calendar)
    // A case received after the period's end counts nowhere in it.
    let end = HubProjection.ms(period.end)
    let cases = try await webCases(unit: unit, where: "c.received_at < \(end)")
    let report = Self.report(cases, unit: unit, period: period, engine: engine, now: now)
    var units: [(String, Report)] = []
    for name in Set(cases.map(\.unit)).sorted() {
      let own = cases.filter { $0.unit == name }
      units.append((name, Self.report(own, unit: name, period: period, engine: engine, now: now)))
    }
    return HubReportMonth(report: report, units: units)
  }

  static func report(
    _ cases: [HubWebCase], unit: String?, period: ReportPeriod, engine: CaseEngine, now: Date
  ) -> Report {
    let request = ReportRequest(
      period: period, asOf: ReportRequest.defaultAsOf(period: period, now: now), unitName: unit)
    // Voided cases (作废) leave the report, which says how many, as on the laptop.
    let kept = cases.filter { !$0.current.voided }
    var report = ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
      histories: kept.map(\.history), request: request, generatedAt: now)
    let voided = cases.filter { $0.current.voided && period.contains($0.current.receivedAt) }
    report.voided = voided.isEmpty ? nil : voided.count
    return report
  }
}
