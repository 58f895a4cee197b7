import Foundation
import ShuoshiCore

/// The one way a store turns its report candidates into `CaseFacts`, whatever its database:
/// a candidate whose row has not changed since `asOf` is read from its row plus its events of
/// `CaseFacts.eventKinds`; one touched after `asOf` has its whole history replayed up to
/// `asOf`. The laptop (SQLite, `ReportReader`) and the hub (PostgreSQL) only select the
/// candidates and read the rows, each with its own SQL.
public enum ReportFactsAssembly {
  /// The candidates split into those read from their rows and those to replay.
  public static func split(_ rows: some Sequence<ReportCaseRow>, asOf: Date)
    -> (exact: [Case], stale: [Case])
  {
    let cut = Millis.from(asOf)
    var exact: [Case] = []
    var stale: [Case] = []
    for row in rows {
      if row.updatedAt < cut { exact.append(row.case) } else { stale.append(row.case) }
    }
    return (exact, stale)
  }

  /// Events read in ledger order, grouped by case (rows of cases not asked for are skipped).
  public static func events(_ rows: [ReportEventRow], of cases: [Case]) -> [UUID: [Event]] {
    let byUUID = Dictionary(cases.map { ($0.uuid.uuidString, $0) }) { a, _ in a }
    var out: [UUID: [Event]] = [:]
    for row in rows {
      guard let c = byUUID[row.caseUUID], let event = row.event(of: c) else { continue }
      out[c.uuid, default: []].append(event)
    }
    return out
  }

  /// The facts: `exact` from their rows and `light` events, `stale` replayed from `full`.
  public static func facts(
    exact: [Case], light: [UUID: [Event]], stale: [Case], full: [UUID: [Event]], asOf: Date,
    calendar: WorkingCalendar
  ) -> [CaseFacts] {
    var out: [CaseFacts] = []
    out.reserveCapacity(exact.count + stale.count)
    for c in exact {
      out.append(CaseFacts(case: c, events: light[c.uuid] ?? [], asOf: asOf, calendar: calendar))
    }
    for c in stale {
      if let f = CaseFacts.replay(full[c.uuid] ?? [], asOf: asOf, calendar: calendar) {
        out.append(f)
      }
    }
    return out
  }
}
