import Foundation

/// Why two cases look like one matter, in the order a worker reads it.
public enum MatterLinkReason: Sendable, Equatable {
  case sameBuilding(String)
  case sameCompound(String)
  case sameGrid(String)
  case sameParty(String)
  case similarText(Double)

  public func text(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .sameBuilding(let b): return zh ? "同一楼栋 \(b)" : "same building \(b)"
    case .sameCompound(let c): return zh ? "同一小区 \(c)" : "same compound \(c)"
    case .sameGrid(let g): return zh ? "同一网格 \(g)" : "same grid \(g)"
    case .sameParty(let p): return zh ? "同一对象 \(p)" : "same party \(p)"
    case .similarText(let s):
      let v = String(format: "%.2f", s)
      return zh ? "文字相似 \(v)" : "similar text \(v)"
    }
  }
}

/// A link between two cases, with its reasons.
public struct MatterLink: Sendable, Equatable {
  public var a: UUID
  public var b: UUID
  public var similarity: Double
  public var reasons: [MatterLinkReason]

  /// "同一小区 中瑞·领航城；同一对象 中瑞物业；文字相似 0.71".
  public func text(_ lang: Lang) -> String {
    reasons.map { $0.text(lang) }.joined(separator: lang == .zh ? "；" : "; ")
  }
}

/// Decides whether two cases are one matter (see docs/WARNING.md). Within the window, a link
/// needs the same other party in the same place, the same party elsewhere with some common
/// words, or the same place with similar words (a place: one compound, or one building of a
/// community or group of a village — a whole 社区 holds many unrelated households):
/// a place alone (three unrelated noise complaints in one building) or a company alone (one
/// property company's fee and lift complaints in different compounds) is not a matter.
public struct MatterLinker: Sendable {
  public var rules: WarningRules

  public init(rules: WarningRules) { self.rules = rules }

  public func link(_ x: MatterLinkProfile, _ y: MatterLinkProfile) -> MatterLink? {
    var interner = MatterProfileInterner()
    return link(x, interner.codes(x), y, interner.codes(y))
  }

  /// The links of `x` to each of `others`, in their order (their places and parties
  /// interned once).
  public func links(_ x: MatterLinkProfile, _ others: [MatterLinkProfile]) -> [MatterLink?] {
    var interner = MatterProfileInterner()
    let cx = interner.codes(x)
    return others.map { link(x, cx, $0, interner.codes($0)) }
  }

  /// The rule, on two profiles and their codes from one interner.
  public func link(
    _ x: MatterLinkProfile, _ cx: MatterProfileCodes, _ y: MatterLinkProfile,
    _ cy: MatterProfileCodes
  ) -> MatterLink? {
    guard x.caseUUID != y.caseUUID else { return nil }
    let window = TimeInterval(rules.windowDays) * 86_400
    guard abs(x.receivedAt.timeIntervalSince(y.receivedAt)) <= window else { return nil }
    var reasons: [MatterLinkReason] = []
    var samePlace = false
    if let b = x.building, cx.building == cy.building {
      reasons.append(.sameBuilding(b))
      samePlace = true
    } else if let c = x.compound, cx.compound == cy.compound, !cx.isCommunity {
      reasons.append(.sameCompound(c))
      samePlace = true
    } else if let g = x.grid, cx.grid == cy.grid {
      reasons.append(.sameGrid(g))
    }
    var sameParty = false
    // A named party first: 中瑞物业 says more than 物业.
    for k in cx.partyOrder where !x.parties[k].weak && cy.parties.contains(cx.parties[k]) {
      let p = x.parties[k]
      // A bare kind (物业) is one party only inside one compound.
      if p.name.isEmpty && !samePlace { continue }
      reasons.append(.sameParty(p.text))
      sameParty = true
      break
    }
    // Neither the same place nor the same party: never one matter, whatever the words.
    guard samePlace || sameParty else { return nil }
    // One company in one compound is one matter whatever each household names first (the
    // lift, the fees); elsewhere the words must overlap too. A complaint about a neighbour
    // (楼上漏水, 隔壁狗叫) is between two households: the same words from another flat name
    // another neighbour, so it links only through a named party.
    let sim = MatterLinkText.jaccard(x.bigrams, y.bigrams)
    let linked =
      (sameParty && (samePlace || sim >= rules.partySimilarity))
      || (samePlace && sim >= rules.similarity && !cx.aboutNeighbour && !cy.aboutNeighbour)
    guard linked else { return nil }
    reasons.append(.similarText(sim))
    let (a, b) =
      x.caseUUID.uuidString < y.caseUUID.uuidString
      ? (x.caseUUID, y.caseUUID) : (y.caseUUID, x.caseUUID)
    return MatterLink(a: a, b: b, similarity: sim, reasons: reasons)
  }
}
