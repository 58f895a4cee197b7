import Foundation
import GRDB
import ShuoshiCore

/// Which cases a queue, a list or a search shows. Every filter is optional; they combine
/// with AND. Results come newest first, or by attention when `attentionAt` is set.
public struct CaseQuery: Sendable, Equatable {
  public var tiers: [Tier] = []
  public var states: [CaseState] = []
  /// Only cases past their deadline at this moment, clock running.
  public var overdueAt: Date?
  public var assignee: String?
  public var receivedFrom: Date?
  public var receivedBefore: Date?
  public var urgentOnly = false
  /// Free text: name, phone tail, address, text; Chinese substrings of any length; the
  /// resident's name also by pinyin initials or full pinyin (`wgl`, `wangguilan`).
  public var search: String?
  /// Also cases merged into another as duplicates (hidden from queues by default).
  public var includeMerged = false
  /// Only cases with an unsettled conflict between laptops.
  public var conflictsOnly = false
  /// Only cases late at this moment (超期): past the deadline with the clock running, or the
  /// first contact missed (`Case.isLate(at:)`).
  public var lateAt: Date?
  /// Only cases whose clock runs and whose deadline is in `[dueFrom, dueBefore)` (临期).
  public var dueFrom: Date?
  public var dueBefore: Date?
  /// Only cases moved up a tier and not yet given an owner there (已升级待派单).
  public var escalatedUnassigned = false
  /// Order by attention at this moment (`CaseStore.list`): late, urgent or first contact
  /// missed first, then by deadline, then newest. Nil: newest first.
  public var attentionAt: Date?

  public init() {}

  /// Open cases (not resolved or closed).
  public static var open: CaseQuery {
    var q = CaseQuery()
    q.states = CaseState.allCases.filter(\.isOpen)
    return q
  }

  /// The FTS table and MATCH expression for the search text, if any.
  var searchMatch: (table: String, match: String)? { search.flatMap(SearchIndex.match) }

  /// The matching case rows as an SQL set when a search term may be pinyin (`wgl`).
  var pinyinSet: (sql: String, arguments: StatementArguments)? {
    search.flatMap(SearchIndex.pinyinSet)
  }

  /// WHERE clause and arguments over `cases` (alias `c`), without the search text.
  func filterClause() -> (sql: String, arguments: StatementArguments) {
    var parts: [String] = []
    var args = StatementArguments()
    if !tiers.isEmpty {
      parts.append("tier IN (\(tiers.map { _ in "?" }.joined(separator: ",")))")
      args += StatementArguments(tiers.map(\.rawValue))
    }
    if let overdueAt {
      parts.append("\(CaseState.sqlIn(CaseState.running)) AND deadline < ?")
      args += [Millis.from(overdueAt)]
    }
    if !states.isEmpty {
      parts.append("state IN (\(states.map { _ in "?" }.joined(separator: ",")))")
      args += StatementArguments(states.map(\.rawValue))
    }
    if let assignee {
      parts.append("assignee = ?")
      args += [assignee]
    }
    if let receivedFrom {
      parts.append("received_at >= ?")
      args += [Millis.from(receivedFrom)]
    }
    if let receivedBefore {
      parts.append("received_at < ?")
      args += [Millis.from(receivedBefore)]
    }
    if urgentOnly { parts.append("urgent = 1") }
    if let lateAt {
      parts.append("\(CaseState.sqlIn(CaseState.running)) AND (\(AttentionSQL.late))")
      args += [Millis.from(lateAt), Millis.from(lateAt)]
    }
    if dueFrom != nil || dueBefore != nil {
      parts.append("\(CaseState.sqlIn(CaseState.running)) AND deadline IS NOT NULL")
    }
    if let dueFrom {
      parts.append("deadline >= ?")
      args += [Millis.from(dueFrom)]
    }
    if let dueBefore {
      parts.append("deadline < ?")
      args += [Millis.from(dueBefore)]
    }
    if escalatedUnassigned { parts.append(SchemaV8Attention.escalatedUnassignedSQL) }
    if !includeMerged {
      parts.append("uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE merged_into IS NOT NULL)")
    }
    if conflictsOnly {
      parts.append("uuid IN (SELECT case_uuid FROM case_ledger WHERE conflict = 1)")
    }
    return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), args)
  }
}
