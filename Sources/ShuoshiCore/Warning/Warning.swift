import Foundation

/// Where a warning stands.
public enum WarningState: String, Codable, CaseIterable, Sendable {
  /// Raised, nobody has looked yet.
  case open
  /// 已阅: seen, watched.
  case acknowledged
  /// 排除: not one matter.
  case dismissed
  /// 已转办: taken on as a group case.
  case takenOn = "taken_on"

  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.open, .zh): "待处理"
    case (.acknowledged, .zh): "已阅"
    case (.dismissed, .zh): "已排除"
    case (.takenOn, .zh): "已转办"
    case (.open, .en): "open"
    case (.acknowledged, .en): "acknowledged"
    case (.dismissed, .en): "dismissed"
    case (.takenOn, .en): "taken on"
    }
  }
}

/// A warning (预警) as its events add up: the last raise says the level and cases (levels only
/// rise, cases only grow — a merge across laptops keeps the most); acknowledge, dismiss and take
/// on set the state. The entity of its events is the warning's UUID.
public struct Warning: Sendable, Equatable, Identifiable {
  public var uuid: UUID
  public var level: WarningLevel
  public var state: WarningState
  public var cases: [UUID]
  public var households: Int
  public var place: String?
  public var party: String?
  public var groupWord: String?
  /// The first complaint of the matter, and when the warning was first raised.
  public var firstAt: Date
  public var raisedAt: Date
  public var updatedAt: Date
  /// Why it was dismissed, or the acknowledging note.
  public var note: String?
  public var groupCase: UUID?
  /// The warnings of the same matter (raised on other laptops) folded into this one.
  public var absorbed: [UUID]
  /// Folded into another warning of the same matter (`warning_merged`): the survivor, which
  /// carries the cases from here on; this one is kept read-only.
  public var mergedInto: UUID?

  public var id: UUID { uuid }

  public init(
    uuid: UUID, level: WarningLevel, state: WarningState, cases: [UUID], households: Int,
    place: String?, party: String?, groupWord: String?, firstAt: Date, raisedAt: Date,
    updatedAt: Date, note: String?, groupCase: UUID?, absorbed: [UUID] = [],
    mergedInto: UUID? = nil
  ) {
    self.uuid = uuid
    self.level = level
    self.state = state
    self.cases = cases
    self.households = households
    self.place = place
    self.party = party
    self.groupWord = groupWord
    self.firstAt = firstAt
    self.raisedAt = raisedAt
    self.updatedAt = updatedAt
    self.note = note
    self.groupCase = groupCase
    self.absorbed = absorbed
    self.mergedInto = mergedInto
  }

  /// A short id to type: the first 8 hex digits of the UUID.
  public var shortID: String { Self.shortID(uuid) }

  public static func shortID(_ uuid: UUID) -> String {
    String(uuid.uuidString.lowercased().prefix(8))
  }

  /// Folds a warning's events (ledger order); nil without a `warning_raised`.
  public static func replay(_ events: [Event]) -> Warning? {
    var w: Warning?
    for e in events {
      switch e.payload {
      case .warningRaised(let r):
        let level = max(w?.level ?? .yellow, r.level ?? .yellow)
        var cases = w?.cases ?? []
        for c in r.cases ?? [] where !cases.contains(c) { cases.append(c) }
        let first = [w?.firstAt, r.firstAt].compactMap { $0 }.min() ?? e.at
        let raised = w?.raisedAt ?? e.at
        var next = Warning(
          uuid: e.caseUUID, level: level, state: w?.state ?? .open,
          cases: Array(cases.prefix(WarningRules.maxCases)),
          households: max(w?.households ?? 0, r.households ?? 0), place: r.place ?? w?.place,
          party: r.party ?? w?.party, groupWord: r.reason ?? w?.groupWord, firstAt: first,
          raisedAt: raised, updatedAt: e.at, note: w?.note, groupCase: w?.groupCase,
          absorbed: w?.absorbed ?? [], mergedInto: w?.mergedInto)
        let joined = (r.absorbed ?? []).filter { !next.absorbed.contains($0) }
        next.absorbed += joined
        // A higher level asks for a fresh look, even at a warning set aside; so does another
        // laptop's part of the matter folded in (a larger matter is news).
        if let old = w, level > old.level || !joined.isEmpty,
          old.state == .acknowledged || old.state == .dismissed
        {
          next.state = .open
        }
        w = next
      case .warningAcknowledged(let n):
        guard w != nil, w!.state == .open else { continue }
        w!.state = .acknowledged
        w!.note = n.reason
        w!.updatedAt = e.at
      case .warningDismissed(let n):
        guard w != nil, w!.state != .takenOn else { continue }
        w!.state = .dismissed
        w!.note = n.reason
        w!.updatedAt = e.at
      case .warningTakenOn(let t):
        guard w != nil else { continue }
        w!.state = .takenOn
        w!.groupCase = t.groupCase
        w!.updatedAt = e.at
      case .warningMerged(let m):
        // Its own word; the store settles which warning of a matter survives
        // (`WarningMerge`), the same on every laptop.
        guard w != nil, let survivor = m.survivor, survivor != w!.uuid else { continue }
        w!.mergedInto = survivor
        w!.updatedAt = e.at
      default:
        continue
      }
    }
    return w
  }

  /// Still asks for attention: open or acknowledged.
  public var isActive: Bool { mergedInto == nil && (state == .open || state == .acknowledged) }
}
