import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// What a screen asks the app to do on the ledger; each is recorded as an event.
enum LedgerRequest {
  /// Keep one version of a conflict (asks which, and why).
  case settle(ConflictItem)
  /// Show the full phone and ID numbers of the case `screen` shows (an audit event).
  case reveal(DetailScreen)
  /// Merge case `id` into another as a duplicate (asks which, then confirms).
  case merge(id: String)
  /// Undo the merge case `id` is part of (confirms).
  case unmerge(id: String)
}

/// Settling conflicts, merging duplicate cases and revealing personal numbers from the
/// conflicts and case screens, through the same store calls as `shuoshi settle`,
/// `merge-cases` and `unmerge`.
struct LedgerFlow: Flow {
  unowned let app: App

  func begin(_ request: LedgerRequest) {
    attempt {
      switch request {
      case .settle(let item): askVersion(item)
      case .reveal(let screen): try reveal(on: screen)
      case .merge(let id): try askMergeTarget(id)
      case .unmerge(let id): try confirmUnmerge(id)
      }
    }
  }

  /// Which version to keep, then why.
  private func askVersion(_ item: ConflictItem) {
    let l = session.strings.ledger
    let versions = item.conflict.versions
    show(
      picker(
        l.settleTitle(item.conflict.field.name(session.lang)), Array(versions.indices),
        label: { "\(versions[$0].operator)  \(session.format.summary(versions[$0]))" },
        selection: versions.count - 1
      ) { keep in
        show(
          prompt(l.settleReasonTitle, l.settleReasonMessage(session.format.summary(versions[keep])))
          { reply in
            guard requireReason(reply, message: l.reasonNeeded) else { return }
            attempt { try settle(item, keep: keep, reason: reply.text) }
          })
      })
  }

  private func settle(_ item: ConflictItem, keep: Int, reason: String) throws {
    let c = try session.store.settle(
      item.caseID, keep: String(keep + 1), field: item.conflict.field, reason: reason,
      by: session.services.actor, now: session.now)
    app.dataChanged()
    let last = try session.store.history(of: c).last
    session.status.show(
      session.strings.recorded(c.id, last.map(session.format.summary) ?? ""), role: .success)
  }

  private func reveal(on screen: DetailScreen) throws {
    let id = screen.currentCaseID ?? screen.id
    let c = try session.store.reveal(id, by: session.services.actor, now: session.now)
    screen.showFullNumbers()
    app.dataChanged()
    session.status.show(session.strings.ledger.revealed + " · " + c.id, role: .warning)
  }

  /// Which case to keep (the likely duplicates are offered), then a confirmation.
  private func askMergeTarget(_ id: String) throws {
    let l = session.strings.ledger
    let c = try session.store.find(id)
    if let into = try session.store.mergeLinks(of: c).mergedInto {
      throw LedgerError.alreadyMerged(id: c.id, into: into)
    }
    let candidates = try duplicates(of: c)
    show(
      prompt(
        l.mergeTitle, l.mergeMessage(c.id, candidates.map(describe)),
        text: candidates.first?.id ?? ""
      ) { reply in
        attempt(orAskAgain: reply.prompt) {
          let keep = try session.store.find(reply.text)
          if keep.id == c.id { throw LedgerError.sameCase(id: c.id) }
          show(
            confirm(l.mergeConfirmTitle, l.mergeConfirm(c.id, keep.id), l.mergeButton) {
              attempt { try merge(c.id, into: keep.id) }
            })
        }
      })
  }

  private func merge(_ duplicate: String, into keep: String) throws {
    _ = try session.store.mergeCases(
      keep: keep, duplicate: duplicate, by: session.services.actor, now: session.now)
    app.dataChanged()
    session.status.show(session.strings.ledger.merged(duplicate, keep), role: .success)
  }

  private func confirmUnmerge(_ id: String) throws {
    let l = session.strings.ledger
    let c = try session.store.find(id)
    let links = try session.store.mergeLinks(of: c)
    let duplicate: String
    let keep: String
    if let into = links.mergedInto {
      (duplicate, keep) = (c.id, into)
    } else if links.absorbed.count == 1 {
      (duplicate, keep) = (links.absorbed[0], c.id)
    } else {
      // Several duplicates: the one to take out is chosen by opening it.
      throw LedgerError.notMerged(id: c.id)
    }
    show(
      confirm(l.unmergeTitle, l.unmergeConfirm(duplicate, keep), l.unmergeButton) {
        attempt {
          _ = try session.store.unmerge(duplicate, by: session.services.actor, now: session.now)
          app.dataChanged()
          session.status.show(l.unmerged(duplicate, keep), role: .success)
        }
      })
  }

  /// Runs `body`; an error goes to the status line, and `retry` (a prompt with what was
  /// typed) comes back.
  private func attempt(orAskAgain retry: Modal? = nil, _ body: () throws -> Void) {
    do {
      try body()
    } catch {
      session.status.error(session.message(for: error))
      if let retry { show(retry) }
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
}
