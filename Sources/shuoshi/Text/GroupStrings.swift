import ShuoshiCore

/// The CLI's words for group cases (母案/子案), one table per language like `CLIStrings`.
struct GroupStrings: Sendable {
  let formed: @Sendable (_ parent: String, _ children: Int, _ tier: String) -> String
  let added: @Sendable (_ parent: String, _ children: Int) -> String
  let removed: @Sendable (_ child: String, _ parent: String) -> String
  let parentLine:
    @Sendable (_ id: String, _ tier: String, _ state: String, _ owner: String) -> String
  let childrenHeading: @Sendable (_ children: Int, _ households: Int) -> String
  let progress: @Sendable (_ open: Int, _ awaiting: Int, _ followedUp: Int) -> String
  let inGroup: @Sendable (_ parent: String) -> String
  let badTier: @Sendable (_ raw: String) -> String
  let noCases: String

  static func forLang(_ lang: Lang) -> GroupStrings { lang == .zh ? .zh : .en }

  static let zh = GroupStrings(
    formed: { p, n, tier in "已建母案 \(p)（\(n) 件子案，\(tier)）" },
    added: { p, n in "已将 \(n) 件案件并入母案 \(p)" },
    removed: { c, p in "已将 \(c) 移出母案 \(p)" },
    parentLine: { id, tier, state, owner in
      "母案 \(id)  \(tier) · \(state)\(owner.isEmpty ? "" : " · " + owner)"
    },
    childrenHeading: { n, h in "子案 \(n) 件（\(h) 户）：" },
    progress: { open, awaiting, done in "办理中 \(open) 件 · 待回访 \(awaiting) 件 · 已回访 \(done) 件" },
    inGroup: { "母案：\($0)" },
    badTier: { "无效层级“\($0)”：可用 household/residence/district/street 或 户/村居/片区/上交" },
    noCases: "请用 --cases 列出至少两件案件，以逗号分隔")

  static let en = GroupStrings(
    formed: { p, n, tier in "formed group case \(p) (\(n) cases, \(tier))" },
    added: { p, n in "added \(n) case(s) to group case \(p)" },
    removed: { c, p in "removed \(c) from group case \(p)" },
    parentLine: { id, tier, state, owner in
      "group case \(id)  \(tier) · \(state)\(owner.isEmpty ? "" : " · " + owner)"
    },
    childrenHeading: { n, h in "\(n) case(s) (\(h) household(s)):" },
    progress: { open, awaiting, done in
      "open \(open) · awaiting follow-up \(awaiting) · followed up \(done)"
    },
    inGroup: { "group case: \($0)" },
    badTier: { "invalid tier \"\($0)\": use household|residence|district|street" },
    noCases: "list at least two cases with --cases, separated by commas")
}
