import Foundation
import ShuoshiCore

/// A group case as text: the parent's line, its children (resident's phone masked) and how far
/// they are; or, for a child, its parent. Shared by `group show` and `show`.
struct GroupText {
  let lang: Lang

  var words: GroupStrings { GroupStrings.forLang(lang) }

  func parent(_ p: Case, children: [Case]) -> [String] {
    let progress = GroupCaseProgress(children)
    var lines = [
      words.parentLine(p.id, p.tier.name(lang), p.state.name(lang), p.assignee ?? ""),
      words.childrenHeading(progress.children, progress.households),
    ]
    lines += children.map(child)
    lines.append(words.progress(progress.open, progress.awaitingFollowUp, progress.followedUp))
    return lines
  }

  /// One child: id, tier and state, resident with the phone masked, address.
  func child(_ c: Case) -> String {
    let r = c.resident
    let phone = r.phone.isEmpty ? "" : " " + PhoneMask.mask(r.phone)
    let address = r.address.isEmpty ? "" : "  " + r.address
    return "  \(c.id)  \(c.tier.name(lang)) · \(c.state.name(lang))  \(r.name)\(phone)\(address)"
  }

  /// The lines `show` adds for a case in a group: its parent, or its children.
  func showLines(parent: Case?, children: [Case], of c: Case) -> [String] {
    if let parent { return [words.inGroup(parent.id)] }
    return children.isEmpty ? [] : self.parent(c, children: children)
  }
}
