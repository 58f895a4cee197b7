import ShuoshiCore

/// The CLI's words for `shuoshi warnings`, one table per language like `CLIStrings`.
struct WarningCLIStrings: Sendable {
  let none: String
  let columns: [String]
  let labelLevel: String
  let labelState: String
  let labelHouseholds: String
  let labelPlace: String
  let labelParty: String
  let labelGroupWord: String
  let labelFirst: String
  let labelRaised: String
  let labelNote: String
  let casesHeading: String
  let linkedTo: @Sendable (_ id: String, _ reasons: String) -> String
  let noLink: String
  let acknowledged: String
  let dismissed: String
  let takenOn: @Sendable (_ group: String, _ cases: Int, _ tier: String) -> String
  let rescanned: @Sendable (_ cases: Int, _ matters: Int, _ raised: Int) -> String
  let badDays: @Sendable (_ raw: Int) -> String

  static func forLang(_ lang: Lang) -> WarningCLIStrings { lang == .zh ? .zh : .en }

  static let zh = WarningCLIStrings(
    none: "没有待处理的预警",
    columns: ["预警", "等级", "状态", "户数", "件数", "地点", "对象", "首件受理"],
    labelLevel: "等级", labelState: "状态", labelHouseholds: "户数", labelPlace: "地点",
    labelParty: "对象", labelGroupWord: "群体词", labelFirst: "首件受理", labelRaised: "预警时间",
    labelNote: "备注", casesHeading: "相关案件：",
    linkedTo: { id, reasons in "与 \(id) 相关：\(reasons)" }, noLink: "（由他机预警列入）",
    acknowledged: "预警已阅：", dismissed: "预警已排除：",
    takenOn: { group, cases, tier in "预警已转办为群体案件 \(group)（\(cases) 件子案，\(tier)办理）：" },
    rescanned: { cases, matters, raised in
      "重新比对 \(cases) 件：\(matters) 组相关案件，新发或升级预警 \(raised) 条"
    },
    badDays: { "天数应为 1 到 3650，而不是 \($0)" })

  static let en = WarningCLIStrings(
    none: "no open warnings",
    columns: ["Warning", "Level", "State", "Households", "Cases", "Place", "Party", "First"],
    labelLevel: "Level", labelState: "State", labelHouseholds: "Households", labelPlace: "Place",
    labelParty: "Party", labelGroupWord: "Group word", labelFirst: "First case",
    labelRaised: "Raised", labelNote: "Note", casesHeading: "Cases:",
    linkedTo: { id, reasons in "linked to \(id): \(reasons)" },
    noLink: "(listed by another laptop's warning)",
    acknowledged: "warning acknowledged: ", dismissed: "warning dismissed: ",
    takenOn: { group, cases, tier in
      "warning taken on as group case \(group) (\(cases) cases, at the \(tier)): "
    },
    rescanned: { cases, matters, raised in
      "rescanned \(cases) cases: \(matters) matters, \(raised) warnings raised or raised further"
    },
    badDays: { "days must be 1 to 3650, not \($0)" })
}
