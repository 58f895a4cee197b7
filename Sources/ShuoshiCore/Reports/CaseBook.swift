import Foundation

/// The month's case book (台账): one row per case received in a period, in the order received
/// — the paper every community keeps and the street office inspects. Names and phone numbers
/// (and numbers quoted in free text) are already masked unless the book is made with names;
/// renderers only lay it out (`CaseBookTable` in ShuoshiReports).
///
/// States are read as the cases stand when the book is made: a case received on the 27th
/// and settled on the 3rd of the next month shows its 办结时间.
public struct CaseBook: Codable, Sendable, Equatable {
  /// How a case came in (来源/方式). The case has no channel field yet: a case taken in a
  /// booth session is 说事日现场, any other was registered at the desk.
  public enum Source: Codable, Sendable, Equatable {
    /// Taken in a booth session (逢六说事) at this place (may be empty).
    case booth(place: String)
    /// Registered outside a booth session (日常登记).
    case desk
  }

  /// One case's line.
  public struct Row: Codable, Sendable, Equatable {
    public var caseID: String
    public var receivedAt: Date
    public var source: Source
    /// Masked unless the book is made with names.
    public var name: String
    public var phone: String
    /// Numbers in it masked unless the book is made with names.
    public var address: String
    public var text: String
    public var category: Label
    /// The tier it stands at now.
    public var tier: Tier
    public var assignee: String?
    public var state: CaseState
    /// Settled at the booth table (当场化解).
    public var onSpot: Bool
    /// The resolution summary in effect (numbers masked unless with names).
    public var summary: String?
    /// The case it was merged into as a duplicate.
    public var mergedInto: String?
    /// When it was resolved (nil while open).
    public var resolvedAt: Date?
    /// The resident's rating (群众评单), which stands for 回访 until 回访 exists.
    public var rating: Rating?
    /// The group case (母案) it is a child of, if any.
    public var groupParent: String? = nil

    /// Resolved or closed.
    public var isSettled: Bool { state == .resolved || state == .closed }
  }

  /// What the store reads for one case: the case as it stands, and the facts its events hold.
  public struct Entry: Sendable, Equatable {
    public var `case`: Case
    public var onSpot: Bool
    /// The place of the booth session it was taken in; nil when not taken in a session.
    public var sessionPlace: String?
    /// The id of the case it was merged into, if any.
    public var mergedInto: String?
    /// The id of the group case (母案) it is a child of, if any.
    public var groupParent: String?

    public init(case c: Case, onSpot: Bool, sessionPlace: String?, mergedInto: String? = nil) {
      self.case = c
      self.onSpot = onSpot
      self.sessionPlace = sessionPlace
      self.mergedInto = mergedInto
    }
  }

  public var period: ReportPeriod
  /// The unit the book covers, named in its title; nil: every case of the data directory
  /// (全街道).
  public var unit: String?
  public var withNames: Bool
  public var generatedAt: Date
  /// The worker who made it (制表人), when known.
  public var preparedBy: String?
  public var rows: [Row]

  /// The book of the cases among `entries` received in `period`, oldest first.
  public init(
    entries: [Entry], period: ReportPeriod, unit: String?, withNames: Bool, generatedAt: Date,
    preparedBy: String? = nil, rules: RoutingRules
  ) {
    self.period = period
    self.unit = unit
    self.withNames = withNames
    self.generatedAt = generatedAt
    self.preparedBy = preparedBy
    rows =
      entries
      .filter { period.contains($0.case.receivedAt) }
      .sorted { ($0.case.receivedAt, $0.case.id) < ($1.case.receivedAt, $1.case.id) }
      .map { e in
        let c = e.case
        let settled = c.state == .resolved || c.state == .closed
        func hide(_ text: String) -> String { withNames ? text : PersonalMask.text(text) }
        return Row(
          caseID: c.id, receivedAt: c.receivedAt,
          source: e.sessionPlace.map { .booth(place: $0) } ?? .desk,
          name: withNames ? c.resident.name : NameMask.mask(c.resident.name),
          phone: withNames ? c.resident.phone : PhoneMask.mask(c.resident.phone),
          address: hide(c.resident.address), text: hide(c.text),
          category: Label(
            zh: rules.name(ofCategory: c.category, lang: .zh),
            en: rules.name(ofCategory: c.category, lang: .en)),
          tier: c.tier, assignee: c.assignee ?? c.volunteer, state: c.state,
          onSpot: settled && e.onSpot, summary: settled ? c.summary.map(hide) : nil,
          mergedInto: e.mergedInto, resolvedAt: settled ? c.resolvedAt : nil,
          rating: settled ? c.rating : nil, groupParent: e.groupParent)
      }
  }

  /// Entries from whole case histories (oldest event first), for tests and checks: each
  /// case replayed, its session's place looked up in `sessions`.
  public static func entries(
    histories: [[Event]], sessions: [BoothSession], asOf: Date, calendar: WorkingCalendar
  ) -> [Entry] {
    histories.compactMap { events in
      guard let c = Case.replay(events),
        let facts = CaseFacts.replay(events, asOf: asOf, calendar: calendar)
      else { return nil }
      let place = facts.session.map { s in sessions.first { $0.uuid == s }?.place ?? "" }
      return Entry(case: c, onSpot: facts.onSpot, sessionPlace: place)
    }
  }
}
