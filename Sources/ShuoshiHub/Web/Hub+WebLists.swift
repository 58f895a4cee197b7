import Foundation
import ShuoshiCore

extension Hub {
  /// The unit's 超期 cases: only the cases whose projected row is past its deadline with the
  /// clock running are read and replayed (`HubWebCaseList.overdue` decides on the fold).
  public func overdueCases(unit: String, now: Date) async throws -> [HubWebCase] {
    let cases = try await webCases(
      unit: unit,
      where: """
        NOT c.voided AND \(CaseState.sqlIn(CaseState.running, column: "c.state"))
          AND c.deadline <= \(HubProjection.ms(now))
        """)
    return HubWebCaseList.overdue(cases, now: now)
  }

  /// The unit's open cases under 督办, read the same way.
  public func supervisedCases(unit: String) async throws -> [HubWebCase] {
    let cases = try await webCases(
      unit: unit,
      where: """
        NOT c.voided AND \(CaseState.sqlIn(CaseState.open, column: "c.state"))
          AND c.uuid IN (SELECT f.uuid FROM hub_report_facts f WHERE f.supervised)
        """)
    return HubWebCaseList.supervised(cases)
  }
}
