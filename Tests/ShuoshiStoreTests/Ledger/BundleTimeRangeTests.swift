import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A peer's times are bounded like its texts: a due time (or any time in event data) past
/// year 9999 would trap where the projection stores it as milliseconds.
@Suite("Bundle times out of range")
struct BundleTimeRangeTests {
  @Test(arguments: ["data.followUpDue", "data.deadline", "data.effectiveAt"])
  func aTimeOutOfRangeIsRefused(field: String) throws {
    let hostile = HostileBundleTests()
    let (laptops, _) = try hostile.setup()
    let far = Date(timeIntervalSince1970: 1e297)
    let url = try hostile.forged(laptops, "time.ssb") { f in
      try f.editData(f.first(.triaged)) { d in
        switch field {
        case "data.followUpDue": d.followUpDue = far
        case "data.deadline": d.deadline = far
        default: d.effectiveAt = Date(timeIntervalSince1970: -1)
        }
      }
    }
    try hostile.expectRefused(laptops, url) {
      guard case .invalidEvent(_, _, _, let named, .timeOutOfRange) = $0 else { return false }
      return named == field && $0.message(.zh).contains("时间超出范围")
    }
  }
}
