import Foundation
import ShuoshiCore
import ShuoshiReports

/// The case lists of the browser view (超期, 督办, search results): one row per case, the
/// resident's name and phone masked, each with a "显示完整号码" button that POSTs (and is
/// audited).
enum HubWebCaseList {
  static func e(_ text: String) -> String { HTML.escape(text) }

  static func table(
    _ cases: [HubWebCase], engine: CaseEngine, now: Date, back: String, showUnit: Bool,
    empty: String
  ) -> String {
    guard !cases.isEmpty else { return "<p class=\"note\">\(e(empty))</p>" }
    let clock = engine.calendar
    var s = "<table><thead><tr><th>编号</th>"
    if showUnit { s += "<th>单位</th>" }
    s += "<th>受理</th><th>分类</th><th>层级</th><th>状态</th><th>期限</th><th>诉求</th>"
    s += "<th>居民</th><th>电话</th></tr></thead><tbody>"
    for c in cases {
      let k = c.current
      s += "<tr><td class=\"k\">\(e(k.id))</td>"
      if showUnit { s += "<td>\(e(c.unit))</td>" }
      s += "<td class=\"k\">\(e(clock.minuteText(of: k.receivedAt)))</td>"
      s += "<td>\(e(engine.rules.name(ofCategory: k.category, lang: .zh)))</td>"
      s += "<td class=\"k\">\(e(k.tier.name(.zh)))</td><td class=\"k\">\(e(k.state.name(.zh)))</td>"
      let due = k.deadline.map { clock.minuteText(of: $0) } ?? "—"
      let late = k.isOverdue(at: now) ? " <b class=\"late\">超期</b>" : ""
      s += "<td class=\"k\">\(e(due))\(late)</td>"
      s += "<td>\(e(String(k.text.prefix(60))))</td>"
      s += "<td>\(e(NameMask.mask(k.resident.name)))</td>"
      s +=
        "<td>\(e(PhoneMask.mask(k.resident.phone))) \(revealButton(k.uuid, back: back))</td></tr>"
    }
    return s + "</tbody></table>"
  }

  static func revealButton(_ uuid: UUID, back: String) -> String {
    """
    <form method="post" action="/street/reveal" class="reveal">\
    <input type="hidden" name="case" value="\(uuid.uuidString)">\
    <input type="hidden" name="back" value="\(e(back))">\
    <button type="submit">显示完整号码</button></form>
    """
  }

  /// The cases of a list, oldest deadline first.
  static func overdue(_ cases: [HubWebCase], now: Date) -> [HubWebCase] {
    cases.filter { !$0.current.voided && $0.current.isOverdue(at: now) }
      .sorted {
        ($0.current.deadline ?? now, $0.current.id) < ($1.current.deadline ?? now, $1.current.id)
      }
  }

  static func supervised(_ cases: [HubWebCase]) -> [HubWebCase] {
    cases.filter { !$0.current.voided && $0.current.supervised && $0.current.state.isOpen }
      .sorted { ($0.current.receivedAt, $0.current.id) < ($1.current.receivedAt, $1.current.id) }
  }

  /// Cases whose number is `query` (or starts with it) or whose words contain it.
  static func matching(_ cases: [HubWebCase], query: String) -> [HubWebCase] {
    let q = query.trimmingCharacters(in: .whitespaces)
    guard !q.isEmpty else { return [] }
    return cases.filter {
      $0.current.id.lowercased().hasPrefix(q.lowercased()) || $0.current.text.contains(q)
    }.sorted { $0.current.receivedAt > $1.current.receivedAt }
  }
}
