import Foundation
import ShuoshiCore
import ShuoshiStore

/// What `check-config` checks of the register's shipped files: the pinyin table and the demo
/// street's CSVs (read as an import would, without a store).
enum RegisterConfigChecks {
  static func all(_ context: AppContext) -> [ConfigCheck] {
    let s = OutputStrings.forLang(context.lang)
    var checks = [
      ConfigCheck(file: "data/pinyin.txt") {
        let table = try ConfigFiles(resources: context.resources).pinyinTable()
        return s.pinyinCharacters(table.count)
      }
    ]
    for (kind, relative) in DemoRegister.files {
      guard let url = context.resources.file(relative) else { continue }
      checks.append(
        ConfigCheck(file: relative) {
          let data = try Data(contentsOf: url)
          guard let (text, encoding) = TextDecoding.decode(data) else {
            throw ImportError(
              file: relative, line: nil, zh: "无法识别文件编码", en: "unknown text encoding")
          }
          let table = try ImportTable.read(text, kind: kind, file: relative)
          return s.csvRows(table.rows.count, encoding.name(context.lang))
        })
    }
    return checks
  }
}
