import Foundation

/// How far a resident's erasure reaches: an `erased` event wipes the personal fields of every
/// event of the case its writer could have known of — every event that is not its descendant,
/// including concurrent ones written on another laptop before the erasure arrived there.
/// Later events (descendants) keep theirs. The answer depends only on the merged events, so
/// every laptop erases the same fields whatever order bundles arrive in.
public enum Erasure {
  /// The events of `history` (one case) whose personal fields must be gone.
  public static func wiped(in history: [Event]) -> Set<UUID> {
    let erasures = history.filter { $0.kind == .erased }
    guard !erasures.isEmpty else { return [] }
    let causality = Causality(history)
    var out = Set<UUID>()
    for e in history where e.kind != .erased {
      if erasures.contains(where: { !causality.isAncestor($0.uuid, of: e.uuid) }) {
        out.insert(e.uuid)
      }
    }
    return out
  }
}
