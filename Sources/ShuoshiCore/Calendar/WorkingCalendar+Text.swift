import Foundation

/// Times as every front end writes them — console, command line, reports and receipts — always
/// in the site's time zone (the calendar's), whatever the machine's `TZ` says.
extension WorkingCalendar {
  /// `10:05`.
  public func clockText(of date: Date) -> String {
    let seconds = Int(date.timeIntervalSince(startOfDay(civilDate(of: date))))
    return String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
  }

  /// `2026-11-28 10:05`.
  public func minuteText(of date: Date) -> String {
    "\(civilDate(of: date)) \(clockText(of: date))"
  }
}
