import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// The person picker's search over the register (loaded once; call `search` per keystroke):
  /// `zs` finds 张三, `ls` 李四, `zhangs` and `张` too, mixed names like 王Lily by `wl`.
  public func personSearch(table: PinyinTable) throws(StoreError) -> PersonSearch {
    PersonSearch(people: try people(), table: table)
  }

  /// One-shot search (the CLI's `people --search`): best matches first.
  public func searchPeople(
    _ query: String, table: PinyinTable, role: PersonRole? = nil, limit: Int = 20
  ) throws(StoreError) -> [PersonMatch] {
    try personSearch(table: table).search(query, role: role, limit: limit)
  }

  /// Cases assigned to a person of the register ("my cases"), newest first; open ones only
  /// unless `includeClosed`.
  public func cases(
    ownedBy person: UUID, includeClosed: Bool = false, offset: Int = 0, limit: Int = 50
  ) throws(StoreError) -> [Case] {
    try read { db in
      let states = includeClosed ? "" : "AND \(CaseState.sqlIn(CaseState.open))"
      return try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM cases WHERE assignee_id = ? AND voided = 0 \(states)
          ORDER BY received_at DESC, num DESC LIMIT ? OFFSET ?
          """, arguments: [person.uuidString, limit, offset]
      ).map(CaseRow.decode)
    }
  }
}
