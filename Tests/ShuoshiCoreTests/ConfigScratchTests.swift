import Testing
@testable import ShuoshiCore
@Test func configScratch() {
  for y in ["a: 1\nb: [1, 2\nc: 3\n", "year: 2026\nsource: a\nyear: 2027\n", "a: 1\nb:\n\t- x\n", "a: \"x\n", "- a\nb: 1\n"] {
    print(configError { _ = try ConfigNode.parse(yaml: y, file: "f.yaml") }?.message(.zh) ?? "nil")
    print(configError { _ = try ConfigNode.parse(yaml: y, file: "f.yaml") }?.message(.en) ?? "nil")
  }
}
