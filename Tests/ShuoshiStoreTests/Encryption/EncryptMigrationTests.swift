import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

@Suite("shuoshi encrypt: a plain directory (of the previous release) becomes an encrypted one")
struct EncryptMigrationTests {
  let previous = PreviousReleaseTests()

  @Test func theV01StoreIsEncryptedWithItsBackupAndReadsAsRecorded() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    _ = try previous.copied(f)  // migrates the schema, leaving a plain migration backup
    #expect(!f.data.migrationBackups().isEmpty)
    let shown = try previous.expected("expected-show.json")
    let names = shown.compactMap { ($0["resident"] as? [String: Any])?["name"] as? String }
    let texts = shown.compactMap { $0["text"] as? String }
    #expect(!names.isEmpty)
    #expect(!markersInClear(names, under: f.data.url).isEmpty, "the plain store shows them")

    // A receipt printed from the plain store (the console writes it here).
    try DurableFile.write(
      Data("回执 \(names[0])\n".utf8), to: f.data.receiptsURL.appendingPathComponent("x.txt"),
      existing: .replace)
    let key = StoreEncryption.random()
    let heard = StepLog()
    let report = try key.encrypt(f.data) { heard.append($0) }
    // Each step is told, in order (a million cases take minutes); the copy ends whole.
    let steps = heard.steps.map { step -> String in
      if case .copying = step { return "copying" }
      return "\(step)"
    }
    #expect(
      steps.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } } == [
        "checkingPlain", "copying", "checkingCopy", "backups(\(report.backups))", "replacing",
      ])
    if case .copying(let written, let total) = heard.steps.last(where: {
      if case .copying = $0 { return true } else { return false }
    }) {
      #expect(written > 0 && total > 0)
    }
    #expect(report.sideFiles == 1)
    #expect(report.cases == shown.count || report.cases > 0)
    #expect(report.backups >= 1)
    #expect(markersInClear(names + texts, under: f.data.url) == [])
    #expect(
      !FileManager.default.fileExists(atPath: f.data.url.appendingPathComponent(".encrypting").path)
    )

    let store = try CaseStore.open(f.data, create: false, encryption: key)
    for json in shown { try previous.checkCase(store, json) }
    #expect(try store.verify().problems == [])
    #expect(try store.integrityCheck() == "ok")
    #expect(store.receiptsURL(environment: [:]) == nil)
    #expect(
      store.receiptsURL(environment: ["XDG_RUNTIME_DIR": f.dir.path])
        == f.dir.url.appendingPathComponent("shuoshi-receipts"))
    #expect(throws: StoreError.encryption(.keyNeeded(path: f.data.path))) {
      try CaseStore.open(f.data, create: false)
    }
    #expect(throws: StoreError.encryption(.alreadyEncrypted(path: f.data.path))) {
      try key.encrypt(f.data)
    }
  }

  /// Stopped after the marker was written: opening says so, a second run finishes.
  @Test func anInterruptedRunIsFinishedBySecondRun() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let id = try f.open().takeIn(
      TakeInRequest(f.intake("下水道堵塞", name: "诸葛明月")), engine: f.engine, by: f.actor,
      now: EngineFixture.at("2026-11-28 10:00")
    ).id
    let key = StoreEncryption.random()
    // As `encrypt` leaves it just before the renames.
    let staging = DataDirectory(url: f.data.url.appendingPathComponent(".encrypting"))
    try FileManager.default.copyItem(at: f.data.url, to: staging.url)
    try? FileManager.default.removeItem(at: staging.url.appendingPathComponent(".encrypting"))
    try FileManager.default.removeItem(at: staging.databaseURL)
    let marker = EncryptionMarker.new(for: key)
    try marker.write(in: staging)
    EncryptedVFS.register(directory: staging.url, cipher: marker.cipher(key))
    try StoreEncryption.vacuum(
      try StoreEncryption.plainQueue(f.data.databaseURL.path), into: staging.databaseURL.path)
    try StoreEncryption.switchToWAL(staging.databaseURL.path)
    EncryptedVFS.unregister(directory: staging.url)
    try marker.write(in: f.data)

    #expect(throws: StoreError.encryption(.unfinished(path: f.data.path))) {
      try CaseStore.open(f.data, create: false, encryption: key)
    }
    _ = try key.encrypt(f.data)
    let store = try CaseStore.open(f.data, create: false, encryption: key)
    #expect(try store.find(id).resident.name == "诸葛明月")
    #expect(markersInClear(["诸葛明月", "下水道堵塞"], under: f.data.url) == [])
  }
}

/// The progress steps heard, from whichever thread tells them.
final class StepLog: @unchecked Sendable {
  private let lock = NSLock()
  private var heard: [EncryptionProgress] = []
  func append(_ step: EncryptionProgress) {
    lock.lock()
    heard.append(step)
    lock.unlock()
  }
  var steps: [EncryptionProgress] {
    lock.lock()
    defer { lock.unlock() }
    return heard
  }
}
