import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// Group cases (母案/子案) in the console: `L` in the queue forms one from the marked cases
/// (`CaseStore.formGroup`); `L` in a case opens a small menu — join a group case, leave it,
/// open the parent or one of its children. Acting on a parent (assign, resolve…) needs nothing
/// here: `CaseStore.perform` acts on its children too, for the console as for the CLI.
struct GroupCaseFlow: Flow {
  unowned let app: App

  var words: GroupCaseConsoleStrings { GroupCaseConsoleStrings.forLang(session.lang) }

  /// Asks the group's text, then forms it from the marks (two at least).
  func formFromMarks() {
    let ids = session.marks.ids
    guard ids.count >= CaseEngine.minGroupChildren else {
      session.status.error(words.needMarks)
      return
    }
    show(
      prompt(words.formTitle(ids.count), words.formMessage) { reply in
        guard !reply.text.isEmpty else {
          session.status.error(EngineError.invalidField(.summary, .empty).message(session.lang))
          show(reply.prompt)
          return
        }
        do {
          let parent = try session.store.formGroup(
            GroupCaseRequest(children: ids, summary: reply.text), engine: session.engine,
            by: session.services.actor, now: session.now)
          session.marks.clear()
          app.dataChanged()
          session.status.show(
            words.formed(parent.id, ids.count, parent.tier.name(session.lang)), role: .success)
        } catch {
          session.status.error(session.message(for: error))
          show(reply.prompt)
        }
      })
  }

  /// The menu of what can be done from case `c` about its group.
  func menu(for c: Case, parent: Case?, children: [Case]) {
    enum Choice { case join, leave(Case), openParent(Case), openChild }
    var choices: [Choice] = []
    if let parent {
      choices = [.openParent(parent), .leave(parent)]
    } else if !children.isEmpty {
      choices = [.openChild]
    } else {
      choices = [.join]
    }
    let w = words
    show(
      picker(
        w.menuTitle, choices,
        label: { choice in
          switch choice {
          case .join: return w.join
          case .leave(let p): return w.leave(p.id)
          case .openParent(let p): return w.openParent(p.id)
          case .openChild: return w.openChild
          }
        }
      ) { choice in
        switch choice {
        case .join: askJoin(c)
        case .leave(let p): askLeave(c, from: p)
        case .openParent(let p): open(p.id)
        case .openChild: pickChild(children)
        }
      })
  }

  private func askJoin(_ c: Case) {
    show(
      prompt(words.joinTitle, words.joinMessage) { reply in
        do {
          let parent = try session.store.find(reply.text)
          _ = try session.store.addToGroup(
            parent: parent.uuid.uuidString, children: [c.uuid.uuidString],
            by: session.services.actor, now: session.now)
          app.dataChanged()
          session.status.show(words.joined(c.id, parent.id), role: .success)
        } catch {
          session.status.error(session.message(for: error))
          show(reply.prompt)
        }
      })
  }

  private func askLeave(_ c: Case, from parent: Case) {
    show(
      prompt(words.leaveTitle, words.leaveMessage(c.id, parent.id)) { reply in
        do {
          _ = try session.store.removeFromGroup(
            children: [c.uuid.uuidString], reason: reply.optionalText, by: session.services.actor,
            now: session.now)
          app.dataChanged()
          session.status.show(words.left(c.id, parent.id), role: .success)
        } catch {
          session.status.error(session.message(for: error))
          show(reply.prompt)
        }
      })
  }

  private func pickChild(_ children: [Case]) {
    let lang = session.lang
    show(
      picker(
        words.openChild, children,
        label: { "\($0.id)  \($0.state.name(lang))  \($0.resident.name)" }
      ) { child in open(child.id) })
  }

  private func open(_ id: String) {
    app.stack.append(DetailScreen(id: id))
  }
}
