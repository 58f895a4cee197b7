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
  /// A case number as printed on a receipt: the case with that row id and every case that
  /// was given the number (two laptops without letters issued it) — the choice to offer.
  public var number: String?
  /// Voided cases (作废) only, instead of the cases in force: they leave every other list.
  public var voidedOnly = false
  /// Only 待回访: resolved or closed cases whose 回访 is due (or only 部分解决) and not done.
  public var awaitingFollowUp = false
  /// Only open cases marked 暂停超时 (a wait the sweep ended past its expected day, no worker
  /// step since).
  public var waitExpiredOnly = false
  /// Only cases under 督办 that are not closed.
  public var supervisedOnly = false
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

  /// 待回访 in SQL: the due time is set at a resolution and cleared when the 回访 is done or
  /// the case reopens (`Case.awaitsFollowUp`), so it alone says it — and matches the partial
  /// index `cases_awaiting_follow_up`. A group case (母案) is never in it: 回访 is asked of each
  /// child's resident, and the children are in the tab themselves. Its row keeps the due time
  /// its resolution set (so stores written before this stay as they are). The parents are
  /// left out by row id, which every index holds, so the tab's count stays index-only.
  static let awaitingFollowUpSQL = """
    follow_up_due IS NOT NULL AND num NOT IN (
      SELECT p.num FROM case_groups g JOIN cases p ON p.uuid = g.parent_uuid)
    """

  /// The FTS table and MATCH expression for the search text, if any.
  var searchMatch: (table: String, match: String)? { search.flatMap(SearchIndex.match) }

  /// The matching case rows as an SQL set when a search term may be pinyin (`wgl`).
  var pinyinSet: (sql: String, arguments: StatementArguments)? {
    search.flatMap(SearchIndex.pinyinSet)
  }

  /// WHERE clause and arguments over `cases` (alias `c`), without the search text.
  /// `includingVoided`: no condition on the voided flag, unless the query is for voided cases
  /// only (a count takes the voided away from every match, `countStatements`).
  func filterClause(includingVoided: Bool = false) -> (
    sql: String, arguments: StatementArguments
  ) {
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
    // The flag never picks the index (`+voided`): nearly every case is in force, so an index
    // by the flag narrows nothing, and one leading with it displaced the narrow ones (待回访
    // walked every case, 0.66 s at 1,000,000). Voided cases alone have a partial index.
    if voidedOnly {
      parts.append("voided = 1")
    } else if !includingVoided {
      parts.append("+voided = 0")
    }
    if awaitingFollowUp { parts.append(Self.awaitingFollowUpSQL) }
    // The mark is cleared by every worker step, resolving and closing included, so it is on
    // open cases only; the flag alone lets SQLite read its partial index.
    if waitExpiredOnly { parts.append("wait_expired = 1") }
    if supervisedOnly { parts.append("supervised = 1 AND state <> 'closed'") }
    if conflictsOnly {
      parts.append("uuid IN (SELECT case_uuid FROM case_ledger WHERE conflict = 1)")
    }
    if let number {
      parts.append("(id = ? OR uuid IN (SELECT case_uuid FROM case_ledger WHERE base_id = ?))")
      args += [number, number]
    }
    return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), args)
  }
}
