import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Output files: an existing file is never deleted or changed without `--force`, a failed write
/// leaves no temporary file and the original intact (issue 12, finding 4).
@Suite("DurableFile: safe output files")
struct DurableFileTests {
  let dir = TempDir("shuoshi-durable")

  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
  }

  @Test func exportToAnExistingFileIsRefusedAndTheFileKept() throws {
    defer { dir.remove() }
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    _ = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: Date())
    let target = dir.url.appendingPathComponent("notes.txt")
    let original = Data("a worker's own file — 不是数据包\n".utf8)
    try original.write(to: target)
    let options = ExportOptions(secret: .none)
    #expect(throws: StoreError.fileExists(path: target.path)) {
      try store.exportBundle(to: target, options: options, now: Date())
    }
    #expect(try Data(contentsOf: target) == original)
    #expect(try names() == ["notes.txt"])  // no temporary file left

    var force = options
    force.existing = .replace
    let report = try store.exportBundle(to: target, options: force, now: Date())
    let written = try Data(contentsOf: target)
    #expect(written != original && written.count == report.bytes)
    #expect(try names() == ["notes.txt"])
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
  }

  @Test func aNewFileIsWrittenWholeAndPrivate() throws {
    defer { dir.remove() }
    let target = dir.url.appendingPathComponent("sub/report.html")
    try DurableFile.write(Data("<p>报告</p>".utf8), to: target, existing: .refuse)
    #expect(try String(contentsOf: target, encoding: .utf8) == "<p>报告</p>")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        == ["report.html"])
    #expect(throws: StoreError.fileExists(path: target.path)) {
      try DurableFile.write(Data("new".utf8), to: target, existing: .refuse)
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "<p>报告</p>")
  }

  /// A symbolic link at the target counts as a file there: refused, and what it points to is
  /// not written through.
  @Test func aSymlinkAtTheTargetIsRefused() throws {
    defer { dir.remove() }
    let victim = dir.url.appendingPathComponent("victim.txt")
    try Data("keep me".utf8).write(to: victim)
    let link = dir.url.appendingPathComponent("out.ssb")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
    #expect(throws: StoreError.fileExists(path: link.path)) {
      try DurableFile.write(Data("bundle".utf8), to: link, existing: .refuse)
    }
    #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
  }

  /// The rename at the end fails (the target is a folder with a file in it): the temporary
  /// file is gone and the folder and its file are as they were.
  @Test func aFailureMidwayLeavesNoTemporaryFileAndTheOriginalIntact() throws {
    defer { dir.remove() }
    let target = dir.url.appendingPathComponent("report")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let inside = target.appendingPathComponent("keep.csv")
    try Data("名称,数量\n".utf8).write(to: inside)
    #expect(throws: StoreError.self) {
      try DurableFile.write(Data("replacement".utf8), to: target, existing: .replace)
    }
    #expect(try names() == ["report"])
    #expect(try String(contentsOf: inside, encoding: .utf8) == "名称,数量\n")
  }

  @Test func fileErrorsReadAsWordsNotCodes() throws {
    defer { dir.remove() }
    let full = NSError(
      domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
      userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
    #expect(StoreError.mapFile(full, path: "/x/y.ssb") == .diskFull(path: "/x/y.ssb"))
    #expect(
      StoreError.mapFile(CocoaError(.fileWriteOutOfSpace), path: "/x") == .diskFull(path: "/x"))
    #expect(StoreError.diskFull(path: "/x").message(.zh).contains("磁盘已满"))
    #expect(StoreError.fileExists(path: "/x").message(.en).contains("--force"))
    #expect(StoreError.fileExists(path: "/x").message(.zh).contains("已存在"))
  }
}
