import ShuoshiCore

/// The console's words for the ledger between laptops: the conflicts screen, settling,
/// merging duplicate cases, revealing personal numbers. A table of its own (reached as
/// `strings.ledger`) so these screens add one file instead of lines all over `Strings`.
public struct LedgerStrings: Sendable {
  // Conflicts screen
  public let conflictsTitle: @Sendable (_ count: Int) -> String
  public let conflictsIntro: String
  public let conflictsEmpty: String
  /// On the status line while conflicts wait.
  public let conflictsPending: @Sendable (_ cases: Int) -> String
  public let conflictHeadline: @Sendable (_ field: String, _ versions: Int) -> String
  public let device: String
  public let winnerMark: String
  // Settling
  public let settleTitle: @Sendable (_ field: String) -> String
  public let settleReasonTitle: String
  public let settleReasonMessage: @Sendable (_ kept: String) -> String
  public let reasonNeeded: String
  // Case detail
  public let labelConflict: String
  public let conflictText: @Sendable (_ field: String, _ versions: Int) -> String
  public let labelMerge: String
  public let mergedIntoText: @Sendable (_ id: String) -> String
  public let absorbedText: @Sendable (_ ids: [String]) -> String
  /// Other cases carrying this case's number (two laptops without letters issued it).
  public let labelSameNumber: String
  public let sameNumberText: @Sendable (_ ids: [String]) -> String
  public let markConflict: String
  public let markWinner: String
  public let markSetAside: String
  public let revealed: String
  // Merging duplicates
  public let mergeTitle: String
  public let mergeMessage: @Sendable (_ id: String, _ candidates: [String]) -> String
  public let mergeConfirmTitle: String
  public let mergeConfirm: @Sendable (_ duplicate: String, _ keep: String) -> String
  public let mergeButton: String
  public let merged: @Sendable (_ duplicate: String, _ keep: String) -> String
  public let unmergeTitle: String
  public let unmergeConfirm: @Sendable (_ duplicate: String, _ keep: String) -> String
  public let unmergeButton: String
  public let unmerged: @Sendable (_ duplicate: String, _ keep: String) -> String

  static let zh = LedgerStrings(
    conflictsTitle: { "冲突待处理（\($0)）" },
    conflictsIntro: "两台电脑同时改了同一案件的同一项；暂按“生效”版本办理，按 s 选定保留哪个。",
    conflictsEmpty: "没有待处理的冲突",
    conflictsPending: { "\($0) 件案件有多机冲突待处理（c 查看）" },
    conflictHeadline: { field, n in "\(field) · \(n) 个并发版本" },
    device: "设备",
    winnerMark: "← 生效",
    settleTitle: { "保留哪个版本（\($0)）" },
    settleReasonTitle: "处理冲突",
    settleReasonMessage: { "保留：\($0)\n其他版本留在办理记录中。请说明原因：" },
    reasonNeeded: "请填写原因",
    labelConflict: "冲突",
    conflictText: { field, n in "\(field)有 \(n) 个并发版本，待处理（队列中按 c）" },
    labelMerge: "合并",
    mergedIntoText: { "已作为重复案件并入 \($0)（U 撤销）" },
    absorbedText: { "并入本案的重复案件：" + $0.joined(separator: "、") },
    labelSameNumber: "同号",
    sameNumberText: { "同号另有 \($0.count) 件（两台电脑曾开出同一编号）：" + $0.joined(separator: "、") },
    markConflict: "〔冲突〕",
    markWinner: "〔冲突·生效〕",
    markSetAside: "〔已搁置〕",
    revealed: "已显示完整号码（已记入办理记录）",
    mergeTitle: "合并重复案件",
    mergeMessage: { id, candidates in
      var text = "把本案 \(id) 作为重复案件并入哪个案件？输入编号："
      if !candidates.isEmpty { text = "可能重复：\n" + candidates.joined(separator: "\n") + "\n" + text }
      return text
    },
    mergeConfirmTitle: "确认合并",
    mergeConfirm: { dup, keep in
      "把 \(dup) 作为重复案件并入 \(keep)？\n\(dup) 将离开队列（仍可搜索），两案的办理记录都会记下；可按 U 撤销。"
    },
    mergeButton: "合并",
    merged: { dup, keep in "已合并：\(dup) 并入 \(keep)" },
    unmergeTitle: "撤销合并",
    unmergeConfirm: { dup, keep in "撤销 \(dup) 并入 \(keep) 的合并？\(dup) 将回到队列。" },
    unmergeButton: "撤销合并",
    unmerged: { dup, keep in "已撤销合并：\(dup) 与 \(keep) 分开，\(dup) 回到队列" }
  )

  static let en = LedgerStrings(
    conflictsTitle: { "Conflicts to settle (\($0))" },
    conflictsIntro:
      "Two laptops changed the same field; the one in effect holds until settled (s).",
    conflictsEmpty: "No conflicts to settle",
    conflictsPending: { "\($0) case(s) with conflicts between laptops (c to settle)" },
    conflictHeadline: { field, n in "\(field) · \(n) concurrent versions" },
    device: "device",
    winnerMark: "← in effect",
    settleTitle: { "Keep which version (\($0))" },
    settleReasonTitle: "Settle conflict",
    settleReasonMessage: { "Keep: \($0)\nThe others stay in the history. Why?" },
    reasonNeeded: "a reason is needed",
    labelConflict: "Conflict",
    conflictText: { field, n in "\(field): \(n) concurrent versions to settle (c in the queue)" },
    labelMerge: "Merged",
    mergedIntoText: { "into \($0) as a duplicate (U to undo)" },
    absorbedText: { "duplicates merged here: " + $0.joined(separator: ", ") },
    labelSameNumber: "Same no.",
    sameNumberText: {
      "\($0.count) more case\($0.count == 1 ? "" : "s") with this number (two laptops issued it): "
        + $0.joined(separator: ", ")
    },
    markConflict: "[conflict] ",
    markWinner: "[conflict, in effect] ",
    markSetAside: "[set aside] ",
    revealed: "full numbers shown (recorded in the history)",
    mergeTitle: "Merge duplicate",
    mergeMessage: { id, candidates in
      var text = "Merge this case (\(id)) into which case, as a duplicate? Its id:"
      if !candidates.isEmpty {
        text = "Possible duplicates:\n" + candidates.joined(separator: "\n") + "\n" + text
      }
      return text
    },
    mergeConfirmTitle: "Merge?",
    mergeConfirm: { dup, keep in
      "Merge \(dup) into \(keep) as a duplicate?\n\(dup) leaves the queues (still searchable); both histories record it; U undoes it."
    },
    mergeButton: "Merge",
    merged: { dup, keep in "merged: \(dup) into \(keep)" },
    unmergeTitle: "Unmerge",
    unmergeConfirm: { dup, keep in
      "Undo the merge of \(dup) into \(keep)? \(dup) returns to the queues."
    },
    unmergeButton: "Unmerge",
    unmerged: { dup, keep in "unmerged: \(dup) is apart from \(keep) and back in the queues" }
  )
}

extension Strings {
  /// The ledger's words in this language.
  public var ledger: LedgerStrings { lang == .zh ? .zh : .en }
}
