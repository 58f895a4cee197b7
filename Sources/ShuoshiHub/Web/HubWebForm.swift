import Foundation

/// `application/x-www-form-urlencoded` text (a POST body or a query string) as name → value,
/// bounded: at most 20 fields of 2,000 characters each.
enum HubWebForm {
  static func parse(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    for pair in text.split(separator: "&").prefix(20) {
      let parts = pair.split(separator: "=", maxSplits: 1).map {
        String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
      }
      guard let name = parts.first, !name.isEmpty else { continue }
      out[name] = String((parts.count > 1 ? parts[1] : "").prefix(2000))
    }
    return out
  }

  /// `value` for a URL path segment or query value.
  static func encode(_ value: String) -> String {
    // ASCII letters and digits only: a unit's Chinese name is percent-encoded.
    let allowed = CharacterSet(
      charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
  }
}
