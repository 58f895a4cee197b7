import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// Intake and actions refuse text over its bound or carrying control characters (FieldKind),
/// naming the field, in both languages: the console and the command line both go through here.
@Suite("Case engine: field checks")
struct EngineFieldTests {
  let engine = EngineFixture.engine

  func intake(
    name: String = "王秀英", phone: String = "13812345678", address: String = "六堰社区3栋",
    text: String = "楼上漏水", others: [String] = []
  ) -> Intake {
    Intake(
      resident: Resident(name: name, phone: phone, address: address), otherParties: others,
      text: text, receivedAt: EngineFixture.at("2026-11-23 10:00"))
  }

  @Test func validateNamesEveryBadField() {
    let bad = intake(
      name: "王\u{1B}]0;x\u{07}", address: String(repeating: "楼", count: 201),
      text: "漏水\n\t第二行", others: ["张三", "李\u{9B}四"])
    #expect(
      engine.validate(bad) == [
        IntakeProblem(.name, .controlCharacter(0x1B)),
        IntakeProblem(.address, .tooLong(max: 200, found: 201)),
        IntakeProblem(.otherParty, .controlCharacter(0x9B)),
      ])
    #expect(engine.validate(intake()).isEmpty)
  }

  /// Required fields, phone characters and the override reason are the same list the intake
  /// form reads (no stand-in intake): the CLI and the console refuse alike.
  @Test func validateCoversRequiredFieldsPhoneAndOverrideReason() {
    #expect(
      engine.validate(intake(name: " ", phone: "138abc", text: "")) == [
        IntakeProblem(.name, .empty), IntakeProblem(.phone, .notAPhoneNumber),
        IntakeProblem(.text, .empty),
      ])
    var overridden = intake()
    overridden.tier = .street
    #expect(engine.validate(overridden) == [IntakeProblem(.overrideReason, .empty)])
    overridden.overrideReason = "涉及多个部门"
    #expect(engine.validate(overridden).isEmpty)
    // Choosing what triage suggests anyway is no override and needs no reason.
    var same = intake()
    same.tier = engine.triage.classify(same.text).tier
    #expect(engine.validate(same).isEmpty)
    #expect(
      EngineError.invalidField(.overrideReason, .empty).message(.zh) == "“调整原因”不能为空")
  }

  @Test func intakeRefusesWithTheFieldInChineseAndEnglish() {
    do {
      _ = try engine.intake(intake(text: "漏水\u{1B}]52;c;cm0gLXJmIH4=\u{07}"), caseID: "X")
      Issue.record("an escape sequence in the grievance was taken in")
    } catch {
      #expect(error == .invalidField(.text, .controlCharacter(0x1B)))
      #expect(error.message(.zh) == "“诉求内容”含有控制字符 U+001B，不能保存")
      #expect(
        error.message(.en) == "text contains the control character U+001B and cannot be stored")
    }
    do {
      _ = try engine.intake(intake(name: String(repeating: "王", count: 65)), caseID: "X")
      Issue.record("a 65-character name was taken in")
    } catch {
      #expect(error == .invalidField(.name, .tooLong(max: 64, found: 65)))
      #expect(error.message(.zh) == "“姓名”太长：最多 64 个字，现有 65 个")
      #expect(error.message(.en) == "name is too long: at most 64 characters, found 65")
    }
    // At the bound is fine; newlines and tabs belong in a grievance.
    #expect(throws: Never.self) {
      try engine.intake(
        intake(name: String(repeating: "王", count: 64), text: "一\n二\t三"), caseID: "X")
    }
  }

  /// The phone rule at intake: a 10-digit number is refused with what is expected, in both
  /// languages; mobiles typed with separators or +86, landlines, 无电话 and empty are taken.
  @Test func intakeRefusesATenDigitPhoneSayingWhatIsExpected() {
    do {
      _ = try engine.intake(intake(phone: "1397280123"), caseID: "X")
      Issue.record("a 10-digit phone was taken in")
    } catch {
      #expect(error == .invalidField(.phone, .notAPhoneNumber))
      #expect(
        error.message(.zh)
          == "“电话”无效：应为 11 位手机号或带区号的座机（如 0719-1234567），没有电话填“无电话”；"
          + "手机号以 1 开头，可用空格或 - 分隔、加 +86，不清楚可留空")
      #expect(
        error.message(.en)
          == "invalid phone: an 11-digit mobile or a landline with area code (0719-1234567); "
          + "无电话 if none; a mobile starts with 1, spaces, dashes and +86 allowed, or leave it empty"
      )
    }
    #expect(
      engine.validate(intake(phone: "138 1234 5678x")) == [
        IntakeProblem(.phone, .notAPhoneNumber)
      ])
    for phone in ["+86 138 1234 5678", "138-1234-5678", "0719-1234567", "无电话", ""] {
      #expect(throws: Never.self, "\(phone)") {
        try engine.intake(intake(phone: phone), caseID: "X")
      }
    }
  }

  @Test func actionsRefuseControlCharactersAndOverlongText() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    #expect(throws: EngineError.invalidField(.note, .controlCharacter(0x1B))) {
      try p.act(.note("已联系\u{1B}]52;c;cm0gLXJmIH4=\u{07}"), at: "2026-11-23 10:30")
    }
    #expect(throws: EngineError.invalidField(.assignee, .controlCharacter(0x1B))) {
      try p.act(.assign(to: "张\u{1B}[2J", note: nil), at: "2026-11-23 10:30")
    }
    let long = String(repeating: "字", count: FieldKind.text.maxLength + 1)
    do {
      try p.act(.resolve(summary: long, onSpot: false), at: "2026-11-23 10:30")
      Issue.record("an overlong summary was stored")
    } catch {
      #expect(error == .invalidField(.summary, .tooLong(max: 20_000, found: 20_001)))
      #expect(error.message(.zh) == "“办结说明”太长：最多 20000 个字，现有 20001 个")
      #expect(error.message(.en) == "summary is too long: at most 20000 characters, found 20001")
    }
    #expect(throws: EngineError.invalidField(.reason, .controlCharacter(0x07))) {
      try p.act(.wait(reason: "等\u{07}"), at: "2026-11-23 10:30")
    }
    // Nothing was recorded by the refusals; a clean multi-line note goes through.
    #expect(p.events.count == 2)
    #expect(try p.act(.note("第一行\n第二行"), at: "2026-11-23 10:40").state == .new)
  }
}
