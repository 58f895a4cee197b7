import TerminalUI

/// The modal shown over the top screen: keys go to it until it is answered or cancelled.
/// What an answer does is the modal's own (`Modal.answer`), set by the flow that asked.
extension App {
  func handleModal(_ key: Key) {
    guard var m = modal else { return }
    switch m.handle(key) {
    case .ignored, .handled:
      modal = m
    case .cancelled:
      modal = nil
    case .chosen(let choice):
      modal = nil  // the answer may show the next step
      m.answer(choice)
    }
  }
}
