import ArgumentParser
import Foundation
import ShuoshiCore

/// 回访: the follow-up after a resolution — how, reached or not, and the resident's answers.
struct FollowUpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "follow-up",
    abstract:
      "Record a 回访 on a resolved or closed case; unsolved or unsatisfied reopens it one tier up.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Case id.") var id: String
  @Option(help: "phone | visit | walk-in (电话 | 上门 | 来访).") var method: String
  @Option(help: "yes | no (联系上 | 未联系上): whether the resident was reached.") var reached: String
  @Option(help: "solved | partly | unsolved (已解决 | 部分解决 | 未解决); needed when reached.")
  var solved: String?
  @Option(help: "satisfied | basic | unsatisfied (满意 | 基本满意 | 不满意); needed when reached.")
  var satisfaction: String?
  @Option(help: "The resident's words.") var words: String?

  func run() throws {
    try CaseAction.run(global, output, id: id) { context in
      .followUp(
        FollowUp(
          method: try FollowUpParse.method(method), reached: try FollowUpParse.reached(reached),
          solved: try solved.map(FollowUpParse.solved),
          satisfaction: try satisfaction.map { try Parse.rating($0, context) }, words: words))
    }
  }
}

/// The 回访 option values, English or Chinese.
enum FollowUpParse {
  static func method(_ raw: String) throws -> FollowUpMethod {
    guard let m = FollowUpMethod(userInput: raw) else {
      throw UsageProblem(
        zh: "无效回访方式“\(raw)”：可用 phone/visit/walk-in 或 电话/上门/来访",
        en: "invalid follow-up method \"\(raw)\": use phone|visit|walk-in")
    }
    return m
  }

  static func reached(_ raw: String) throws -> Bool {
    switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
    case "yes", "y", "true", "1", "是", "联系上", "已联系上": return true
    case "no", "n", "false", "0", "否", "未联系上", "没联系上": return false
    default:
      throw UsageProblem(
        zh: "无效“是否联系上”“\(raw)”：可用 yes/no 或 联系上/未联系上",
        en: "invalid --reached \"\(raw)\": use yes|no")
    }
  }

  static func solved(_ raw: String) throws -> Solved {
    guard let s = Solved(userInput: raw) else {
      throw UsageProblem(
        zh: "无效“是否解决”“\(raw)”：可用 solved/partly/unsolved 或 已解决/部分解决/未解决",
        en: "invalid --solved \"\(raw)\": use solved|partly|unsolved")
    }
    return s
  }
}
