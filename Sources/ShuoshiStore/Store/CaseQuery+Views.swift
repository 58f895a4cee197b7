import Foundation
import ShuoshiCore

/// The views the console shows as tabs (and the benchmark times), each a query in attention
/// order at `now`. One place for what 超期, 临期 and 已升级待派单 mean in the store.
extension CaseQuery {
  /// 超期: past the deadline with the clock running, or the first contact missed.
  public static func late(at now: Date) -> CaseQuery {
    var q = CaseQuery()
    q.lateAt = now
    q.attentionAt = now
    return q
  }

  /// 临期: clock running, not yet late by deadline, due before the end of the next working day.
  public static func dueSoon(at now: Date, calendar: WorkingCalendar) -> CaseQuery {
    var q = CaseQuery()
    q.dueFrom = now
    q.dueBefore = calendar.dueSoonBound(at: now)
    q.attentionAt = now
    return q
  }

  /// 已升级待派单: moved up a tier and not yet given an owner there.
  public static func escalatedUnassigned(at now: Date) -> CaseQuery {
    var q = CaseQuery()
    q.escalatedUnassigned = true
    q.attentionAt = now
    return q
  }

  /// This query in attention order at `now`.
  public func inAttentionOrder(at now: Date) -> CaseQuery {
    var q = self
    q.attentionAt = now
    return q
  }
}
