import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// Batch actions on the queue's marked cases (`a` assign, `e` escalate) and undoing the last
/// batch (`u`): what the action needs is asked once, one confirmation names the count, then
/// the store applies it to each case in one transaction (`CaseStore.actOnEach`) — the same
/// action a single case gets, so a case the engine refuses is skipped and named.
struct BatchFlow: Flow {
  unowned let app: App

  /// Starts `command` on the marked cases (or, for undo, on the last batch); false when
  /// there is nothing to act on in bulk, so the single-case action runs instead.
  func begin(_ command: Command) -> Bool {
    switch command {
    case .assign where !session.marks.isEmpty: askAssign(session.marks.ids)
    case .escalate where !session.marks.isEmpty: askEscalation(session.marks.ids)
    case .voidRestore where !session.marks.isEmpty: askVoid(session.marks.ids)
    case .urge where !session.marks.isEmpty: askUrge(session.marks.ids)
    case .reprintReceipt where !session.marks.isEmpty: confirmReceipts(session.marks.ids)
    case .undo where session.lastBatch != nil: confirmUndo(session.lastBatch!)
    default: return false
    }
    return true
  }

  private func askAssign(_ ids: [String]) {
    let s = session.strings
    let b = session.bulk
    show(
      RegisterFlow(app: app).handlerPicker(
        title: b.assignTitle(ids.count), freeText: (b.assignTitle(ids.count), s.assignMessage(nil))
      ) { handler in
        let action: Action
        switch handler {
        case .person(let p): action = .assignOwner(name: p.name, id: p.uuid, note: nil, route: [])
        case .named(let name): action = .assign(to: name, note: nil)
        }
        show(
          confirm(b.assignTitle(ids.count), b.confirmAssign(ids.count, handler.name), b.go) {
            apply(action, to: ids, verb: b.assigned)
          })
      })
  }

  private func askEscalation(_ ids: [String]) {
    let b = session.bulk
    let lang = session.lang
    show(
      picker(
        b.escalateTitle(ids.count), EscalationReason.allCases, label: { $0.name(lang) },
        selection: EscalationReason.allCases.firstIndex(of: .manual) ?? 0
      ) { reason in
        show(
          confirm(b.escalateTitle(ids.count), b.confirmEscalate(ids.count, reason.name(lang)), b.go)
          {
            apply(.escalate(reason, note: nil), to: ids, verb: b.escalated)
          })
      })
  }

  /// 作废 asks one reason for all, then the count.
  private func askVoid(_ ids: [String]) {
    let b = session.bulk
    show(
      prompt(b.voidTitle(ids.count), b.voidMessage) { reply in
        guard requireReason(reply) else { return }
        show(
          confirm(b.voidTitle(ids.count), b.confirmVoid(ids.count, reply.text), b.go) {
            apply(.void(reason: reply.text), to: ids, verb: b.voided)
          })
      })
  }

  /// 催办 asks one optional note for all, then the count; a case not late is skipped.
  private func askUrge(_ ids: [String]) {
    let b = session.bulk
    show(
      prompt(b.urgeTitle(ids.count), b.urgeMessage) { reply in
        show(
          confirm(b.urgeTitle(ids.count), b.confirmUrge(ids.count), b.go) {
            apply(.urge(note: reply.optionalText), to: ids, verb: b.urged)
          })
      })
  }

  /// Receipts of the marked cases as they stand (nothing is recorded, so no transaction); the
  /// marks are cleared once they are written.
  private func confirmReceipts(_ ids: [String]) {
    let b = session.bulk
    guard let directory = session.services.booth.receiptsDirectory else {
      session.status.error(session.strings.booth.receiptNowhere)
      return
    }
    show(
      confirm(b.receiptsTitle(ids.count), b.confirmReceipts(ids.count), b.go) {
        let printing = ReceiptPrinting(session: session)
        var skipped: [(id: String, reason: String)] = []
        for id in ids {
          do {
            _ = try printing.file(of: try session.store.find(id), in: directory)
          } catch {
            skipped.append((id, session.message(for: error)))
          }
        }
        session.marks.clear()
        let text = b.result(b.receiptsWritten, done: ids.count - skipped.count, skipped: skipped)
        session.status.show(
          text + b.receiptsWhere(directory.path), role: skipped.isEmpty ? .success : .warning)
      })
  }

  /// Applies `action` to each of `ids` in one transaction; the marks are cleared and the batch
  /// remembered for undo once it is saved.
  private func apply(_ action: Action, to ids: [String], verb: String) {
    do {
      let results = try session.store.actOnEach(
        action, ids: ids, engine: session.engine, by: session.services.actor, now: session.now)
      session.marks.clear()
      let done = results.compactMap { r -> (id: String, events: [UUID])? in
        if case .done(let c, let events) = r, !events.isEmpty { return (c.id, events) }
        return nil
      }
      session.lastBatch = done.isEmpty ? nil : CaseBatch(verb: verb, cases: done)
      app.dataChanged()
      report(results, verb: verb)
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  /// Undo the whole batch, named with its count; Cancel is highlighted, `u` again confirms.
  private func confirmUndo(_ batch: CaseBatch) {
    let s = session.strings
    let b = session.bulk
    let n = batch.cases.count
    show(
      .message(
        b.undoTitle, b.undoMessage(n, batch.verb),
        buttons: [
          Modal.Button(b.undoBatch(n), key: .char("u")) { undo(batch) },
          Modal.Button(s.cancel) { session.status.show(s.undoCancelled) },
        ],
        selectedButton: 1))
  }

  /// Takes back `batch` in one transaction (also offered by a case's own undo dialog).
  func undo(_ batch: CaseBatch) {
    do {
      let results = try session.store.undoBatch(
        batch.cases, engine: session.engine, by: session.services.actor, now: session.now)
      session.lastBatch = nil
      app.dataChanged()
      report(results, verb: session.bulk.undone)
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  /// `已派单 2 件，1 件未能办理：…`, a warning when some were skipped.
  private func report(_ results: [BatchResult], verb: String) {
    var done = 0
    var skipped: [(id: String, reason: String)] = []
    for r in results {
      switch r {
      case .done: done += 1
      case .skipped(let id, let error): skipped.append((id, session.message(for: error)))
      }
    }
    session.status.show(
      session.bulk.result(verb, done: done, skipped: skipped),
      role: skipped.isEmpty ? .success : .warning)
  }
}
