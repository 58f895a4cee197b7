import Foundation
import ShuoshiCore
import ShuoshiStore

/// What `erase-resident` says: what it would remove and what it removed, where.
struct ErasureText {
  let lang: Lang
  var s: OutputStrings { OutputStrings.forLang(lang) }

  func preview(_ plan: ErasurePlan) -> String {
    var lines = [s.erasePreview]
    lines += where_(
      cases: plan.cases.map(\.id), members: plan.members, receipts: plan.receipts,
      backups: plan.backups)
    lines.append(s.eraseConfirm)
    return lines.joined(separator: "\n")
  }

  func done(_ r: ErasureReport) -> String {
    var lines = [s.erased]
    lines += where_(cases: r.caseIDs, members: r.members, receipts: r.receipts, backups: r.backups)
    return lines.joined(separator: "\n")
  }

  /// The erasure committed; a clean-up step did not. Says so, and what to do.
  func unfinished(_ left: [ErasureLeftover]) -> String {
    var lines = [s.eraseUnfinished]
    for l in left {
      switch l.step {
      case .compaction:
        lines.append(s.eraseCompacting(l.path, reason(l.error)))
      case .removeFile:
        lines.append(s.eraseRemoving(l.path, reason(l.error)))
      }
    }
    lines.append(s.eraseRetry)
    return lines.joined(separator: "\n")
  }

  /// Why a step failed, without the store's "nothing was saved" (the erasure was).
  private func reason(_ error: StoreError) -> String {
    switch error {
    case .diskFull: return s.diskFull
    case .readOnly: return s.readOnlyDisk
    case .io(_, let detail): return detail
    default: return error.message(lang)
    }
  }

  /// After `finishErasure` ran on its own and succeeded.
  var finished: String { s.eraseFinished }

  private func where_(
    cases: [String], members: [RemovedMember], receipts: [URL], backups: [URL]
  ) -> [String] {
    let rows = members.map { m -> String in
      "\(RegisterID.short(m.household)) \(m.address) \(m.name.isEmpty ? s.contactPhone : m.name)"
    }
    return [
      s.erasedCases(cases), s.erasedMembers(rows), s.erasedReceipts(receipts.map(\.path)),
      s.erasedBackups(backups.map(\.path)),
    ]
  }
}
