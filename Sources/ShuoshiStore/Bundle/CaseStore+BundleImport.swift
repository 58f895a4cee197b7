import Foundation
import GRDB
import ShuoshiCore

/// What an import did.
public struct BundleImportReport: Sendable {
  /// The laptop that wrote the bundle, and its site code.
  public var fromDevice: String
  public var fromSite: String
  /// Events in the bundle, and how many were new here.
  public var received: Int
  public var added: Int
  /// Cases whose projection was rebuilt.
  public var casesTouched: Int
  /// Cases that arrived carrying a number a case here already has (two laptops without
  /// letters issued it before 0.2): both keep it; the newcomer's row shows `shownAs` here.
  public var sharedNumbers: [SharedNumber]
  /// Unsettled conflicts in the touched cases.
  public var conflicts: [ConflictItem]
  /// How far the bundle's newest clock reading is ahead of this laptop's "now" (seconds), when
  /// more than an hour: the sender's clock is probably wrong.
  public var clockAhead: TimeInterval?
  /// The check run inside the import over the touched chains and cases (always ok: a failing
  /// check aborts the import).
  public var verify: VerifyReport
  /// An erasure reached personal fields in this import (the file was then compacted).
  public var erasing = false
  /// The bundle was encrypted (else it was taken only because `allowUnencrypted` was given).
  public var encrypted = true
}

extension CaseStore {
  /// Merges a bundle into this ledger. The whole file is checked first (length, passphrase,
  /// authentication, every event's hash and chain link against what is here); then, in one
  /// transaction, new events are stored, erasures applied, each touched case's projection
  /// rebuilt from its merged events in ledger order, and the touched chains and cases
  /// verified. Any failure imports nothing. Importing the same bundle twice changes nothing;
  /// bundles may arrive in any order (within each device's sequence). Every event must keep
  /// the limits of `BundleLimits` and `BundleEventCheck`, and none may add to this laptop's
  /// own chain.
  public func importBundle(
    from url: URL, passphrase: () throws -> String?, now: Date,
    options: BundleImportOptions = BundleImportOptions()
  ) throws -> BundleImportReport {
    let path = url.path
    let file = try Self.readBundleFile(url)
    let (payload, encrypted) = try Self.openBundle(
      file, path: path, allowUnencrypted: options.allowUnencrypted, passphrase: passphrase)
    let stored = try Self.checkedEvents(payload, path: path, now: now, skew: options.clockSkew)
    return try merge(
      stored, from: (payload.device, payload.site), path: path, encrypted: encrypted, now: now,
      withheld: Set(payload.withheld ?? []), options: options)
  }

  /// Stores checked events another ledger sent (a bundle, a hub batch) in one transaction:
  /// the new ones, erasures applied, touched projections rebuilt and verified. `withheld`:
  /// the uuids the sender declares sent without their personal records (another unit's);
  /// `options`: the linking rules and actor for the cases new here.
  func merge(
    _ stored: [StoredEvent], from sender: (device: String, site: String), path: String,
    encrypted: Bool, now: Date, withheld: Set<String>, options: BundleImportOptions
  ) throws -> BundleImportReport {
    try options.actor.require(.importLedger)
    let local = info.deviceID
    let report = try ledgerWrite { db in
      let fresh = try Self.newEvents(stored, db, ownDevice: local, path: path)
      for s in fresh { try EventRow.insert(s, into: db) }
      try SchemaV9HubWithheld.record(fresh, among: withheld, db)
      let filled = try SchemaV9HubWithheld.fill(stored, db)
      let touched = Array(Set(fresh.map(\.event.caseUUID)).union(filled)).sorted {
        $0.uuidString < $1.uuidString
      }
      try Self.checkLaptopLetters(fresh, local: self.info, path: path, db)
      var shared: [SharedNumber] = []
      var wiped = 0
      for uuid in touched {
        wiped += try Self.wipePersonal(of: uuid, db)
        let before = try caseIDIfAny(uuid, db)
        try CaseProjector.rebuild([uuid], db)
        if before == nil, let number = try SharedNumber.of(uuid, db) { shared.append(number) }
      }
      try Self.checkGroupLinks(fresh.map(\.event), touched: touched, path: path, db)
      // Register records (units, grids, households, people) are projected from the log too.
      if fresh.contains(where: { $0.event.kind.isRegister }) {
        try RegisterProjection.rebuild(in: db)
      }
      if fresh.contains(where: { $0.event.kind == .roundRecorded }) {
        try SurveyRoundProjection.rebuild(in: db)
      }
      let erasing = wiped > 0 || fresh.contains { $0.event.kind == .erased }
      if erasing { try SearchIndex.optimize(db) }
      let verifier = LedgerVerifier(devices: Set(fresh.map(\.event.device)), cases: Set(touched))
      let report = try verifier.run(db)
      guard report.ok else { throw LedgerError.verifyFailed(report) }
      try Self.linkImported(fresh, options: options, device: local, now: now, db)
      var conflicts: [ConflictItem] = []
      for uuid in touched {
        let history = try EventRow.history(of: uuid, in: db)
        let id = try caseID(uuid, db)
        conflicts += Ledger(history).conflicts.map { ConflictItem(caseID: id, conflict: $0) }
      }
      let newest = stored.map(\.event.hlc).max().map { Double($0.physical) / 1000 } ?? 0
      let ahead = newest - now.timeIntervalSince1970
      return BundleImportReport(
        fromDevice: sender.device, fromSite: sender.site, received: stored.count,
        added: fresh.count, casesTouched: touched.count, sharedNumbers: shared,
        conflicts: conflicts,
        clockAhead: ahead > 3600 ? ahead : nil, verify: report, erasing: erasing,
        encrypted: encrypted)
    }
    // An erasure arrived: leave no page with the erased bytes behind.
    if report.erasing { try compact() }
    return report
  }

