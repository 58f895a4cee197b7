extension EventStrings {
  /// Simplified Chinese.
  public static let zh = EventStrings(
    detail: { $0.isEmpty ? "" : "：\($0)" },
    listSeparator: "、",
    route: { "〔\($0.joined(separator: "；"))〕" },

    created: { "登记受理（\($0)）" },
    triagedUrgent: "，紧急",
    triagedDue: { "，期限 \($0)" },
    triaged: { cat, tier, urgent, due in "分类：\(cat) → \(tier)\(urgent)\(due)" },
    retiered: { from, to, detail in "调整层级 \(from) → \(to)\(detail)" },
    assigned: { "派单给 \($0)" },
    noted: { "备注\($0)" },
    visitMinutes: { "（\($0) 分钟）" },
    visited: { mins, detail in "走访/联系\(mins)\(detail)" },
    waiting: { "挂起等待，期限暂停\($0)" },
    resumed: { "恢复办理，期限顺延至 \($0)" },
    onSpot: "（当场化解）",
    resolved: { spot, detail in "办结\(spot)\(detail)" },
    rated: { rating, detail in "群众评价：\(rating)\(detail)" },
    reopened: { "重新打开\($0)" },
    escalatedOwner: { "，转交 \($0)" },
    escalated: { why, from, to, owner, detail, route in
      "升级（\(why)）\(from) → \(to)\(owner)\(detail)\(route)"
    },
    undone: "撤销上一操作",

    dispatched: { "派单给志愿者 \($0)" },
    deliveredDone: "，已办完",
    deliveredNotDone: "，未办完",
    delivered: { v, m, done in "志愿者 \(v) 送单（\(m) 分钟）\(done)" },

    unitSaved: { kind, name in "保存\(kind ?? "")：\(name)" },
    gridSaved: { "保存网格：\($0)" },
    householdHead: { "（\($0)）" },
    householdSaved: { address, head in "保存住户：\(address)\(head)" },
    personSaved: { name, roles in "保存人员：\(name)（\(roles)）" },

    sessionPlace: { "，地点：\($0)" },
    sessionDuty: { "，值班：\($0)" },
    sessionOpened: { day, place, duty in "开始说事场次 \(day)\(place)\(duty)" },
    sessionClosed: "结束说事场次",

    revealed: "查看完整个人信息（电话、证件号）",
    settled: { field, kept, n, why in
      "处理冲突（\(field)）：保留 \(kept)，搁置 \(n) 个并发版本\(why.map { "：" + $0 } ?? "")"
    },
    merged: { "合并重复案件 \($0)（并入本案）" },
    mergedInto: { "作为重复案件并入 \($0)" },
    unmerged: { "撤销与 \($0) 的合并" },
    erased: "应居民要求删除个人信息（保留统计）"
  )
}
