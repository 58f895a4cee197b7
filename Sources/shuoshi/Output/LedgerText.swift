import Foundation
import ShuoshiCore
import ShuoshiStore

/// Plain-text rendering of the ledger's reports: imports, conflicts, verification, merges.
struct LedgerText {
  let lang: Lang
  var rules: RoutingRules?

  var zh: Bool { lang == .zh }

  func importSummary(_ r: BundleImportReport) -> String {
    // Taken only with --allow-unencrypted: said first, whatever else happened.
    let plain =
      r.encrypted
      ? []
      : [
        zh
          ? "注意：这个数据包未加密（按 --allow-unencrypted 导入），其来源和内容无法验证"
          : "note: this bundle was not encrypted (imported with --allow-unencrypted); its source cannot be authenticated"
      ]
    if r.added == 0 {
      return
        (plain + [
          zh
            ? "数据包中的 \(r.received) 条记录本机都已有，未做任何改动"
            : "all \(r.received) events of the bundle are already here; nothing changed"
        ]).joined(separator: "\n")
    }
    var lines =
      plain + [
        zh
          ? "已导入 \(r.added) 条新记录（数据包共 \(r.received) 条，来自设备 \(r.fromDevice.prefix(8))、站点 \(r.fromSite)），更新案件 \(r.casesTouched) 件"
          : "imported \(r.added) new events (\(r.received) in the bundle, from device \(r.fromDevice.prefix(8)), site \(r.fromSite)); \(r.casesTouched) cases updated"
      ]
    lines.append(
      zh
        ? "校验通过：\(r.verify.chains.count) 条设备链、\(r.verify.caseCount) 件案件"
        : "verified: \(r.verify.chains.count) device chains, \(r.verify.caseCount) cases")
    for rename in r.renamed {
      lines.append(
        zh
          ? "注意：两台电脑给不同案件用了同一编号，\(rename.from) 改为 \(rename.to)"
          : "note: two laptops gave the same id to different cases; \(rename.from) is now \(rename.to)"
      )
    }
    if !r.conflicts.isEmpty {
      lines.append(
        zh
          ? "有 \(r.conflicts.count) 处冲突待处理（shuoshi conflicts 查看，shuoshi settle 处理）："
          : "\(r.conflicts.count) conflict(s) to settle (see shuoshi conflicts, then shuoshi settle):"
      )
      lines += r.conflicts.map { "  " + conflictHeadline($0) }
    }
    if let ahead = r.clockAhead {
      let hours = Int(ahead / 3600)
      lines.append(
        zh
          ? "警告：对方电脑的时钟比本机快约 \(hours) 小时，请核对其系统时间"
          : "warning: the sender's clock is about \(hours) hours ahead of this laptop's; check its time"
      )
    }
    return lines.joined(separator: "\n")
  }

  func conflictHeadline(_ item: ConflictItem) -> String {
    zh
      ? "\(item.caseID)  \(item.conflict.field.name(lang))：\(item.conflict.versions.count) 个并发版本"
      : "\(item.caseID)  \(item.conflict.field.name(lang)): \(item.conflict.versions.count) concurrent versions"
  }

  /// A conflict with its numbered versions (times in the site's zone); the one in effect is marked.
  func conflict(_ item: ConflictItem, calendar: WorkingCalendar) -> [String] {
    var lines = [conflictHeadline(item)]
    for (i, v) in item.conflict.versions.enumerated() {
      let current = v.uuid == item.conflict.winner.uuid ? (zh ? "  ← 当前生效" : "  ← in effect") : ""
      let what =
        rules.map { PersonalMask.text(v.summary(rules: $0, lang: lang)) } ?? v.kind.rawValue
      lines.append(
        "  [\(i + 1)] \(v.uuid.uuidString.prefix(8).lowercased())  \(calendar.minuteText(of: v.at))  "
          + (zh ? "设备 " : "device ") + "\(v.device.prefix(8))  \(v.operator)  \(what)\(current)")
    }
    return lines
  }

  func verify(_ r: VerifyReport) -> String {
    var lines: [String] = []
    for chain in r.chains {
      lines.append(
        zh
          ? "设备 \(chain.device.prefix(8))：\(chain.events) 条记录，链头 \(chain.head.prefix(16))"
          : "device \(chain.device.prefix(8)): \(chain.events) events, head \(chain.head.prefix(16))"
      )
    }
    if r.ok {
      lines.append(
        zh
          ? "校验通过：\(r.eventCount) 条记录、\(r.caseCount) 件案件，没有被改动、删除或调换的记录"
          : "ok: \(r.eventCount) events, \(r.caseCount) cases; nothing altered, missing or reordered"
      )
    } else {
      lines.append(zh ? "发现 \(r.problems.count) 个问题：" : "\(r.problems.count) problem(s) found:")
      lines += r.problems.map { "  " + $0.message(lang) }
    }
    return lines.joined(separator: "\n")
  }

  /// Lines for a case detail: merges, erasure, open conflicts.
  func caseLedger(_ state: CaseLedgerState, absorbed: [String], mergedInto: String?) -> [String] {
    var lines: [String] = []
    if let mergedInto {
      lines.append(
        zh ? "合并      已作为重复案件并入 \(mergedInto)" : "Merged    into \(mergedInto) as a duplicate")
    }
    if !absorbed.isEmpty {
      lines.append(
        zh
          ? "合并      并入本案的重复案件：\(absorbed.joined(separator: "、"))"
          : "Merged    duplicates: \(absorbed.joined(separator: ", "))")
    }
    if state.erased {
      lines.append(zh ? "个人信息  已应居民要求删除" : "Personal  erased at the resident's request")
    }
    for c in state.conflicts {
      lines.append(
        zh
          ? "冲突      \(c.field.name(lang))有 \(c.versions.count) 个并发版本，待处理（shuoshi conflicts）"
          : "Conflict  \(c.field.name(lang)): \(c.versions.count) concurrent versions to settle (shuoshi conflicts)"
      )
    }
    return lines
  }
}
