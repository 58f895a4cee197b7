import CNcursesw
import TerminalUI

/// Writes one grapheme into one (or two) ncurses cells, keeping ncurses' idea of its width
/// (libc wcwidth of the first code point) in step with the grid's.
enum CellPainter {
  private static let zeroWidthJoiner: UInt32 = 0x200D
  private static let space: wchar_t = 0x20
  /// Stand-ins for characters libc does not know: 〓 (2 cells) and ? (1 cell).
  private static let wideStandIn: wchar_t = 0x3013
  private static let narrowStandIn: wchar_t = 0x3F

  /// `buffer` is scratch space of CCHARW_MAX elements, reused across cells.
  static func paint(
    _ character: Character, width: Int, y: Int32, x: Int32, attributes: attr_t, pair: Int32,
    buffer: inout [wchar_t]
  ) {
    let scalars = character.unicodeScalars
    let base = scalars.first.map { wchar_t(bitPattern: $0.value) } ?? space
    let libcWidth = Int(wcwidth(base))
    let standIn = width == 2 ? wideStandIn : narrowStandIn
    var count = 1
    buffer[0] = base
    if libcWidth == width {
      // Combining marks ride along; an emoji ZWJ sequence is cut to its first picture, since
      // ncurses would give each joined emoji cells of its own.
      for s in scalars.dropFirst() {
        if s.value == zeroWidthJoiner || count == buffer.count { break }
        let w = wchar_t(bitPattern: s.value)
        if wcwidth(w) == 0 {
          buffer[count] = w
          count += 1
        }
      }
    } else if libcWidth == 1 && width == 2 {
      // A flag or `❤️`: libc counts one cell, the grid two. The base, then a blank.
      put(space, y: y, x: x + 1, attributes: attributes, pair: pair)
    } else {
      buffer[0] = standIn  // libc does not know it (newer Unicode than glibc's tables)
    }
    let ok = buffer.withUnsafeBufferPointer {
      shim_put_cell(y, x, $0.baseAddress, Int32(count), attributes, pair)
    }
    if ok == shim_err() { put(standIn, y: y, x: x, attributes: attributes, pair: pair) }
  }

  private static func put(_ c: wchar_t, y: Int32, x: Int32, attributes: attr_t, pair: Int32) {
    var c = c
    _ = shim_put_cell(y, x, &c, 1, attributes, pair)
  }
}