  /// Warnings from the bundle are projected; the cases new here are linked as a save links
  /// them (oldest first), which may raise a warning on this laptop; then the warnings of one
  /// matter — this laptop's and the bundle's — are folded into one (`WarningMergeStep`).
  static func linkImported(
    _ fresh: [StoredEvent], options: BundleImportOptions, device: String, now: Date,
    _ db: Database
  ) throws {
    var touched = Set(fresh.filter { $0.event.kind.isWarning }.map(\.event.caseUUID))
    for uuid in touched { try WarningProjection.rebuild(uuid, db) }
    let upkeep = WarningUpkeep(
      rules: options.warningRules, device: device, actor: options.actor, now: Millis.truncate(now))
    touched.formUnion(try linkCreated(fresh, upkeep: upkeep, db))
    guard !touched.isEmpty else { return }
    try WarningMergeStep(upkeep: upkeep).settle(touched, db)
  }

  /// Links the cases new here, oldest first; returns the warnings that linking reached.
  static func linkCreated(_ fresh: [StoredEvent], upkeep: WarningUpkeep, _ db: Database) throws
    -> Set<UUID>
  {
    let created = Set(fresh.filter { $0.event.kind == .created }.map(\.event.caseUUID))
    guard !created.isEmpty else { return [] }
    var cases: [Case] = []
    for uuid in created {
      if let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT * FROM cases WHERE uuid = ?"),
        arguments: [uuid.uuidString])
      {
        cases.append(CaseRow.decode(row))
      }
    }
    var reached = Set<UUID>()
    for c in cases.sorted(by: { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }) {
      if let w = try upkeep.link(c, db).warning { reached.insert(w) }
    }
    return reached
  }

  /// The bundle file's bytes, its size checked before it is read.
  static func readBundleFile(_ url: URL) throws -> Data {
    let path = url.path
    do {
      let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64 ?? 0
      if size > BundleLimits.maxFileBytes {
        throw LedgerError.bundleTooLarge(path: path, bytes: size, limit: BundleLimits.maxFileBytes)
      }
      return try Data(contentsOf: url)
    } catch let e as LedgerError {
      throw e
    } catch {
      throw LedgerError.unreadable(path: path, detail: error.localizedDescription)
    }
  }

  /// Decrypts and decodes a bundle file, mapping every failure to a clear error. Also says
  /// whether it was encrypted.
  static func openBundle(
    _ file: Data, path: String, allowUnencrypted: Bool, passphrase: () throws -> String?
  ) throws -> (BundlePayload, encrypted: Bool) {
    let plain: Data
    do {
      plain = try BundleCrypto.open(
        file, allowUnencrypted: allowUnencrypted, passphrase: passphrase)
    } catch let e as BundleCrypto.OpenError {
      switch e {
      case .unencrypted: throw LedgerError.unencrypted(path: path)
      case .notABundle: throw LedgerError.notABundle(path: path)
      case .truncated(let expected):
        throw LedgerError.truncated(path: path, expected: expected, found: file.count)
      case .unsupported(let v): throw LedgerError.unsupportedBundle(path: path, version: v)
      case .malformed, .tampered: throw LedgerError.tampered(path: path)
      case .wrongPassphrase: throw LedgerError.wrongPassphrase(path: path)
      case .passphraseNeeded: throw LedgerError.passphraseNeeded
      }
    }
    let payload: BundlePayload
    do { payload = try JSONDecoder().decode(BundlePayload.self, from: plain) } catch {
      throw LedgerError.malformed(path: path, detail: "not a ledger payload")
    }
    guard payload.format == BundlePayload.formatName else {
      throw LedgerError.malformed(path: path, detail: "format \(payload.format)")
    }
    guard payload.version == 1 else {
      throw LedgerError.unsupportedBundle(path: path, version: payload.version)
    }
    return (payload, (try? BundleHeader.parse(file))?.encrypted ?? false)
  }

  /// The bundle's events not yet here, after checking that every one already here is the
  /// same event and that the new ones continue each device's chain without a gap.
  /// Events of `ownDevice` (this laptop) are taken only when already here: a bundle never
  /// writes in this laptop's name.
  static func newEvents(
    _ events: [StoredEvent], _ db: Database, ownDevice: String, path: String
  ) throws -> [StoredEvent] {
    let top = try db.cachedStatement(sql: "SELECT MAX(seq) FROM events WHERE device = ?")
    let lookup = try db.cachedStatement(
      sql: "SELECT uuid, hash FROM events WHERE device = ? AND seq = ?")
    let fresh = try ChainContinuation.fresh(
      events, ownDevice: ownDevice, path: path,
      have: { try Int64.fetchOne(top, arguments: [$0]) ?? 0 },
      held: { device, seq in
        try Row.fetchOne(lookup, arguments: [device, seq]).map {
          (uuid: $0["uuid"] as String, hash: $0["hash"] as Data? ?? Data())
        }
      })
    let exists = try db.cachedStatement(sql: "SELECT 1 FROM events WHERE uuid = ?")
    for s in fresh where try Bool.fetchOne(exists, arguments: [s.event.uuid.uuidString]) == true {
      throw LedgerError.fork(device: s.event.device, seq: s.event.seq)
    }
    return fresh
  }
}
