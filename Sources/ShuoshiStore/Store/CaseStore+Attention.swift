import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// One page of `query` in attention order at `now` (see `AttentionSQL`). A broad query
  /// walks its passes in order; a later page counts the passes it skips whole.
  func attentionPage(
    _ query: CaseQuery, now: Date, offset: Int, limit: Int, _ db: Database
  ) throws -> [Case] {
    let (clause, args) = query.filterClause()
    guard AttentionSQL.readsInPasses(query) else {
      let t = Millis.from(now)
      return try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM cases c WHERE \(clause)
          ORDER BY \(AttentionSQL.referenceOrder) LIMIT ? OFFSET ?
          """, arguments: args + [t, t, limit, offset]
      ).map(CaseRow.decode)
    }
    var skip = offset
    var cases: [Case] = []
    for pass in AttentionSQL.passes(query, now: now) where cases.count < limit {
      if skip > 0 {
        let n =
          try Int.fetchOne(
            db, sql: "SELECT COUNT(*) \(pass.from(clause))", arguments: args + pass.arguments)
          ?? 0
        if n <= skip {
          skip -= n
          continue
        }
      }
      cases += try Row.fetchAll(
        db,
        sql: "SELECT * \(pass.from(clause)) ORDER BY \(pass.order) LIMIT ? OFFSET ?",
        arguments: args + pass.arguments + [limit - cases.count, skip]
      ).map(CaseRow.decode)
      skip = 0
    }
    return cases
  }
}
