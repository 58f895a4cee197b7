extension Event {
  /// A step someone took on the case itself (not the sweep's automatic moves, nor a
  /// supervisor's 催办/督办, nor the ledger's bookkeeping): it clears the 暂停超时 mark, which
  /// stays until a worker has acted on the case.
  public var isWorkerStep: Bool {
    switch payload {
    case .resumed(let d): return d.expired != true
    case .escalated(let d): return d.effectiveAt == nil
    case .assigned, .noted, .visited, .waiting, .resolved, .rated, .reopened, .retiered,
      .dispatched, .delivered, .extended, .returned:
      return true
    default: return false
    }
  }
}
