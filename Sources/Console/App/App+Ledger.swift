import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// What a screen asks the app to do on the ledger; each is recorded as an event.
enum LedgerRequest {
  /// Keep one version of a conflict (asks which, and why).
  case settle(ConflictItem)
  /// Show the case's full phone and ID numbers (an audit event).
  case reveal(id: String)
  /// Merge case `id` into another as a duplicate (asks which, then confirms).
  case merge(id: String)
  /// Undo the merge case `id` is part of (confirms).
  case unmerge(id: String)
}

/// The steps of those requests' dialogs.
enum LedgerAsk {
  case settleVersion(ConflictItem)
  case settleReason(ConflictItem, keep: Int)
  case mergeTarget(id: String)
  case mergeConfirm(duplicate: String, keep: String)
  case unmergeConfirm(duplicate: String, keep: String)
}

/// Settling conflicts, merging duplicate cases and revealing personal numbers from the
/// console, through the same store calls as `shuoshi settle`, `merge-cases` and `unmerge`.
extension App {
  func begin(_ request: LedgerRequest) {
    let s = session.strings
    let l = s.ledger
    do {
      switch request {
      case .settle(let item):
        let versions = item.conflict.versions
        let options = versions.map {
          "\($0.operator)  \(session.format.summary($0))"
        }
        modal = picker(
          .ledger(.settleVersion(item)), l.settleTitle(item.conflict.field.name(session.lang)),
          options, selection: versions.count - 1)
      case .reveal(let id):
        let c = try session.store.reveal(id, by: session.services.actor, now: session.now)
        (top as? DetailScreen)?.showFullNumbers()
        dataChanged()
        session.status.show(l.revealed + " · " + c.id, role: .warning)
      case .merge(let id):
        let c = try session.store.find(id)
        if let into = try session.store.mergeLinks(of: c).mergedInto {
          throw LedgerError.alreadyMerged(id: c.id, into: into)
        }
        let candidates = try duplicates(of: c)
        modal = prompt(
          .ledger(.mergeTarget(id: c.id)), l.mergeTitle,
          l.mergeMessage(c.id, candidates.map(describe)), text: candidates.first?.id ?? "")
      case .unmerge(let id):
        let c = try session.store.find(id)
        let links = try session.store.mergeLinks(of: c)
        let pair: (String, String)
        if let into = links.mergedInto {
          pair = (c.id, into)
        } else if links.absorbed.count == 1 {
          pair = (links.absorbed[0], c.id)
        } else {
          // Several duplicates: the one to take out is chosen by opening it.
          throw LedgerError.notMerged(id: c.id)
        }
        modal = confirm(
          .ledger(.unmergeConfirm(duplicate: pair.0, keep: pair.1)), l.unmergeTitle,
          l.unmergeConfirm(pair.0, pair.1), l.unmergeButton)
      }
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  func answer(_ step: LedgerAsk, choice: Int, text: String, retry: Modal) {
    let l = session.strings.ledger
    let actor = session.services.actor
    do {
      switch step {
      case .settleVersion(let item):
        let kept = item.conflict.versions[choice]
        modal = prompt(
          .ledger(.settleReason(item, keep: choice)), l.settleReasonTitle,
          l.settleReasonMessage(session.format.summary(kept)))
      case .settleReason(let item, let keep):
        guard requireReason(text, retry: retry, message: l.reasonNeeded) else { return }
        let c = try session.store.settle(
          item.caseID, keep: String(keep + 1), field: item.conflict.field, reason: text,
          by: actor, now: session.now)
        dataChanged()
        let last = try session.store.history(of: c).last
        session.status.show(
          session.strings.recorded(c.id, last.map(session.format.summary) ?? ""), role: .success)
      case .mergeTarget(let id):
        let keep = try session.store.find(text)
        if keep.id == id { throw LedgerError.sameCase(id: id) }
        modal = confirm(
          .ledger(.mergeConfirm(duplicate: id, keep: keep.id)), l.mergeConfirmTitle,
          l.mergeConfirm(id, keep.id), l.mergeButton)
      case .mergeConfirm(let duplicate, let keep):
        guard choice == 0 else { return }
        _ = try session.store.mergeCases(
          keep: keep, duplicate: duplicate, by: actor, now: session.now)
        dataChanged()
        session.status.show(l.merged(duplicate, keep), role: .success)
      case .unmergeConfirm(let duplicate, let keep):
        guard choice == 0 else { return }
        _ = try session.store.unmerge(duplicate, by: actor, now: session.now)
        dataChanged()
        session.status.show(l.unmerged(duplicate, keep), role: .success)
      }
    } catch {
      session.status.error(session.message(for: error))
      if case .mergeTarget = step { modal = retry }  // keep what was typed
    }
  }

  /// Other open cases of the same resident (by name or phone): likely duplicates to offer.
  private func duplicates(of c: Case) throws(StoreError) -> [Case] {
    guard !c.resident.name.isEmpty else { return [] }  // erased: nothing to match on
    var q = CaseQuery.open
    q.search = c.resident.name
    let phone = c.resident.phone
    return try session.store.list(q, offset: 0, limit: 20).filter {
      $0.id != c.id
        && ($0.resident.name == c.resident.name || (!phone.isEmpty && $0.resident.phone == phone))
    }.prefix(3).map { $0 }
  }

  private func describe(_ c: Case) -> String {
    "\(c.id) \(session.format.resident(c)) \(session.format.category(c)) \(c.state.name(session.lang))"
  }

  /// A yes/no question: `button` (chosen first) or Cancel.
  private func confirm(_ ask: Ask, _ title: String, _ message: String, _ button: String) -> Modal {
    Modal(
      body: .dialog(
        Dialog(
          title: title, message: message,
          buttons: [Dialog.Button(button), Dialog.Button(session.strings.cancel)])), ask: ask)
  }
}
