import Foundation
import ShuoshiCore

extension StoreBenchmark {
  /// The durable save as the console makes it: the intake in one fsync'd transaction, linking
  /// (预警) deferred to the idle upkeep (`TakeInRequest.linking`). Between two saves a worker
  /// types for a while; the console then links the saved case (its own short transaction and
  /// commit) and runs its upkeep (search-index merge step, checkpoint when due). Both are timed
  /// apart from the save, and the pages each save wrote and read are counted off the clock.
  func timeSaves(_ store: CaseStore, by actor: Actor) throws -> ([Timings], SavePages) {
    var upkeep: [Double] = []
    var linking: [Double] = []
    var cpu: [Double] = []
    var pages = SavePages()
    let save = try Stopwatch.repeatMs(
      "durable save of one intake", max(200, repeats),
      untimed: { i in
        if i > 0 {
          pages.addSave(store.pool)
          linking.append(
            try Stopwatch.ms {
              try store.linkPending(rules: engine.rules.warning, by: actor, now: now)
            }.1)
          upkeep.append(Stopwatch.ms { store.maintain() }.1)
        }
        SavePages.reset(store.pool)
      }
    ) { i in
      let intake = Intake(
        resident: Resident(
          name: "测试\(i)", phone: "1390000\(String(format: "%04d", i))", address: "六堰社区1栋1单元101"),
        text: "楼上卫生间漏水，把我家天花板泡坏了，第\(i)次反映", receivedAt: now)
      let started = Self.processCPUMs()
      _ = try store.takeIn(
        TakeInRequest(intake, linking: .deferred), engine: engine, by: actor, now: now)
      cpu.append(Self.processCPUMs() - started)
    }
    pages.addSave(store.pool)
    linking.append(
      try Stopwatch.ms { try store.linkPending(rules: engine.rules.warning, by: actor, now: now) }.1
    )
    upkeep.append(Stopwatch.ms { store.maintain() }.1)
    return (
      [
        save,
        Timings(name: "durable save of one intake, CPU of the process", samplesMs: cpu),
        Timings(name: "linking after a save (idle upkeep, its own commit)", samplesMs: linking),
        Timings(name: "idle upkeep after a save", samplesMs: upkeep),
      ], pages
    )
  }

  /// CPU time of this process (user + system, every thread: GRDB writes on its own queue), ms.
  /// Under load a save's wall time is mostly waiting for a core; its CPU time is not.
  static func processCPUMs() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
  }
}
