/// Field bounds and control characters, checked where text enters a case: the console and the
/// command line both take in and act through the engine, so both are refused the same way.
/// Values are checked as typed: nothing is stripped silently.
extension CaseEngine {
  /// Every field of `intake` that may not be stored (empty when all may).
  public func validate(_ intake: Intake) -> [IntakeProblem] {
    var fields: [(String?, CaseField)] = [
      (intake.resident.name, .name), (intake.resident.phone, .phone),
      (intake.resident.address, .address), (intake.text, .text),
      (intake.overrideReason, .overrideReason),
    ]
    fields += intake.otherParties.map { ($0, .otherParty) }
    return fields.compactMap { IntakeProblem.check($0.0, as: $0.1) }
  }

  /// Every free-text field of `action` that may not be stored.
  public func validate(_ action: Action) -> [IntakeProblem] {
    let fields: [(String?, CaseField)]
    switch action {
    case .assign(let to, let note): fields = [(to, .assignee), (note, .note)]
    case .note(let text): fields = [(text, .note)]
    case .visit(let note, _): fields = [(note, .note)]
    case .wait(let reason): fields = [(reason, .reason)]
    case .resolve(let summary, _): fields = [(summary, .summary)]
    case .rate(_, let comment): fields = [(comment, .comment)]
    case .escalate(_, let note): fields = [(note, .note)]
    case .retier(_, let reason): fields = [(reason, .reason)]
    case .reopen(let reason): fields = [(reason, .reason)]
    case .assignOwner(let name, _, let note, _): fields = [(name, .assignee), (note, .note)]
    case .dispatch(let to, _, let note): fields = [(to, .volunteer), (note, .note)]
    case .deliver(_, let note, _): fields = [(note, .note)]
    case .resume, .undo: fields = []
    }
    return fields.compactMap { IntakeProblem.check($0.0, as: $0.1) }
  }
}
