import Foundation

/// Text from a peer (a laptop's batch, a request) made safe to log and print: control
/// characters (terminal escapes among them) shown as `\u{…}`, and at most `limit` characters.
enum HubText {
  static func plain(_ text: String, limit: Int = 500) -> String {
    var out = ""
    for scalar in text.unicodeScalars.prefix(limit) {
      let control =
        scalar.properties.generalCategory == .control
        || scalar.properties.generalCategory == .format
      out += control ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
    return out
  }
}
