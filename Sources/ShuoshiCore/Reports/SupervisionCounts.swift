import Foundation

/// One 延期, 退单, 催办 or 督办 (set) of a case, as a report counts it: when it was recorded
/// and, for a 退单, the owner who handed the case back.
public struct SupervisionStep: Codable, Sendable, Equatable {
  public enum Kind: String, Codable, Sendable { case extended, returned, urged, supervised }
  public var kind: Kind
  public var at: Date
  public var owner: String?

  /// The step an event records; nil for other events and for a 督办 lifted.
  init?(_ e: Event) {
    switch e.payload {
    case .extended: kind = .extended
    case .returned(let d):
      kind = .returned
      owner = d.owner
    case .urged: kind = .urged
    case .supervised(let d) where d.on == true: kind = .supervised
    default: return nil
    }
    at = e.at
  }
}

/// The supervision counts of a report: activity in the period (like escalations), over every
/// case in scope. 退单 are also counted per owner, most first.
public struct SupervisionCounts: Codable, Sendable, Equatable {
  public struct OwnerRow: Codable, Sendable, Equatable {
    public var owner: String
    public var returns: Int
  }

  /// 延期件数: extensions granted in the period.
  public var extensions = 0
  public var returns = 0
  public var urges = 0
  /// Cases put under 督办 in the period.
  public var supervisions = 0
  public var returnsByOwner: [OwnerRow] = []

  public init() {}

  public init(_ facts: [CaseFacts], period: ReportPeriod) {
    let steps = facts.flatMap { $0.supervisions.filter { period.contains($0.at) } }
    func count(_ kind: SupervisionStep.Kind) -> Int { steps.filter { $0.kind == kind }.count }
    extensions = count(.extended)
    returns = count(.returned)
    urges = count(.urged)
    supervisions = count(.supervised)
    let owners = Dictionary(grouping: steps.filter { $0.kind == .returned }) { $0.owner ?? "" }
    returnsByOwner = owners.map { OwnerRow(owner: $0.key, returns: $0.value.count) }
      .sorted { ($1.returns, $0.owner) < ($0.returns, $1.owner) }
  }
}
