import Foundation

/// The text encodings a worker's spreadsheet export arrives in.
public enum TextEncoding: String, Sendable, CaseIterable {
  /// UTF-8 without a byte order mark (LibreOffice, WPS, Excel "CSV UTF-8" on a Mac).
  case utf8
  /// UTF-8 with a BOM (Excel's "CSV UTF-8").
  case utf8BOM = "utf8_bom"
  /// GB18030, which includes GBK and GB2312 (Excel's plain "CSV" on Chinese Windows).
  case gb18030
  /// UTF-16 with a BOM (Excel's "Unicode text", tab-separated).
  case utf16 = "utf16"

  /// `UTF-8` / `UTF-8（带 BOM）` / `GB18030（GBK）` / `UTF-16`.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.utf8, _): return "UTF-8"
    case (.utf8BOM, .zh): return "UTF-8（带 BOM）"
    case (.utf8BOM, .en): return "UTF-8 with BOM"
    case (.gb18030, .zh): return "GB18030（兼容 GBK）"
    case (.gb18030, .en): return "GB18030 (GBK-compatible)"
    case (.utf16, _): return "UTF-16"
    }
  }
}

/// Detects a file's encoding and decodes it: a BOM decides (UTF-8 or UTF-16); else bytes
/// that are valid UTF-8 are UTF-8 (a GB18030 file of Chinese text almost never is); else
/// GB18030. Foundation on Linux decodes GB18030 through CoreFoundation when asked for
/// `kCFStringEncodingGB_18030_2000` as an NSStringEncoding (0x80000632, what
/// `CFStringConvertEncodingToNSStringEncoding` returns on Darwin; that function itself is not
/// exported on Linux), and it is strict: invalid bytes give nil, never mojibake.
public enum TextDecoding {
  public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// The text and the encoding it was in, or nil when it is none of them.
  public static func decode(_ data: Data) -> (text: String, encoding: TextEncoding)? {
    let bytes = [UInt8](data.prefix(3))
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { return nil }
      return (text, .utf8BOM)
    }
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      guard var text = String(data: data, encoding: .utf16) else { return nil }
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      return (text, .utf16)
    }
    if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
    if let text = String(data: data, encoding: gb18030) { return (text, .gb18030) }
    return nil
  }

  /// For bytes `decode` refused: the 1-based line (as the CSV reader counts lines: LF, CRLF
  /// or CR) where they stop being text, in whichever of UTF-8 and GB18030 reads further; nil
  /// for UTF-16 files, which are not split by bytes.
  public static func firstUndecodableLine(_ data: Data) -> Int? {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    if bom { bytes.removeFirst(3) }
    // Lines with their numbers; CR and LF are never inside a UTF-8 or GB18030 character.
    var lines: [(number: Int, bytes: ArraySlice<UInt8>)] = []
    var start = 0
    var number = 1
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A || bytes[i] == 0x0D {
        lines.append((number, bytes[start..<i]))
        if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        number += 1
        start = i + 1
      }
      i += 1
    }
    lines.append((number, bytes[start...]))
    func firstBad(_ encoding: String.Encoding) -> Int? {
      lines.first { String(data: Data($0.bytes), encoding: encoding) == nil }?.number
    }
    let utf8 = firstBad(.utf8)
    guard !bom else { return utf8 }
    let gb = firstBad(gb18030)
    switch (utf8, gb) {
    case (let u?, let g?): return max(u, g)
    default: return utf8 ?? gb
    }
  }

  /// `text` encoded as GB18030 (for tests and the demo's GB18030 file).
  public static func encodeGB18030(_ text: String) -> Data? { text.data(using: gb18030) }
}
