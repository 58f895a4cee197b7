import Foundation
import ShuoshiCore

extension ConfigFiles {
  /// The character → pinyin table for person search (`data/pinyin.txt`).
  public func pinyinTable() throws(ConfigError) -> PinyinTable {
    let (text, path) = try read("data/pinyin.txt")
    return try PinyinTable.parse(text: text, file: path)
  }
}

/// The demo street's register, shipped as the spreadsheets a street office would have
/// (`data/demo/*.csv`; households.csv in GB18030), imported in dependency order.
public enum DemoRegister {
  public static let files: [(RegisterFileKind, String)] = [
    (.units, "data/demo/units.csv"), (.grids, "data/demo/grids.csv"),
    (.people, "data/demo/people.csv"), (.households, "data/demo/households.csv"),
  ]

  /// Imports the demo register into `store`; the files missing from `resources` are skipped
  /// (then the demo falls back to the built-in street's owner names).
  @discardableResult
  public static func load(into store: CaseStore, resources: Resources, by actor: Actor, now: Date)
    throws(StoreError) -> [ImportReport]
  {
    var reports: [ImportReport] = []
    for (kind, relative) in files {
      guard let url = resources.file(relative) else { continue }
      reports.append(try store.importRegister(kind, file: url, by: actor, now: now))
    }
    return reports
  }
}
