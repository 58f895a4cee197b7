import ShuoshiCore
import TerminalUI

/// The case actions that choose a person of the register: the owner (a), and the dispatch
/// loop's 派单 (a party member volunteer) and 送单 (minutes spent, what was done).
extension CaseActionFlow {
  /// The owner, chosen as every handler is (`RegisterFlow.handlerPicker`): a person of the
  /// register, then why; a name typed (no register, or nobody by that name) is recorded as
  /// typed. Not prefilled: typing would append to the old name. The message names it instead.
  func beginAssign(on c: Case) {
    let s = session.strings
    let r = s.register
    let id = c.id
    show(
      RegisterFlow(app: app).handlerPicker(
        title: r.pickOwnerTitle, freeText: (s.assignTitle, s.assignMessage(c.assignee))
      ) { handler in
        switch handler {
        case .person(let person):
          show(
            prompt(
              s.assignTitle, r.assignReasonMessage(person.name),
              ok: recording(on: id) {
                .assignOwner(name: person.name, id: person.uuid, note: $0.optionalText, route: [])
              }))
        case .named(let name):
          perform(.assign(to: name, note: nil), on: id)
        }
      })
  }

  /// 平台派单: choose a party member volunteer, then what they should do.
  func beginDispatch(on c: Case) {
    let r = session.strings.register
    let id = c.id
    show(
      RegisterFlow(app: app).requiringPicker(title: r.pickVolunteerTitle, role: .volunteer) {
        person in
        show(
          prompt(
            r.dispatchNoteTitle, r.dispatchNoteMessage(person.name),
            ok: recording(on: id) {
              .dispatch(to: person.name, volunteerID: person.uuid, note: $0.optionalText)
            }))
      })
  }

  /// 党员送单: minutes spent (1 to 1440), then what was done: done, or not done yet.
  func beginDelivery(on c: Case) {
    let r = session.strings.register
    let id = c.id
    show(
      prompt(r.deliverTitle, r.deliverMinutesMessage(c.volunteer ?? "")) { reply in
        guard let minutes = Int(reply.text), (1...1440).contains(minutes) else {
          session.status.error(r.minutesInvalid)
          show(reply.prompt)
          return
        }
        show(
          prompt(
            r.deliverTitle, r.deliverNoteMessage,
            buttons: [
              Modal.PromptButton(
                r.deliverDone,
                action: recording(on: id) {
                  .deliver(minutes: minutes, note: $0.optionalText, done: true)
                }),
              Modal.PromptButton(
                r.deliverNotDone,
                action: recording(on: id) {
                  .deliver(minutes: minutes, note: $0.optionalText, done: false)
                }),
            ]))
      })
  }
}
