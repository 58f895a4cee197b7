import Foundation
import ShuoshiCore
import ShuoshiStore

/// `sync export --json`.
struct ExportJSON: Encodable {
  let file: String
  let events: Int
  let devices: Int
  let bytes: Int
  let encrypted: Bool
  let peer: String?

  init(_ r: ExportReport, file: String) {
    self.file = file
    events = r.events
    devices = r.devices
    bytes = r.bytes
    encrypted = r.encrypted
    peer = r.peer
  }
}

/// `sync import --json`.
struct ImportJSON: Encodable {
  struct Shared: Encodable {
    let id: String
    let shown_as: String
  }
  let from_device: String
  let from_site: String
  let received: Int
  let added: Int
  let cases_touched: Int
  let shared_numbers: [Shared]
  let conflicts: [ConflictJSON]
  let clock_ahead_seconds: Double?
  let verified: Bool
  let encrypted: Bool

  init(_ r: BundleImportReport) {
    from_device = r.fromDevice
    from_site = r.fromSite
    received = r.received
    added = r.added
    cases_touched = r.casesTouched
    shared_numbers = r.sharedNumbers.map { Shared(id: $0.id, shown_as: $0.shownAs) }
    conflicts = r.conflicts.map { ConflictJSON($0) }
    clock_ahead_seconds = r.clockAhead
    verified = r.verify.ok
    encrypted = r.encrypted
  }
}

/// One conflict: its case, field and versions (the last in effect).
struct ConflictJSON: Encodable {
  struct Version: Encodable {
    let event: String
    let type: String
    let device: String
    let seq: Int64
    let at: String
    let `operator`: String
    let in_effect: Bool
    let assignee: String?
    let tier: String?
  }
  let case_id: String
  let field: String
  let versions: [Version]

  init(_ item: ConflictItem) {
    case_id = item.caseID
    field = item.conflict.field.rawValue
    versions = item.conflict.versions.map {
      Version(
        event: $0.uuid.uuidString.lowercased(), type: $0.kind.rawValue, device: $0.device,
        seq: $0.seq,
        at: JSONTime.string($0.at), operator: $0.operator,
        in_effect: $0.uuid == item.conflict.winner.uuid,
        assignee: $0.data.assignee, tier: $0.data.tier?.rawValue)
    }
  }
}

/// `verify --json`.
struct VerifyJSON: Encodable {
  struct Chain: Encodable {
    let device: String
    let events: Int
    let head: String
  }
  let ok: Bool
  let events: Int
  let cases: Int
  let chains: [Chain]
  let problems: [String]

  init(_ r: VerifyReport, lang: Lang) {
    ok = r.ok
    events = r.eventCount
    cases = r.caseCount
    chains = r.chains.map { Chain(device: $0.device, events: $0.events, head: $0.head) }
    problems = r.problems.map { $0.message(lang) }
  }
}

extension EventData {
  /// Event data as `--json` prints it unless revealed: phone and ID numbers masked.
  var masked: EventData {
    var d = self
    if var r = d.resident {
      r.phone = PhoneMask.mask(r.phone)
      r.address = PersonalMask.text(r.address)
      d.resident = r
    }
    d.text = d.text.map(PersonalMask.text)
    d.reason = d.reason.map(PersonalMask.text)
    d.summary = d.summary.map(PersonalMask.text)
    // A corrected phone is masked as the resident's phone is; other values as free text.
    let phone = d.field == CorrectableField.phone.rawValue
    d.before = d.before.map { phone ? PhoneMask.mask($0) : PersonalMask.text($0) }
    d.after = d.after.map { phone ? PhoneMask.mask($0) : PersonalMask.text($0) }
    return d
  }
}
