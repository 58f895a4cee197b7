import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// The one phone rule (`PhoneNumber.check`) read by intake (CLI and console) and the register
/// import: mobiles of 11 digits starting with 1, landlines with their area code, 无电话, empty.
@Suite("Phone numbers")
struct PhoneNumberTests {
  @Test(arguments: [
    "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
    "+86-138-1234-5678", "１３８１２３４５６７８", "  13812345678 ",
  ])
  func mobilesAreAccepted(_ phone: String) {
    #expect(PhoneNumber.check(phone) == .mobile)
  }

  @Test(arguments: [
    "0719-1234567", "0719 12345678", "010-12345678", "(0719)1234567", "(0719) 1234567",
    "07191234567", "0719-123-4567",
  ])
  func landlinesWithTheirAreaCodeAreAccepted(_ phone: String) {
    #expect(PhoneNumber.check(phone) == .landline)
  }

  @Test func emptyAndNoPhoneAreAccepted() {
    #expect(PhoneNumber.check("") == .unknown)
    #expect(PhoneNumber.check("  ") == .unknown)
    #expect(PhoneNumber.check("无电话") == .noPhone)
    #expect(PhoneNumber.check(" 无电话 ") == .noPhone)
  }

  @Test(arguments: [
    "1397280123",  // 10 digits: a mobile number is 11
    "139728012345",  // 12 digits starting with 1
    "23812345678",  // 11 digits not starting with 1
    "138abc45678", "138.1234.5678", "电话13812345678", "1234567",  // no area code
    "0719-123456",  // local number too short
    "0719-123456789",  // too long
    "07-1234567",  // area code too short
    "+86 0719 1234567", "+1 138 1234 5678", "(138)12345678", "138(1234)5678", "无",
  ])
  func anythingElseIsRefused(_ phone: String) {
    #expect(PhoneNumber.check(phone) == nil)
    #expect(!PhoneNumber.isValid(phone))
  }

  /// 无电话 is no number: no digits (so no phone tail, no duplicate, no register match) and
  /// shown as it is, never masked to `***`.
  @Test func noPhoneIsNoNumber() {
    #expect(PhoneNumber.digits(PhoneNumber.none).isEmpty)
    #expect(!PhoneNumber.isUsable(PhoneNumber.none))
    #expect(PhoneMask.mask(PhoneNumber.none) == "无电话")
    #expect(PhoneMask.mask("13812345678") == "138****5678")
    #expect(CellValues.phone("无电话") == "")
    #expect(CellValues.phone("1397280123") == nil)
    #expect(CellValues.phone(" 0719-1234567 ") == "0719-1234567")
  }

  @Test func theRefusalSaysWhatIsExpected() {
    let zh = FieldProblem.notAPhoneNumber.message(field: "电话", .zh)
    #expect(zh.hasPrefix("“电话”无效：应为 11 位手机号或带区号的座机"))
    #expect(zh.contains("0719-1234567") && zh.contains("无电话"))
    let en = FieldProblem.notAPhoneNumber.message(field: "phone", .en)
    #expect(en.hasPrefix("invalid phone: an 11-digit mobile or a landline with area code"))
    #expect(en.contains("area code (0719-1234567)") && en.contains("无电话"))
  }
}
