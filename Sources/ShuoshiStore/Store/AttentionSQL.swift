import Foundation
import GRDB
import ShuoshiCore

/// The attention order in SQL: late, urgent or first contact missed first, then by deadline
/// (soonest first), then newest — the clock-running cases; then any running case without a
/// deadline, then the rest (waiting, resolved, closed), each newest first.
///
/// At 1,000,000 cases a sort of every open case is too slow for a first page, so a broad
/// query (a whole queue, a tier, a view) is read in four index-ordered passes, each walked
/// in order and stopped after a page: (1) deadline passed, (2) not yet passed but urgent or
/// first contact missed, (3) the other running cases, (4) running without a deadline, (5) the
/// rest. Since every deadline of
/// pass 1 is before every deadline of pass 2, passes 1 and 2 together are "attention first,
/// by deadline". A narrow query (a day, an owner, urgent only, conflicts) sorts its few rows
/// with `referenceOrder`, which defines the same order in one expression.
enum AttentionSQL {
  static let running = CaseState.sqlIn(CaseState.running)

  /// Late at a moment, for running cases; two arguments (now, now).
  static let late =
    "deadline < ? OR (first_contact_at IS NULL AND first_contact_due IS NOT NULL"
    + " AND first_contact_due < ?)"
  /// Calls for attention at a moment although the deadline has not passed; one argument.
  static let flaggedNow =
    "urgent = 1 OR (first_contact_at IS NULL AND first_contact_due IS NOT NULL"
    + " AND first_contact_due < ?)"
  static let byDeadline = "deadline, received_at DESC, num DESC"
  static let newest = "received_at DESC, num DESC"

  /// One index-ordered pass: the rows of the query that also meet `condition`.
  struct Pass {
    var index: String?
    var condition: String
    var arguments: StatementArguments
    var order: String

    func from(_ clause: String) -> String {
      "FROM cases c \(index.map { "INDEXED BY \($0)" } ?? "") WHERE (\(clause)) AND \(condition)"
    }
  }

  /// Whether `query` is read in passes (true) or sorted whole (false, few rows).
  static func readsInPasses(_ query: CaseQuery) -> Bool {
    query.receivedFrom == nil && query.receivedBefore == nil && query.assignee == nil
      && !query.conflictsOnly && !query.urgentOnly
  }

  /// The passes for `query` at `now`, those that can hold rows only.
  static func passes(_ query: CaseQuery, now: Date) -> [Pass] {
    let t = Millis.from(now)
    let deadlineOrdered =
      query.escalatedUnassigned ? SchemaV8Attention.escalatedUnassigned : nil
    var passes: [Pass] = []
    let mayRun = query.states.isEmpty || query.states.contains(where: \.clockRuns)
    if mayRun {
      passes.append(
        Pass(
          index: deadlineOrdered ?? SchemaV8Attention.running,
          condition: "\(running) AND deadline < ?", arguments: [t], order: byDeadline))
      passes.append(
        Pass(
          index: deadlineOrdered ?? SchemaV8Attention.flagged,
          condition:
            "\(running) AND deadline >= ? AND \(SchemaV8Attention.flaggedSQL) AND (\(flaggedNow))",
          arguments: [t, t], order: byDeadline))
      // A late view holds nothing more: a running case not flagged now is not late.
      if query.lateAt == nil {
        passes.append(
          Pass(
            index: deadlineOrdered ?? SchemaV8Attention.running,
            condition: "\(running) AND deadline >= ? AND NOT (\(flaggedNow))",
            arguments: [t, t], order: byDeadline))
      }
    }
    // The views of running cases with a deadline hold nothing outside passes 1–3.
    let onlyDated = query.lateAt != nil || query.dueFrom != nil || query.dueBefore != nil
    if mayRun, !onlyDated {
      // Running without a deadline: only stores from before triage set one.
      passes.append(
        Pass(
          index: deadlineOrdered ?? SchemaV8Attention.running,
          condition: "\(running) AND deadline IS NULL", arguments: [], order: newest))
    }
    let resting = CaseState.allCases.filter {
      !$0.clockRuns && (query.states.isEmpty || query.states.contains($0))
    }
    if !onlyDated, !query.escalatedUnassigned, !resting.isEmpty {
      passes.append(
        Pass(
          index: query.states.isEmpty ? "cases_by_received" : nil,
          condition: CaseState.sqlIn(resting), arguments: [], order: newest))
    }
    return passes
  }

  /// The attention order as one ORDER BY (two arguments: now, now).
  static let referenceOrder = """
    CASE WHEN \(running) AND deadline IS NOT NULL
      THEN (CASE WHEN deadline < ? OR \(flaggedNow) THEN 0 ELSE 1 END)
      WHEN \(running) THEN 2 ELSE 3 END,
    CASE WHEN \(running) AND deadline IS NOT NULL THEN deadline END, received_at DESC, num DESC
    """

  /// How to count a broad query from indexes: parts whose counts add up to the query's.
  /// Nil: the query's own WHERE is fine as it is.
  static func countParts(_ query: CaseQuery) -> [Pass]? {
    guard readsInPasses(query) else { return nil }
    if query.escalatedUnassigned {
      return [
        Pass(index: SchemaV8Attention.escalatedUnassigned, condition: "1", arguments: [], order: "")
      ]
    }
    if let lateAt = query.lateAt {
      let t = Millis.from(lateAt)
      return [
        Pass(
          index: SchemaV8Attention.running, condition: "\(running) AND deadline < ?",
          arguments: [t], order: ""),
        Pass(
          index: SchemaV8Attention.uncontacted,
          condition: """
            \(running) AND first_contact_at IS NULL AND first_contact_due < ?
            AND (deadline >= ? OR deadline IS NULL)
            """, arguments: [t, t], order: ""),
      ]
    }
    // Due in a range, or past the deadline (the overdue filter): the running cases' index.
    if query.dueFrom != nil || query.dueBefore != nil || query.overdueAt != nil {
      return [Pass(index: SchemaV8Attention.running, condition: "1", arguments: [], order: "")]
    }
    return nil
  }
}
