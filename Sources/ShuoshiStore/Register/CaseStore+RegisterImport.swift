import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Imports a register file (`units`, `grids`, `households` or `people` CSV) as workers have
  /// it: UTF-8 with or without BOM, GB18030/GBK or UTF-16, comma- or tab-separated, Chinese or
  /// English headers. All or nothing: any bad row refuses the whole file (every problem is
  /// reported with its line) and nothing is written; otherwise every new or changed record is
  /// one `*_saved` event, appended and projected in one transaction. Rows that match records
  /// already in the register merge into them (see `RegisterMerger`), so importing the same
  /// file again changes nothing. `dryRun` reads and plans without writing.
  public func importRegister(
    _ kind: RegisterFileKind, file url: URL, dryRun: Bool = false, by actor: Actor, now: Date
  ) throws(StoreError) -> ImportReport {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .importRefused(
        ImportError(file: url.path, line: nil, zh: "无法读取文件", en: "cannot read the file"))
    }
    return try importRegister(
      kind, data: data, file: url.path, dryRun: dryRun, by: actor, now: now)
  }

  /// `importRegister` on bytes already read; `file` names them in messages.
  public func importRegister(
    _ kind: RegisterFileKind, data: Data, file: String, dryRun: Bool = false, by actor: Actor,
    now: Date
  ) throws(StoreError) -> ImportReport {
    // A dry run only reads and plans; anything written needs a role that may change.
    if !dryRun { try actor.require(.change) }
    guard let (text, encoding) = TextDecoding.decode(data) else {
      // The line where the bytes stop being text, so a worker can find the damage.
      let line = TextDecoding.firstUndecodableLine(data)
      throw .importRefused(
        ImportError(
          file: file, line: line,
          zh: (line == nil ? "" : "这一行的字节既不是 UTF-8 也不是 GB18030：")
            + "无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-8、GB18030/GBK、UTF-16）",
          en: (line == nil ? "" : "the bytes of this line are neither UTF-8 nor GB18030: ")
            + "unknown text encoding (UTF-8, UTF-8 with BOM, GB18030/GBK and UTF-16 are read)"))
    }
    let table: ImportTable
    do {
      table = try ImportTable.read(text, kind: kind, file: file)
    } catch {
      throw .importRefused(error)
    }
    let now = Millis.truncate(now)
    let body = { (db: Database) throws -> ImportReport in
      let plan = try Self.plan(table, snapshot: try RegisterRecords.snapshot(db))
      if !dryRun {
        try self.appendRegister(plan.changes.map { ($0.entity, $0.draft) }, by: actor, at: now, db)
      }
      return ImportReport(
        file: file, kind: kind, encoding: encoding, rows: plan.rows, counts: plan.counts,
        events: dryRun ? 0 : plan.changes.count, dryRun: dryRun,
        ignoredHeaders: table.ignoredHeaders)
    }
    return dryRun ? try read(body) : try write(body)
  }

  /// Reads the rows of `table` and merges them into `snapshot`; every bad row is a problem.
  static func plan(_ table: ImportTable, snapshot: RegisterSnapshot) throws -> RegisterPlan {
    var reader = RowReader(file: table.file, knownUnits: snapshot.unitNames)
    var merger = RegisterMerger(snapshot: snapshot, file: table.file)
    switch table.kind {
    case .units: merger.apply(units: reader.units(table))
    case .grids: merger.apply(grids: reader.grids(table))
    case .households: merger.apply(households: reader.households(table))
    case .people: merger.apply(people: reader.people(table))
    }
    let problems = (reader.problems + merger.problems).sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    if !problems.isEmpty { throw StoreError.importRefused(ImportError(problems)) }
    return merger.plan()
  }
}
