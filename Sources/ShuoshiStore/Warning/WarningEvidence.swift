import Foundation
import ShuoshiCore

/// A warning with what it rests on: its cases (time order) and, for each, why it is linked to
/// the matter (its strongest link to another case of it).
public struct WarningEvidence: Sendable {
  public struct Item: Sendable {
    public var c: Case
    /// The case it links to most strongly and why; nil when no link holds any more (a case
    /// corrected since, or one a peer's warning named).
    public var linkedTo: String?
    public var link: MatterLink?
  }

  public var warning: Warning
  public var items: [Item]

  init(warning: Warning, cases: [Case], rules: WarningRules) {
    self.warning = warning
    let sorted = cases.sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
    let profiles = sorted.map(MatterLinkProfile.init)
    let linker = MatterLinker(rules: rules)
    items = sorted.indices.map { i in
      var best: (Int, MatterLink)?
      for j in profiles.indices where j != i {
        guard let l = linker.link(profiles[i], profiles[j]) else { continue }
        if best == nil || l.reasons.count > best!.1.reasons.count
          || (l.reasons.count == best!.1.reasons.count && l.similarity > best!.1.similarity)
        {
          best = (j, l)
        }
      }
      return Item(c: sorted[i], linkedTo: best.map { sorted[$0.0].id }, link: best?.1)
    }
  }
}
