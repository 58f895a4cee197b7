import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// One case as the browser view reads it: the laptops' own fold of its events (`Case.replay`)
/// and its history, for the report's `CaseFacts`.
public struct HubWebCase: Sendable {
  public var unit: String
  public var current: Case
  public var history: [Event]
}

extension Hub {
  /// The cases of `unit` (nil: every unit) from their events in ledger order, replayed as a
  /// laptop replays them; `where` narrows which cases by `hub_cases` columns (alias `c`).
  public func webCases(unit: String?, where filter: String = "true", binds extra: [String] = [])
    async throws -> [HubWebCase]
  {
    var binds = PostgresBindings()
    binds.append(unit)
    for value in extra { binds.append(value) }
    let sql = """
      \(HubLedgerRows.selectSQL)
      WHERE e.entity IN (SELECT c.uuid FROM hub_cases c WHERE ($1::text IS NULL OR c.unit = $1)
        AND (\(filter)))
      ORDER BY e.entity, e.hlc, e.device, e.seq
      """
    var out: [HubWebCase] = []
    var entity = ""
    var events: [Event] = []
    var unitOf = ""
    func flush() {
      if !events.isEmpty, let k = Case.replay(events) {
        out.append(HubWebCase(unit: unitOf, current: k, history: events))
      }
      events = []
    }
    for try await row in try await db.client.query(PostgresQuery(unsafeSQL: sql, binds: binds)) {
      let (event, u) = try HubLedgerRows.decode(row)
      if event.entity.uuidString != entity {
        flush()
        entity = event.entity.uuidString
        unitOf = u ?? ""
      }
      events.append(event.fullEvent)
    }
    flush()
    return out
  }

  /// The units the hub knows, in name order (the street office's among them).
  public func unitNames() async throws -> [(name: String, street: Bool)] {
    var out: [(String, Bool)] = []
    for try await row in try await db.client.query("SELECT name, street FROM units ORDER BY name")
      .decode((String, Bool).self)
    {
      out.append(row)
    }
    return out
  }
}
