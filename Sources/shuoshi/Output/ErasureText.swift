import Foundation
import ShuoshiCore
import ShuoshiStore

/// What `erase-resident` says: what it would remove and what it removed, where.
struct ErasureText {
  let lang: Lang
  var zh: Bool { lang == .zh }
  var comma: String { zh ? "、" : ", " }

  func preview(_ plan: ErasurePlan) -> String {
    var lines = [zh ? "将删除该居民的个人信息：" : "would erase the resident's personal details from:"]
    lines += where_(
      cases: plan.cases.map(\.id), members: plan.members, receipts: plan.receipts,
      backups: plan.backups)
    lines.append(zh ? "确认无误后加 --yes 执行（不可撤销）" : "add --yes to do it (cannot be undone)")
    return lines.joined(separator: "\n")
  }

  func done(_ r: ErasureReport) -> String {
    var lines = [
      zh ? "已删除该居民的个人信息（案件统计保留）：" : "erased the resident's personal details (counts kept):"
    ]
    lines += where_(cases: r.caseIDs, members: r.members, receipts: r.receipts, backups: r.backups)
    return lines.joined(separator: "\n")
  }

  /// The erasure committed; a clean-up step did not. Says so, and what to do.
  func unfinished(_ left: [ErasureLeftover]) -> String {
    var lines = [
      zh
        ? "删除已保存，但以下清理未完成，旧数据可能仍留在这些文件中："
        : "the erasure is saved, but this clean-up did not finish; old bytes may remain in these files:"
    ]
    for l in left {
      switch l.step {
      case .compaction:
        lines.append(
          zh
            ? "  压缩数据库 \(l.path)：\(reason(l.error))"
            : "  compacting the database \(l.path): \(reason(l.error))")
      case .removeFile:
        lines.append(
          zh ? "  删除文件 \(l.path)：\(reason(l.error))" : "  removing \(l.path): \(reason(l.error))")
      }
    }
    lines.append(
      zh
        ? "请腾出磁盘空间（或处理上述问题）后再运行一次同样的 erase-resident 命令完成清理"
        : "free some disk space (or fix the problem above) and run the same erase-resident command again to finish"
    )
    return lines.joined(separator: "\n")
  }

  /// Why a step failed, without the store's "nothing was saved" (the erasure was).
  private func reason(_ error: StoreError) -> String {
    switch error {
    case .diskFull: return zh ? "磁盘已满" : "disk full"
    case .readOnly: return zh ? "磁盘只读" : "read-only disk"
    case .io(_, let detail): return detail
    default: return error.message(lang)
    }
  }

  /// After `finishErasure` ran on its own and succeeded.
  var finished: String {
    zh
      ? "已压缩数据库并清理迁移备份（完成此前删除的清理）"
      : "compacted the database and removed migration backups (finishing an earlier erasure's clean-up)"
  }

  private func where_(
    cases: [String], members: [RemovedMember], receipts: [URL], backups: [URL]
  ) -> [String] {
    var out: [String] = []
    out.append(
      zh
        ? "  案件 \(cases.count) 件\(cases.isEmpty ? "" : "：" + cases.joined(separator: comma))"
        : "  cases: \(cases.count)\(cases.isEmpty ? "" : " (" + cases.joined(separator: comma) + ")")"
    )
    let rows = members.map { m -> String in
      let who = m.name.isEmpty ? (zh ? "联系电话" : "contact phone") : m.name
      return "\(RegisterID.short(m.household)) \(m.address) \(who)"
    }
    out.append(
      zh
        ? "  台账住户成员 \(rows.count) 条\(rows.isEmpty ? "" : "：" + rows.joined(separator: comma))"
        : "  register household rows: \(rows.count)\(rows.isEmpty ? "" : " (" + rows.joined(separator: comma) + ")")"
    )
    out.append(
      zh
        ? "  回执文件 \(receipts.count) 个\(receipts.isEmpty ? "" : "：" + receipts.map(\.path).joined(separator: comma))"
        : "  receipt files: \(receipts.count)\(receipts.isEmpty ? "" : " (" + receipts.map(\.path).joined(separator: comma) + ")")"
    )
    out.append(
      zh
        ? "  迁移备份 \(backups.count) 个\(backups.isEmpty ? "" : "：" + backups.map(\.path).joined(separator: comma))"
        : "  migration backups: \(backups.count)\(backups.isEmpty ? "" : " (" + backups.map(\.path).joined(separator: comma) + ")")"
    )
    return out
  }
}
