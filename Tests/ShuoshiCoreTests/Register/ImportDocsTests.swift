import Foundation
import ShuoshiCore
import TestSupport
import Testing

@Suite("docs/IMPORT.md stays true")
struct ImportDocsTests {
  @Test func everyColumnAndHeaderIsDocumented() throws {
    let doc = try String(
      contentsOf: EngineFixture.root.appendingPathComponent("docs/IMPORT.md"), encoding: .utf8)
    for kind in RegisterFileKind.allCases {
      for column in kind.columns {
        #expect(doc.contains("`\(column.name)`"), "\(kind) \(column.name)")
        for header in column.headers {
          #expect(doc.contains(header), "\(kind).\(column.name): \(header)")
        }
      }
    }
    for role in PersonRole.allCases { #expect(doc.contains("`\(role.rawValue)`")) }
  }
}
