import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// `shuoshi bench sweep` (`SweepTrial`): the sweep alone, rolled back so a sample can repeat on
/// the same directory, or committed — either way the very sweep `CaseStore.sweep` makes.
@Suite("Timing the sweep alone")
struct SweepTrialTests {
  let street = SweepStoreTests()
  let end = EngineFixture.at("2027-02-01 09:00")

  @Test func aRolledBackSampleMovesWhatTheSweepMovesAndLeavesTheStoreAsItWas() throws {
    let trialled = StoreFixture()
    let swept = StoreFixture()
    defer {
      trialled.dir.remove()
      swept.dir.remove()
    }
    let before = try street.moves(try street.street(trialled))
    let events = try trialled.open().eventCount()
    let trial = SweepTrial(directory: trialled.data, engine: trialled.engine, now: end)
    let first = try trial.sample(commit: false)
    let second = try trial.sample(commit: false)
    let outcome = try street.street(swept).sweep(
      engine: swept.engine, by: Actor("bench"), now: end)
    #expect(first.outcome == outcome)
    #expect(second.outcome == outcome)
    #expect(outcome.escalated.count > outcome.escalatedCases)
    #expect(try trialled.open().eventCount() == events)
    #expect(try street.moves(try trialled.open()) == before)
  }

  @Test func aCommittedSampleLeavesWhatTheSweepLeaves() throws {
    let trialled = StoreFixture()
    let swept = StoreFixture()
    defer {
      trialled.dir.remove()
      swept.dir.remove()
    }
    _ = try street.street(trialled)
    let sample = try SweepTrial(directory: trialled.data, engine: trialled.engine, now: end)
      .sample(commit: true)
    let store = try street.street(swept)
    #expect(sample.outcome == (try store.sweep(engine: swept.engine, by: Actor("bench"), now: end)))
    let after = try trialled.open()
    #expect(try street.moves(after) == (try street.moves(store)))
    let report = try after.verify()
    #expect(report.ok, "\(report.problems)")
    let timings = SweepTrial.timings([sample], days: 90, commit: true)
    #expect(timings.map(\.samplesMs.count) == [1, 1])
    #expect(timings[1].name == "its commit")
  }
}
