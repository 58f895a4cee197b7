import Foundation
import ShuoshiCore
import ShuoshiStore

/// The group-case step `CaseStore.takeOnWarning` needs: given the warning's cases, the tier its
/// level asks for and a summary, form one group case (母案/子案) and return its UUID. Group
/// cases are built in parallel (issue 18's other part); the merge wires
/// `CaseStore.formGroup(children:tier:summary:operator:now:)` here. Until then there is none,
/// and the take-on key says so instead of pretending.
enum WarningGroupStep {
  typealias Former = (_ cases: [Case], _ tier: Tier, _ summary: String) throws -> UUID

  static func former(_ session: Session) -> Former? { nil }
}
