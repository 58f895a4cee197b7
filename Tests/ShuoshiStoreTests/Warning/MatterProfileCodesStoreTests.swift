import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The stored profile's version 2 (bigram codes) beside a store written before it, and the
/// codes deciding as the bigram strings did on the demo street.
@Suite("Matter profile codes in the store")
struct MatterProfileCodesStoreTests {
  typealias W = WarningStoreTests

  static func property(_ i: Int) -> Intake {
    W.intake(
      W.propertyTexts[i], address: "中瑞·领航城\(i + 1)栋1单元101", phone: "1390000000\(i)",
      day: 2 + i)
  }

  static func lines(_ store: CaseStore) throws -> [String] {
    try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT profile FROM matter_profiles ORDER BY num")
    }
  }

  /// A store whose profiles were written by an earlier build (version 1, bigrams as text):
  /// the next save reads none of them as codes, derives its candidates again, stores them as
  /// version 2, and raises the warning a store that never held version 1 raises.
  @Test func versionOneProfilesOfAnEarlierBuildAreDerivedAgainAndLinkTheSame() throws {
    func fourThenFifth(oldLines: Bool) throws -> (Warning, [String]) {
      let f = StoreFixture()
      let store = try f.open()
      for i in 0..<4 { _ = try W.save(store, f, Self.property(i)) }
      if oldLines {
        try store.pool.write { db in
          let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM cases WHERE num IN (SELECT num FROM matter_profiles)")
          for row in rows {
            let c = CaseRow.decode(row)
            try db.execute(
              sql: "UPDATE matter_profiles SET profile = ? WHERE num = ?",
              arguments: [BigramReference.storedV1(MatterLinkProfile(c)), row["num"] as Int64])
          }
        }
        #expect(try Self.lines(store).count == 4)
        #expect(try Self.lines(store).allSatisfy { $0.hasPrefix("1\u{1F}") })
      }
      _ = try W.save(store, f, Self.property(4))
      return (try #require(try store.warnings().first), try Self.lines(store))
    }
    let (old, oldLines) = try fourThenFifth(oldLines: true)
    let (new, newLines) = try fourThenFifth(oldLines: false)
    #expect(old.households == 5 && old.level == .orange)
    #expect(old.households == new.households && old.level == new.level)
    #expect(old.cases.count == new.cases.count && old.place == new.place && old.party == new.party)
    #expect(oldLines.count == 5 && oldLines.allSatisfy { $0.hasPrefix("2\u{1F}") })
    // The same profiles, line for line, once derived again (the uuids and phones differ).
    #expect(
      oldLines.map { $0.split(separator: "\u{1F}")[5] }
        == newLines.map {
          $0.split(separator: "\u{1F}")[5]
        })
  }

  /// Every pair of the demo street's grievances has exactly the similarity the bigram strings
  /// gave: with places and parties compared as the same strings (interned), every link and
  /// warning is decided as before.
  @Test func theDemoStreetsTextsScoreExactlyAsTheirBigramStringsDid() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    _ = try DemoGenerator(caseCount: 400, seed: 20_261_128).generate(
      into: store, engine: f.engine, now: EngineFixture.at("2026-12-01 10:00"))
    let texts = Array(
      Set(try store.pool.read { db in try String.fetchAll(db, sql: "SELECT text FROM cases") })
    ).sorted()
    #expect(texts.count > 50)
    let codes = texts.map(BigramCodes.of)
    let strings = texts.map(BigramReference.bigrams)
    var differ = 0
    for i in texts.indices {
      for j in texts.indices where i < j {
        let new = BigramCodes.jaccard(codes[i], codes[j])
        if new != BigramReference.jaccard(strings[i], strings[j]) { differ += 1 }
      }
    }
    #expect(differ == 0)
  }
}
