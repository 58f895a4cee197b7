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
  /// `ReportBuilder` from facts read as a laptop reads them (`HubReportReader`: each case's
  /// report columns kept at ingest, replayed only when it changed after the cut-off) — the
  /// same numbers a laptop holding the same events prints with `shuoshi report --month`.
  public func webReport(
    unit: String?, year: Int, month: Int, engine: CaseEngine, now: Date
  ) async throws -> HubReportMonth {
    let period = ReportPeriod.month(year: year, month: month, calendar: engine.calendar)
    return try await report(unit: unit, period: period, engine: engine, now: now)
  }

  /// The report of `unit` (nil: the whole street) on `period`, and each unit's own.
  public func report(unit: String?, period: ReportPeriod, engine: CaseEngine, now: Date)
    async throws -> HubReportMonth
  {
    let asOf = ReportRequest.defaultAsOf(period: period, now: now)
    let reader = HubReportReader(
      client: db.client, request: ReportRequest(period: period, asOf: asOf),
      calendar: engine.calendar, unit: unit)
    let (facts, unitOf) = try await reader.facts()
    let voided = try await reader.voided()
    func build(_ facts: [CaseFacts], unit name: String?, voided: Int) -> Report {
      let request = ReportRequest(period: period, asOf: asOf, unitName: name)
      var report = ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
        facts: facts, request: request, generatedAt: now)
      // Voided cases (作废) leave the report, which says how many, as on the laptop.
      report.voided = voided > 0 ? voided : nil
      return report
    }
    let report = build(facts, unit: unit, voided: voided.values.reduce(0, +))
    let byUnit = Dictionary(grouping: facts) { unitOf[$0.uuid] ?? "" }
    var units: [(String, Report)] = []
    for name in try await reader.unitsWithCases() {
      units.append((name, build(byUnit[name] ?? [], unit: name, voided: voided[name] ?? 0)))
    }
    return HubReportMonth(report: report, units: units)
  }
}
