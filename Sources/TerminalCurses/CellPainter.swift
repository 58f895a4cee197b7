import CNcursesw
import TerminalUI

/// Writes one grapheme into one (or two) ncurses cells, keeping ncurses' idea of its width
/// (libc wcwidth of the first code point) in step with the grid's.
enum CellPainter {
  private static let zeroWidthJoiner: UInt32 = 0x200D

  static func paint(
    _ character: Character, width: Int, y: Int32, x: Int32, attributes: attr_t, pair: Int32,
    buffer: inout [wchar_t]
  ) {
    let scalars = Array(character.unicodeScalars)
    let base = scalars.first.map { wchar_t(bitPattern: $0.value) } ?? 0x20
    let libcWidth = Int(wcwidth(base))
    var count = 0
    if libcWidth == width {
      buffer[0] = base
      count = 1
      // Combining marks ride along; an emoji ZWJ sequence is cut to its first picture, since
      // ncurses would give each joined emoji a cell of its own.
      for s in scalars.dropFirst() {
        if s.value == zeroWidthJoiner || count == buffer.count - 1 { break }
        let w = wchar_t(bitPattern: s.value)
        if wcwidth(w) == 0 {
          buffer[count] = w
          count += 1
        }
      }
    } else if libcWidth == 1 && width == 2 {
      // e.g. a flag or `❤️`: libc counts one cell, the grid two. Draw the base and a blank.
      buffer[0] = base
      count = 1
      put(buffer, 1, y, x + 1, attributes, pair, fallback: 0x20)
    } else {
      // libc does not know this character (newer Unicode): a same-width stand-in.
      buffer[0] = width == 2 ? 0x3013 : 0x3F  // 〓 or ?
      count = 1
    }
    if count == 1 && width == 1 && libcWidth == width { /* plain */ }
    put(buffer, count, y, x, attributes, pair, fallback: width == 2 ? 0x3013 : 0x3F)
  }

  private static func put(
    _ buffer: [wchar_t], _ count: Int, _ y: Int32, _ x: Int32, _ attributes: attr_t,
    _ pair: Int32, fallback: wchar_t
  ) {
    let ok = buffer.withUnsafeBufferPointer {
      shim_put_cell(y, x, $0.baseAddress, Int32(count), attributes, pair)
    }
    if ok == shim_err() {
      var f = fallback
      _ = shim_put_cell(y, x, &f, 1, attributes, pair)
    }
  }
}
