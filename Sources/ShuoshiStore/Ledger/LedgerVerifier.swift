import Foundation
import GRDB
import ShuoshiCore

/// Checks every device's hash chain and every case's projection against a replay of its
/// events. `devices`/`cases` limit the check (after an import: what the bundle touched).
struct LedgerVerifier {
  var devices: Set<String>?
  var cases: Set<UUID>?

  func run(_ db: Database) throws -> VerifyReport {
    var report = VerifyReport()
    // The file first (a full verify): a damaged page can make every later answer wrong.
    if devices == nil && cases == nil, try !checkFile(db, &report) { return report }
    // After an import only the bundle's devices: listing every device walks the whole log.
    let chains =
      try devices.map { $0.sorted() }
      ?? String.fetchAll(db, sql: "SELECT DISTINCT device FROM events ORDER BY device")
    var withoutPersonal: [UUID: [UUID]] = [:]  // case → events whose personal row is gone
    for device in chains {
      try checkChain(device, db, &report, &withoutPersonal)
    }
    try checkErasures(withoutPersonal, db, &report)
    try checkProjections(db, &report)
    if devices == nil && cases == nil { try checkRegister(db, &report) }
    return report
  }

  func checkChain(
    _ device: String, _ db: Database, _ report: inout VerifyReport,
    _ withoutPersonal: inout [UUID: [UUID]]
  ) throws {
    let rows = try Row.fetchCursor(
      db, sql: "\(EventRow.selectSQL) WHERE e.device = ? ORDER BY e.seq", arguments: [device])
    var expected: Int64 = 1
    var prev = ChainHash.genesis
    var prevHLC: HLC?
    var count = 0
    while let row = try rows.next() {
      let s = try EventRow.decodeStored(row, withData: false)
      let e = s.event
      count += 1
      var gap = false
      if e.seq > expected {
        report.problems.append(
          .missing(device: device, from: expected, to: e.seq - 1, before: e.uuid))
        gap = true
      }
      if s.computedHash != s.hash {
        report.problems.append(.altered(event: e.uuid, device: device, seq: e.seq))
      }
      var reordered = false
      if let prevHLC, e.hlc <= prevHLC { reordered = true }
      if s.prevHash != prev && !gap {
        let elsewhere = try String.fetchOne(
          db, sql: "SELECT uuid FROM events WHERE device = ? AND hash = ?",
          arguments: [device, s.prevHash])
        if elsewhere != nil {
          reordered = true
        } else if !reordered {
          report.problems.append(.brokenLink(event: e.uuid, device: device, seq: e.seq))
        }
      }
      if reordered { report.problems.append(.reordered(event: e.uuid, device: device, seq: e.seq)) }
      if let p = s.personal {
        if p.digest != s.personalDigest { report.problems.append(.personalAltered(event: e.uuid)) }
      } else if s.personalDigest != nil {
        withoutPersonal[e.caseUUID, default: []].append(e.uuid)
      }
      prev = s.hash
      prevHLC = e.hlc
      expected = e.seq + 1
    }
    report.eventCount += count
    report.chains.append(.init(device: device, events: count, head: Hex.encode(prev)))
  }

  /// Personal fields may be gone only where an erasure reached: events of an erased case that
  /// are not descendants of its `erased` event.
  func checkErasures(_ missing: [UUID: [UUID]], _ db: Database, _ report: inout VerifyReport)
    throws
  {
    for (caseUUID, events) in missing.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
      let history = try EventRow.history(of: caseUUID, in: db)
      let erasable = Erasure.wiped(in: history)
      for e in events where !erasable.contains(e) {
        // Another unit's event a hub sent without its record (scope, docs/HUB.md).
        if try SchemaV9HubWithheld.isWithheld(e, db) { continue }
        report.problems.append(.personalMissing(event: e))
      }
    }
  }

  func checkProjections(_ db: Database, _ report: inout VerifyReport) throws {
    // After an import, the touched cases that have their `created` event, each looked up by
    // index: collecting every created case of a million took seconds.
    let scope: Set<UUID>
    if let cases {
      let hasCreated = try db.cachedStatement(
        sql: "SELECT EXISTS (SELECT 1 FROM events WHERE case_uuid = ? AND kind = 'created')")
      scope = try cases.filter {
        try Bool.fetchOne(hasCreated, arguments: [$0.uuidString]) ?? false
      }
    } else {
      scope = try allCreated(db)
    }
    for uuid in scope.sorted(by: { $0.uuidString < $1.uuidString }) {
      report.caseCount += 1
      let history = try EventRow.history(of: uuid, in: db)
      guard var expected = Case.replay(history),
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM cases WHERE uuid = ?", arguments: [uuid.uuidString])
      else {
        report.problems.append(.projectionMissing(caseUUID: uuid))
        continue
      }
      let stored = CaseRow.decode(row)
      var fields = try ledgerDifferences(uuid, history: history, base: expected.id, db)
      expected.id = Self.rowID(stored.id, keeps: expected.id) ? stored.id : expected.id
      fields += Self.differences(expected, stored)
      if !fields.isEmpty {
        report.problems.append(.projectionDiffers(caseID: stored.id, fields: fields))
      }
    }
    if cases == nil { try checkOrphans(created: scope, db, &report) }
  }

  func allCreated(_ db: Database) throws -> Set<UUID> {
    Set(
      try String.fetchAll(db, sql: "SELECT DISTINCT case_uuid FROM events WHERE kind = 'created'")
        .compactMap(UUID.init(uuidString:)))
  }

  func ledgerDifferences(_ uuid: UUID, history: [Event], base: String, _ db: Database) throws
    -> [String]
  {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM case_ledger WHERE case_uuid = ?", arguments: [uuid.uuidString]),
      let created = history.first(where: { $0.kind == .created })
    else { return ["case_ledger"] }
    let state = CaseLedgerState.replay(history)
    var out: [String] = []
    if row["base_id"] != base { out.append("base_id") }
    if row["created_hlc"] != created.hlc.raw || row["created_device"] != created.device
      || row["created_seq"] != created.seq
    {
      out.append("created")
    }
    if row["merged_into"] != state.mergedInto?.uuidString { out.append("merged_into") }
    if row["erased"] != state.erased { out.append("erased") }
    if row["conflict"] != state.hasConflict { out.append("conflict") }
    if try GroupCaseProjection.differs(uuid, history: history, db) { out.append("case_groups") }
    return out
  }

  /// Whether a row id is one the projector gives a case numbered `base`: the number itself,
  /// or `base-N` when another case reached this laptop first with the same number.
  static func rowID(_ id: String, keeps base: String) -> Bool {
    guard id != base else { return true }
    guard id.hasPrefix(base + "-") else { return false }
    let n = id.dropFirst(base.count + 1)
    return (1...6).contains(n.count) && n.allSatisfy(\.isASCII) && Int(n).map { $0 >= 2 } == true
  }

  /// Names of the fields where two projections of a case differ.
  static func differences(_ a: Case, _ b: Case) -> [String] {
    guard a != b else { return [] }
    let left = Mirror(reflecting: a).children
    let right = Array(Mirror(reflecting: b).children)
    var out: [String] = []
    for (i, child) in left.enumerated() where i < right.count {
      if String(describing: child.value) != String(describing: right[i].value) {
        out.append(child.label ?? "?")
      }
    }
    return out.isEmpty ? ["?"] : out
  }
}
