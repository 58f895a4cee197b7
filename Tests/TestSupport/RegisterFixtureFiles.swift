import Foundation
import ShuoshiCore

/// The register fixture files in `Tests/Fixtures/register/` (real bytes: UTF-8, UTF-8 with
/// BOM, GB18030) and the shipped pinyin table.
public enum RegisterFixtureFiles {
  public static let folder = EngineFixture.root.appendingPathComponent("Tests/Fixtures/register")

  public static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

  public static func data(_ name: String) -> Data { try! Data(contentsOf: url(name)) }

  /// `data/pinyin.txt`, parsed once.
  public static let pinyin: PinyinTable = {
    let url = EngineFixture.root.appendingPathComponent("data/pinyin.txt")
    return try! PinyinTable.parse(text: String(contentsOf: url, encoding: .utf8), file: url.path)
  }()
}
