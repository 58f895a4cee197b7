import Foundation
import GRDB
import ShuoshiCore

/// What to put in a bundle and how to protect it.
public struct ExportOptions: Sendable {
  /// Only what was not yet sent to this peer laptop (per-device high-water marks), and
  /// remember what this bundle sends. nil: every event.
  public var peer: String?
  public var secret: BundleSecret
  public var kdf: ScryptParams
  /// Whether an existing file at the target may be replaced (`--force`); else it is refused.
  public var existing: DurableFile.Existing
  /// Who exports: a bundle carries residents' names, so the role must allow it (`RolePolicy`).
  public var actor: Actor?

  public init(
    peer: String? = nil, secret: BundleSecret, kdf: ScryptParams = .standard,
    existing: DurableFile.Existing = .refuse, actor: Actor? = nil
  ) {
    self.actor = actor
    self.peer = peer
    self.secret = secret
    self.kdf = kdf
    self.existing = existing
  }
}

/// What an export wrote.
public struct ExportReport: Sendable, Equatable {
  public var events: Int
  public var devices: Int
  public var bytes: Int
  public var encrypted: Bool
  public var peer: String?
}

/// One peer laptop's high-water mark for one device: the last sequence number sent there.
public struct PeerMark: Sendable, Equatable {
  public var peer: String
  public var device: String
  public var seq: Int64
}

extension CaseStore {
  /// Writes the events another laptop lacks (or all) to `url` as one bundle: the file is
  /// written whole by `DurableFile` (an existing file only replaced when `options.existing`
  /// says so), mode 0600, and only then are the peer's marks moved on.
  public func exportBundle(to url: URL, options: ExportOptions, now: Date) throws -> ExportReport {
    try options.actor?.require(.exportNames)
    if case .passphrase(let p) = options.secret, p.isEmpty { throw LedgerError.emptyPassphrase }
    try DurableFile.check(url, existing: options.existing)
    let (events, marks, withheld) = try read {
      db -> ([StoredEvent], [String: Int64], [String]?) in
      let marks = try options.peer.map { try peerMarks($0, db) } ?? [:]
      var events: [StoredEvent] = []
      let rows = try Row.fetchCursor(db, sql: "\(EventRow.selectSQL) ORDER BY e.device, e.seq")
      while let row = try rows.next() {
        let device: String = row["device"]
        let seq: Int64 = row["seq"]
        if seq > marks[device, default: 0] { events.append(try EventRow.decodeStored(row)) }
      }
      return (events, marks, try SchemaV9HubWithheld.withheld(among: events, db))
    }
    let payload = BundlePayload(
      device: info.deviceID, site: info.siteCode, createdAt: Millis.from(now), peer: options.peer,
      events: events.map(BundleEvent.init), withheld: withheld)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let file: Data
    do {
      file = try BundleCrypto.seal(
        try encoder.encode(payload), secret: options.secret, kdf: options.kdf)
    } catch {
      throw LedgerError.unwritable(path: url.path, detail: String(describing: error))
    }
    try DurableFile.write(file, to: url, existing: options.existing)
    if let peer = options.peer {
      var next = marks
      for e in events { next[e.event.device] = max(next[e.event.device] ?? 0, e.event.seq) }
      try write { db in
        for (device, seq) in next where seq > marks[device, default: 0] {
          try db.execute(
            sql: """
              INSERT INTO peer_marks (peer, device, seq) VALUES (?, ?, ?)
              ON CONFLICT(peer, device) DO UPDATE SET seq = excluded.seq
              """, arguments: [peer, device, seq])
        }
      }
    }
    let encrypted = options.secret != .none
    return ExportReport(
      events: events.count, devices: Set(events.map(\.event.device)).count, bytes: file.count,
      encrypted: encrypted, peer: options.peer)
  }

  /// What was last sent to each peer, per device.
  public func peerMarks() throws(StoreError) -> [PeerMark] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT peer, device, seq FROM peer_marks ORDER BY peer, device")
        .map {
          PeerMark(peer: $0["peer"], device: $0["device"], seq: $0["seq"])
        }
    }
  }

  func peerMarks(_ peer: String, _ db: Database) throws -> [String: Int64] {
    var out: [String: Int64] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT device, seq FROM peer_marks WHERE peer = ?", arguments: [peer])
    {
      out[row["device"]] = row["seq"]
    }
    return out
  }
}
