import Foundation

/// One person found by a search, with how well they matched (see `NameMatcher.score`).
public struct PersonMatch: Sendable, Equatable {
  public var person: Person
  public var score: Int

  public init(person: Person, score: Int) {
    self.person = person
    self.score = score
  }
}

/// The person picker's search: the register's people held in memory, searched per keystroke
/// by Chinese substring, pinyin initials, full pinyin or phone digits. Build it once when the
/// picker opens (`CaseStore.personSearch(table:)`), then call `search` on every key.
public struct PersonSearch: Sendable {
  public let people: [Person]
  public let matcher: NameMatcher

  public init(people: [Person], table: PinyinTable) {
    self.matcher = NameMatcher(table: table)
    // Sorted by pinyin so an empty query lists people as a phone book would.
    let keyed = people.map { (table.spell($0.name), $0.uuid.uuidString, $0) }
    self.people = keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.2)
  }

  /// The best matches first (ties in phone-book order); an empty query lists everyone.
  /// `role` keeps only people with that role (e.g. `.volunteer` when dispatching).
  public func search(_ query: String, role: PersonRole? = nil, limit: Int = 20) -> [PersonMatch] {
    let pool = role.map { r in people.filter { $0.has(r) } } ?? people
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { return pool.prefix(limit).map { PersonMatch(person: $0, score: 0) } }
    var found: [(Int, Int, Person)] = []
    for (i, p) in pool.enumerated() {
      if let s = matcher.score(name: p.name, phone: p.phone, query: trimmed) {
        found.append((s, i, p))
      }
    }
    found.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
    return found.prefix(limit).map { PersonMatch(person: $0.2, score: $0.0) }
  }
}
