import TerminalUI

/// What the status line says besides who and where: the last message and a one-time notice
/// (both cleared by the next key), the last sweep, and a standing warning while a calendar
/// year is missing.
struct StatusLine {
  /// A line of text in a role.
  struct Note: Equatable {
    var text: String
    var role: Role
  }

  /// The latest message: an action's result or an error.
  private(set) var message: Note?
  /// The latest sweep's result.
  var sweep: Note?
  /// The latest sync with the street office hub, or one under way.
  var hubSync: Note?
  /// The sweep moved cases: the line goes on with the 超期 and 升级待派 tabs' counts.
  var sweepNamesViews = false
  /// Shown while the working-day calendar lacks a year.
  var calendarWarning: String?
  /// Said once, beside the message, until the next key (a provisional calendar year).
  private(set) var notice: String?
  /// Shown while cases have conflicts between laptops to settle (recounted by the queue).
  var conflicts: String?
  /// Shown while grids missed last period's 排查 round (recounted by the queue).
  var missedRounds: String?

  mutating func show(_ text: String, role: Role = .status) {
    message = Note(text: text, role: role)
  }

  mutating func error(_ text: String) {
    show(text, role: .error)
  }

  mutating func notify(_ text: String) {
    notice = text
  }

  mutating func clearMessage() {
    message = nil
    notice = nil
  }
}
