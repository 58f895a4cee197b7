import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Another device whose cases here carry `letter` for this site, if any.
  public func laptopHolder(_ letter: String) throws(StoreError) -> String? {
    let key = "\(info.siteCode.uppercased())-\(letter)"
    return try read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT DISTINCT created_device FROM case_ledger
          WHERE base_id >= ? AND base_id < ? LIMIT 2
          """, arguments: [key + "-", key + "."]
      ).first { $0 != info.deviceID }
    }
  }

  /// Gives this laptop its letter: the cases it takes from now on are numbered with it; those
  /// it took keep their numbers. The caller checks `laptopHolder` first.
  public func setLaptop(_ letter: String) throws(StoreError) {
    precondition(IDFormat.isLaptopLetter(letter))
    try write { db in try Meta.set(db, Meta.laptopKey, letter) }
  }

  /// Each laptop of a site has its own letter, so no two issue one case id. A case id with a
  /// letter claims it for the device whose `created` event carries it; a bundle whose cases
  /// claim a letter another device already holds here (by its cases, or this laptop by its
  /// setting) is refused whole, naming both devices — two laptops set up with one letter
  /// would otherwise hand two residents the same number.
  static func checkLaptopLetters(
    _ fresh: [StoredEvent], local: StoreInfo, path: String, _ db: Database
  ) throws {
    var claims: [String: String] = [:]  // "HJ-A" → device
    if let letter = local.laptop {
      claims["\(local.siteCode.uppercased())-\(letter)"] = local.deviceID
    }
    let holders = try db.cachedStatement(
      sql: """
        SELECT DISTINCT created_device FROM case_ledger
        WHERE base_id >= ? AND base_id < ? LIMIT 2
        """)
    for s in fresh where s.event.kind == .created {
      guard let id = s.event.data.caseID, let parts = IDFormat.caseIDParts(id),
        let letter = parts.laptop
      else { continue }
      let key = "\(parts.site.uppercased())-\(letter)"
      if claims[key] == nil {
        // '-' + 1 is '.': the range holds exactly the ids that start with "HJ-A-".
        claims[key] = try String.fetchAll(holders, arguments: [key + "-", key + "."]).first {
          $0 != s.event.device
        }
      }
      if let holder = claims[key], holder != s.event.device {
        throw LedgerError.laptopLetterTaken(
          path: path, letter: key, devices: [holder, s.event.device])
      }
      claims[key] = s.event.device
    }
  }
}
