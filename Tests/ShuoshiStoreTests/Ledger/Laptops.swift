import Foundation
import GRDB
import ShuoshiCore
import TestSupport

@testable import ShuoshiStore

/// Simulated laptops for ledger tests: each its own data directory in a temp folder, with its
/// own (possibly skewed) clock, exchanging bundle files.
final class Laptops {
  let root = TempDir("shuoshi-ledger")
  let engine = EngineFixture.engine
  var stores: [CaseStore] = []
  var skew: [TimeInterval] = []
  var bundles = 0
  /// Cheap scrypt: these tests seal hundreds of bundles.
  static let secret = BundleSecret.passphrase("测试口令 correct horse")
  static let kdf = ScryptParams.minimum

  /// With `letters`, laptop i has the letter A, B, C… as every laptop set up since 0.2 does;
  /// without, they issue ids of the old form, which two laptops can both issue.
  init(_ count: Int, site: String = "HJ", skew: [TimeInterval] = [], letters: Bool = true) throws {
    for i in 0..<count {
      try add(
        site: site, skew: i < skew.count ? skew[i] : 0,
        laptop: letters ? String(UnicodeScalar(UInt8(65 + i))) : nil)
    }
  }

  deinit { root.remove() }

  @discardableResult
  func add(site: String = "HJ", skew: TimeInterval = 0, laptop: String? = nil) throws -> CaseStore {
    let data = DataDirectory(url: root.url.appendingPathComponent("laptop-\(stores.count)"))
    let store = try CaseStore.open(data, siteCode: site, laptop: laptop)
    stores.append(store)
    self.skew.append(skew)
    return store
  }

  subscript(i: Int) -> CaseStore { stores[i] }

  func now(_ i: Int, _ t: String) -> Date { EngineFixture.at(t).addingTimeInterval(skew[i]) }

  func intake(_ text: String, name: String = "王大妈", phone: String = "13812345678", at t: String)
    -> Intake
  {
    Intake(
      resident: Resident(name: name, phone: phone, address: "六堰社区3栋2单元502"), text: text,
      receivedAt: EngineFixture.at(t))
  }

  /// Writes a bundle of laptop `i` (all events, or what `peer` lacks) and returns its file.
  func export(_ i: Int, peer: String? = nil, secret: BundleSecret = Laptops.secret) throws -> URL {
    bundles += 1
    let url = root.url.appendingPathComponent("bundle-\(bundles).ssb")
    _ = try stores[i].exportBundle(
      to: url, options: ExportOptions(peer: peer, secret: secret, kdf: Self.kdf), now: Date())
    return url
  }

  @discardableResult
  func importBundle(
    _ url: URL, into j: Int, passphrase: String = "测试口令 correct horse",
    options: BundleImportOptions = BundleImportOptions(), now: Date = Date()
  ) throws -> BundleImportReport {
    try stores[j].importBundle(from: url, passphrase: { passphrase }, now: now, options: options)
  }

  /// Full export of `i`, imported into `j` at `now` (a simulated day ahead of the real clock
  /// needs its own "now", or the clock-skew rule refuses the bundle).
  @discardableResult
  func sync(_ i: Int, to j: Int, now: Date = Date()) throws -> BundleImportReport {
    try importBundle(try export(i), into: j, now: now)
  }

  /// Everyone gets everything.
  func syncAll(now: Date = Date()) throws {
    for i in stores.indices {
      for j in stores.indices where i != j { try sync(i, to: j, now: now) }
    }
  }

  /// A canonical dump of what a laptop shows: every case row (but its local row number), its
  /// ledger row, and the set of event uuids with their hashes.
  func dump(_ i: Int) throws -> String {
    try stores[i].pool.read { db in
      var out: [String] = []
      let columns = CaseRow.columns.replacingOccurrences(of: "\n", with: " ")
      for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM cases ORDER BY uuid") {
        out.append(row.description)
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT case_uuid, base_id, created_hlc, created_device, created_seq, merged_into, erased,
          conflict FROM case_ledger ORDER BY case_uuid
          """)
      {
        out.append(row.description)
      }
      for row in try Row.fetchAll(db, sql: "SELECT uuid, hex(hash) FROM events ORDER BY uuid") {
        out.append(row.description)
      }
      for row in try Row.fetchAll(
        db, sql: "SELECT event_uuid, body FROM event_personal ORDER BY event_uuid")
      {
        out.append(row.description)
      }
      return out.joined(separator: "\n")
    }
  }

  func eventUUIDs(_ i: Int) throws -> Set<String> {
    try Set(stores[i].pool.read { db in try String.fetchAll(db, sql: "SELECT uuid FROM events") })
  }

  func actor(_ i: Int) -> Actor { Actor("工作人员\(i)") }
}
