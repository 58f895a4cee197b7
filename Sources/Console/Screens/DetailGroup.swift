import Foundation
import ShuoshiCore
import ShuoshiStore

/// What the case detail shows of a group case (母案/子案): a child's parent, or a parent's
/// children with how far they are (each child's tier, state and resident, phone masked).
struct DetailGroup {
  private(set) var parent: Case?
  private(set) var children: [Case] = []
  /// Children listed one per line; the rest are counted.
  static let listed = 8

  init() {}

  init(_ c: Case, store: CaseStore) throws(StoreError) {
    parent = try store.groupParent(of: c)
    children = parent == nil ? try store.groupChildren(of: c) : []
  }

  /// Label and text of the detail's group fields.
  func fields(_ session: Session) -> [(String, String)] {
    let g = GroupCaseConsoleStrings.forLang(session.lang)
    let lang = session.lang
    if let parent {
      return [(g.labelParent, g.parentText(parent.id, parent.state.name(lang)))]
    }
    guard !children.isEmpty else { return [] }
    let p = GroupCaseProgress(children)
    var rows = [
      (
        g.labelChildren,
        g.childrenText(p.children, p.households, p.open, p.awaitingFollowUp, p.followedUp)
      )
    ]
    for c in children.prefix(Self.listed) {
      let r = c.resident
      let phone = r.phone.isEmpty ? "" : " " + PhoneMask.mask(r.phone)
      rows.append(("", "\(c.id)  \(c.tier.name(lang)) · \(c.state.name(lang))  \(r.name)\(phone)"))
    }
    if children.count > Self.listed {
      rows.append(("", g.moreChildren(children.count - Self.listed)))
    }
    return rows
  }
}
