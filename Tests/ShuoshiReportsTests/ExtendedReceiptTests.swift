import Foundation
import ShuoshiCore
import ShuoshiReports
import TestSupport
import Testing

/// A receipt reprinted after a 延期 shows the current deadline as “已延期至 …” (issue 14).
@Suite struct ExtendedReceiptTests {
  func receipt(_ p: Played) -> Receipt {
    Receipt(
      case: p.current, history: p.events, rules: p.engine.rules, calendar: p.engine.calendar,
      lang: .zh, boothPhone: nil, unitName: nil, session: nil)
  }

  @Test func anExtendedDeadlineIsSaidSo() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00", tier: .household)
    try p.act(.assign(to: "张德明", note: nil), at: "2026-11-23 10:30")
    let before = receipt(p).fields.first { $0.0 == "办理时限" }?.1
    #expect(before == "2026-11-26 前办结（3 个工作日）")
    try p.act(.extend(days: 3, reason: "需协调物业"), at: "2026-11-25 10:00")
    let after = receipt(p).fields.first { $0.0 == "办理时限" }?.1
    #expect(after == "已延期至 2026-12-01")
  }
}
