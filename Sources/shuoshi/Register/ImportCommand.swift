import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi import units|grids|households|people FILE`: the register from workers' CSV files.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Import the register from CSV: units, grids, households, people (see docs/IMPORT.md).",
    discussion: """
      Files may be UTF-8 (with or without BOM), GB18030/GBK or UTF-16; the encoding is detected
      and reported. Headers may be Chinese (姓名, 电话, 地址, 网格, 社区/村 …) or English.
      A file with any bad row imports nothing and names every bad line. Rows that match records
      already in the register are merged, so importing the same file twice changes nothing.
      Import units and grids before the people and households that name them (or let those
      files create them).
      """,
    subcommands: [ImportUnits.self, ImportGrids.self, ImportHouseholds.self, ImportPeople.self])
}

/// The options every import takes.
struct ImportOptions: ParsableArguments {
  @Argument(help: "The CSV file.") var file: String
  @Flag(name: .customLong("dry-run"), help: "Check and count, write nothing.") var dryRun = false
}

struct ImportUnits: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "units", abstract: "Import communities and villages (名称, 类型, 片区).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var options: ImportOptions
  func run() throws { try RegisterImport.run(.units, global, output, options) }
}

struct ImportGrids: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grids", abstract: "Import grids and their heads (社区/村, 网格, 网格长, 网格长电话).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var options: ImportOptions
  func run() throws { try RegisterImport.run(.grids, global, output, options) }
}

struct ImportHouseholds: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "households",
    abstract: "Import households (社区/村, 网格, 地址 or 楼栋/单元/房号 or 组/门牌号, 户主, 成员, 电话, flags).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var options: ImportOptions
  func run() throws { try RegisterImport.run(.households, global, output, options) }
}

struct ImportPeople: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "people",
    abstract: "Import people and their roles (姓名, 电话, 角色, 社区/村, 网格, 负责楼栋, 片区).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var options: ImportOptions
  func run() throws { try RegisterImport.run(.people, global, output, options) }
}

enum RegisterImport {
  struct JSON: Encodable {
    let file: String
    let kind: String
    let encoding: String
    let rows: Int
    let created: [String: Int]
    let updated: [String: Int]
    let unchanged: [String: Int]
    let events: Int
    let dry_run: Bool
    let ignored_headers: [String]
  }

  static func run(
    _ kind: RegisterFileKind, _ global: GlobalOptions, _ output: OutputOptions,
    _ options: ImportOptions
  ) throws {
    try Run.guarded(global) { context in
      let url = URL(fileURLWithPath: options.file)
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw UsageProblem(zh: "找不到文件“\(options.file)”", en: "no such file: \(options.file)")
      }
      let store = try context.openStore()
      let report = try store.importRegister(
        kind, file: url, dryRun: options.dryRun, by: context.actor, now: context.now)
      if output.json {
        func keyed(_ d: [RegisterRecordKind: Int]) -> [String: Int] {
          Dictionary(uniqueKeysWithValues: d.map { ($0.key.rawValue, $0.value) })
        }
        try JSONOut.print(
          JSON(
            file: report.file, kind: kind.rawValue, encoding: report.encoding.rawValue,
            rows: report.rows, created: keyed(report.counts.created),
            updated: keyed(report.counts.updated), unchanged: keyed(report.counts.unchanged),
            events: report.events, dry_run: report.dryRun, ignored_headers: report.ignoredHeaders))
        return
      }
      print(ImportText.lines(report, context.lang).joined(separator: "\n"))
    }
  }
}

/// The plain-text account of an import.
enum ImportText {
  static func lines(_ r: ImportReport, _ lang: Lang) -> [String] {
    let s = OutputStrings.forLang(lang)
    func counts(_ d: [RegisterRecordKind: Int]) -> String {
      let parts = RegisterRecordKind.allCases.compactMap { k in
        d[k].map { "\(k.name(lang)) \($0)" }
      }
      return parts.isEmpty ? "0" : parts.joined(separator: s.importCountsSeparator)
    }
    var out = [
      s.importHead(r.file, r.encoding.name(lang), r.rows),
      s.importCreated(counts(r.counts.created)),
      s.importUpdated(counts(r.counts.updated)),
      s.importUnchanged(counts(r.counts.unchanged)),
    ]
    if !r.ignoredHeaders.isEmpty {
      out.append(s.importIgnored(r.ignoredHeaders.joined(separator: s.listSeparator)))
    }
    if r.dryRun {
      out.append(s.importDryRun)
    } else if r.counts.isNoChange {
      out.append(s.importNoChange)
    } else {
      out.append(s.importSaved(r.events))
    }
    return out
  }
}
