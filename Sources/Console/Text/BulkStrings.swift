import ShuoshiCore
import TerminalUI

/// The words of marks and batch actions in the queue (`t`, `T`, a batch `a` / `e`, undoing a
/// batch).
struct BulkStrings {
  let lang: Lang

  static func `for`(_ lang: Lang) -> BulkStrings { BulkStrings(lang: lang) }

  private var zh: Bool { lang == .zh }

  /// In the first column of a marked row.
  var rowMark: String { "*" }

  /// The status line while cases are marked.
  func marked(_ n: Int) -> String { zh ? "已标记 \(n) 件" : "\(n) marked" }

  var patternTitle: String { zh ? "按条件标记" : "Mark matching" }
  var patternMessage: String {
    zh
      ? "标记本队列中搜索能找到的案件（姓名、拼音首字母、诉求、地址）；留空清除全部标记"
      : "Mark the cases in this queue a search finds (name, pinyin, text, address); empty clears all marks"
  }
  func patternMarked(_ n: Int, _ pattern: String) -> String {
    zh ? "按“\(pattern)”标记了 \(n) 件" : "marked \(n) matching “\(pattern)”"
  }
  var marksCleared: String { zh ? "已清除标记" : "marks cleared" }

  func assignTitle(_ n: Int) -> String { zh ? "批量派单（\(n) 件）" : "Assign \(n) cases" }
  func confirmAssign(_ n: Int, _ name: String) -> String {
    zh ? "给 \(n) 件案件派单给 \(name)？" : "Assign \(n) cases to \(name)?"
  }
  func escalateTitle(_ n: Int) -> String { zh ? "批量升级（\(n) 件）" : "Escalate \(n) cases" }
  func confirmEscalate(_ n: Int, _ reason: String) -> String {
    zh ? "把 \(n) 件案件各升一级（\(reason)）？" : "Escalate \(n) cases one tier (\(reason))?"
  }
  func voidTitle(_ n: Int) -> String { zh ? "批量作废（\(n) 件）" : "Void \(n) cases" }
  var voidMessage: String {
    zh
      ? "作废的原因（如 重复登记、登记有误），每件都记这一条："
      : "Why void them (a duplicate, entered by mistake); recorded on each:"
  }
  func confirmVoid(_ n: Int, _ reason: String) -> String {
    zh
      ? "作废这 \(n) 件案件（\(reason.clipped(to: 30))）？"
      : "Void these \(n) cases (\(reason.clipped(to: 30)))?"
  }
  var voided: String { zh ? "已作废" : "voided" }
  func urgeTitle(_ n: Int) -> String { zh ? "批量催办（\(n) 件）" : "Urge \(n) cases" }
  var urgeMessage: String {
    zh ? "催办说明（可留空），每件都记这一条；未超期的案件不催办：" : "A note for each (optional); cases not late are skipped:"
  }
  func confirmUrge(_ n: Int) -> String { zh ? "催办这 \(n) 件案件？" : "Urge these \(n) cases?" }
  var urged: String { zh ? "已催办" : "urged" }
  func receiptsTitle(_ n: Int) -> String { zh ? "打印回执（\(n) 件）" : "Receipts of \(n) cases" }
  func confirmReceipts(_ n: Int) -> String {
    zh ? "写出这 \(n) 件案件的回执（按现在的情况）？" : "Write the receipts of these \(n) cases (as they stand)?"
  }
  var receiptsWritten: String { zh ? "已写出回执" : "receipts written:" }
  func receiptsWhere(_ path: String) -> String { zh ? "（\(path)）" : " (\(path))" }
  var go: String { zh ? "办理" : "Go" }

  /// What a batch did: `已派单 2 件，1 件未能办理：HJ-…：理由`.
  func result(_ verb: String, done: Int, skipped: [(id: String, reason: String)]) -> String {
    let head = zh ? "\(verb) \(done) 件" : "\(verb) \(done)"
    guard !skipped.isEmpty else { return head }
    let reasons = skipped.prefix(3).map { "\($0.id)：\($0.reason)" }.joined(separator: "；")
    let more = skipped.count > 3 ? (zh ? " 等" : " …") : ""
    return zh
      ? "\(head)，\(skipped.count) 件未能办理：\(reasons)\(more)"
      : "\(head); \(skipped.count) not done: \(reasons)\(more)"
  }
  var assigned: String { zh ? "已派单" : "assigned" }
  var escalated: String { zh ? "已升级" : "escalated" }
  var undone: String { zh ? "已撤销" : "undone" }

  var undoTitle: String { zh ? "撤销上一批" : "Undo the last batch" }
  func undoBatch(_ n: Int) -> String { zh ? "撤销上一批（\(n) 件）" : "Undo the last batch (\(n) cases)" }
  func undoMessage(_ n: Int, _ what: String) -> String {
    zh
      ? "上一批：\(what) \(n) 件。逐件撤销，记为新事件。"
      : "Last batch: \(what) \(n). Each is undone as a new event."
  }
}

extension Session {
  var bulk: BulkStrings { BulkStrings.for(lang) }
}
