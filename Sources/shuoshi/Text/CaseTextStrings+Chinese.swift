import ShuoshiCore

extension CaseTextStrings {
  /// Simplified Chinese, the default.
  static let zh = CaseTextStrings(
    paused: "暂停",
    overdue: { "超期\($0)天" },
    dueToday: "今天到期",
    left: { "剩\($0)个工作日" },

    listColumns: ["编号", "受理", "居民", "电话", "分类", "层级", "状态", "期限", ""],
    urgentMark: "急",

    labelID: "编号",
    urgentTag: "  【紧急】",
    labelReceived: "受理时间",
    labelResident: "居民",
    labelAddress: "地址",
    labelOtherParty: "对方",
    labelCategory: "分类",
    labelTier: "层级",
    atIntake: { "（受理时：\($0)）" },
    labelState: "状态",
    labelAssignee: "承办人",
    labelVolunteer: "志愿者",
    labelDeadline: "期限",
    labelEscalations: "升级次数",
    labelReferral: "转交",
    referral: "不在受理范围，需登记转交",
    labelSummary: "办结说明",
    labelRating: "评价",
    grievanceHeading: "诉求内容：",
    historyHeading: "办理记录："
  )
}
