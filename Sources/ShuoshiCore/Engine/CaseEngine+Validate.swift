import Foundation

/// What may be stored, checked where text enters a case: the console and the command line both
/// take in and act through the engine, so both are refused the same way, and the intake form
/// asks `validate` as the worker saves instead of trying an intake with stand-in values.
/// Values are checked as typed: nothing is stripped silently.
extension CaseEngine {
  /// Every field of `intake` that may not be stored, in form order (empty when all may): a
  /// name and a grievance are required, a phone is a mobile number, a landline with
  /// its area code, `无电话` or empty (`PhoneNumber.check`), an override of the
  /// triage's tier or category needs a reason, and every field keeps its `FieldKind` bounds.
  public func validate(_ intake: Intake) -> [IntakeProblem] {
    var problems: [IntakeProblem] = []
    func required(_ value: String, _ field: CaseField) {
      if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        problems.append(IntakeProblem(field, .empty))
      }
    }
    func bounded(_ value: String?, _ field: CaseField) {
      if let p = IntakeProblem.check(value, as: field) { problems.append(p) }
    }
    required(intake.resident.name, .name)
    bounded(intake.resident.name, .name)
    if !PhoneNumber.isValid(intake.resident.phone) {
      problems.append(IntakeProblem(.phone, .notAPhoneNumber))
    }
    bounded(intake.resident.phone, .phone)
    bounded(intake.resident.address, .address)
    for party in intake.otherParties { bounded(party, .otherParty) }
    required(intake.text, .text)
    bounded(intake.text, .text)
    if overrides(intake) { required(intake.overrideReason ?? "", .overrideReason) }
    bounded(intake.overrideReason, .overrideReason)
    return problems
  }

  /// Whether the worker's tier or category differs from what triage suggests for the text.
  func overrides(_ intake: Intake) -> Bool {
    guard intake.tier != nil || intake.category != nil else { return false }
    let suggestion = triage.classify(intake.text)
    return (intake.tier ?? suggestion.tier) != suggestion.tier
      || (intake.category ?? suggestion.category) != suggestion.category
  }

  /// Every free-text field of `action` that may not be stored.
  public func validate(_ action: Action) -> [IntakeProblem] {
    let fields: [(String?, CaseField)]
    switch action {
    case .assign(let to, let note): fields = [(to, .assignee), (note, .note)]
    case .note(let text): fields = [(text, .note)]
    case .visit(let note, _): fields = [(note, .note)]
    case .wait(let reason, _): fields = [(reason, .reason)]
    case .extend(_, let reason): fields = [(reason, .reason)]
    case .returnCase(_, _, let note): fields = [(note, .note)]
    case .urge(let note), .supervise(_, let note): fields = [(note, .note)]
    case .resolve(let summary, _): fields = [(summary, .summary)]
    case .rate(_, let comment): fields = [(comment, .comment)]
    case .escalate(_, let note): fields = [(note, .note)]
    case .retier(_, let reason): fields = [(reason, .reason)]
    case .reopen(let reason): fields = [(reason, .reason)]
    case .assignOwner(let name, _, let note, _): fields = [(name, .assignee), (note, .note)]
    case .dispatch(let to, _, let note): fields = [(to, .volunteer), (note, .note)]
    case .deliver(_, let note, _): fields = [(note, .note)]
    case .correct(let k): fields = [(k.reason, .reason)]
    case .void(let reason), .restore(let reason): fields = [(reason, .reason)]
    case .resume, .undo: fields = []
    case .followUp(let f): fields = [(f.words, .words)]
    }
    return fields.compactMap { IntakeProblem.check($0.0, as: $0.1) }
  }
}
