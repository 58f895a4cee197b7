import Foundation
import ShuoshiCore

/// The JSON of a register record in its table's `data` column: the same value the event
/// carries, with sorted keys, so the row always says exactly what the last event said.
enum RegisterJSON {
  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let bytes = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
