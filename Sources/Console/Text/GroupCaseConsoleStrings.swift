import ShuoshiCore

/// The console's words for group cases (母案/子案), one table per language like `Strings`.
struct GroupCaseConsoleStrings: Sendable {
  let labelParent: String
  let labelChildren: String
  let parentText: @Sendable (_ id: String, _ state: String) -> String
  let childrenText:
    @Sendable (_ n: Int, _ households: Int, _ open: Int, _ awaiting: Int, _ done: Int) -> String
  let moreChildren: @Sendable (_ n: Int) -> String
  let menuTitle: String
  let join: String
  let leave: @Sendable (_ parent: String) -> String
  let openParent: @Sendable (_ parent: String) -> String
  let openChild: String
  let joinTitle: String
  let joinMessage: String
  let leaveTitle: String
  let leaveMessage: @Sendable (_ id: String, _ parent: String) -> String
  let formTitle: @Sendable (_ n: Int) -> String
  let formMessage: String
  let needMarks: String
  let formed: @Sendable (_ parent: String, _ n: Int, _ tier: String) -> String
  let joined: @Sendable (_ id: String, _ parent: String) -> String
  let left: @Sendable (_ id: String, _ parent: String) -> String

  static func forLang(_ lang: Lang) -> GroupCaseConsoleStrings { lang == .zh ? .zh : .en }

  static let zh = GroupCaseConsoleStrings(
    labelParent: "母案",
    labelChildren: "子案",
    parentText: { id, state in "\(id)（\(state)）· L 打开" },
    childrenText: { n, h, open, awaiting, done in
      "\(n) 件（\(h) 户）· 办理中 \(open) · 待回访 \(awaiting) · 已回访 \(done)"
    },
    moreChildren: { "……另有 \($0) 件（L 打开子案）" },
    menuTitle: "母案",
    join: "加入母案…",
    leave: { "移出母案 \($0)" },
    openParent: { "打开母案 \($0)" },
    openChild: "打开子案…",
    joinTitle: "加入母案",
    joinMessage: "母案编号（如 HJ-A-20261201-004，或末尾几位）：",
    leaveTitle: "移出母案",
    leaveMessage: { id, p in "把 \(id) 移出母案 \(p)？可写明原因：" },
    formTitle: { "把 \($0) 件案件建为母案" },
    formMessage: "母案内容（这些诉求的共同点，如“中瑞物业电梯故障，多户反映”）：",
    needMarks: "先用 t 标记至少两件案件，再按 L 建母案",
    formed: { p, n, tier in "已建母案 \(p)（\(n) 件子案，\(tier)）" },
    joined: { id, p in "\(id) 已并入母案 \(p)" },
    left: { id, p in "\(id) 已移出母案 \(p)" })

  static let en = GroupCaseConsoleStrings(
    labelParent: "Group case",
    labelChildren: "Cases",
    parentText: { id, state in "\(id) (\(state)) · L to open" },
    childrenText: { n, h, open, awaiting, done in
      "\(n) (\(h) households) · open \(open) · awaiting follow-up \(awaiting) · followed up \(done)"
    },
    moreChildren: { "…and \($0) more (L to open one)" },
    menuTitle: "Group case",
    join: "Join a group case…",
    leave: { "Leave group case \($0)" },
    openParent: { "Open group case \($0)" },
    openChild: "Open one of its cases…",
    joinTitle: "Join a group case",
    joinMessage: "Group case id (e.g. HJ-A-20261201-004, or its tail):",
    leaveTitle: "Leave the group case",
    leaveMessage: { id, p in "Take \(id) out of group case \(p)? A reason, if any:" },
    formTitle: { "Form a group case of \($0) cases" },
    formMessage: "The group case's text (what the complaints have in common):",
    needMarks: "mark at least two cases with t, then press L to form a group case",
    formed: { p, n, tier in "formed group case \(p) (\(n) cases, \(tier))" },
    joined: { id, p in "\(id) joined group case \(p)" },
    left: { id, p in "\(id) left group case \(p)" })
}
