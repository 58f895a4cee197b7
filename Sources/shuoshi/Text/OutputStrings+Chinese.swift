import ShuoshiCore

extension OutputStrings {
  /// Simplified Chinese, the default.
  static let zh = OutputStrings(
    listSeparator: "、",
    errorPrefix: "错误：",
    looserPermissions: { "警告：权限过宽，其他用户可读：\($0)" },
    unknownTimeZone: { name, used in
      "警告：站点设置的时区“\(name)”无法识别（应为 Asia/Shanghai 这样的名称），时间按 \(used) 显示"
    },
    yes: "是",
    no: "否",
    category: "分类：",
    tier: "层级：",
    reasonsHeading: "依据：",

    urgent: "紧急：",
    referral: "转交：不在受理范围",
    confidence: "置信度：",
    household: "住户：",
    inParentheses: { "（\($0)）" },
    owner: "承办人：",

    categories: { "\($0) 个分类" },
    pinyinCharacters: { "\($0) 个汉字的拼音" },
    calendarYear: { year, provisional, holidays, workdays in
      "\(year) 年\(provisional ? "（暂定）" : "")：节假日 \(holidays) 天，调休上班 \(workdays) 天"
    },
    csvRows: { rows, encoding in "\(rows) 行，编码 \(encoding)" },

    labelHousehold: "住户",
    labelGrid: "网格",
    labelMembers: "成员",
    labelPhone: "电话",
    labelFlags: "标记",
    labelNote: "备注",
    labelLookedAfter: "联系人",
    labelVisits: "来访",
    householdVisits: { cases, open, streak in
      "\(cases) 件，在办 \(open) 件" + (streak.isEmpty ? "" : "，\(streak)")
    },
    peopleColumns: ["编号", "姓名", "电话", "角色", "社区/村", "网格", "负责"],
    volunteerColumns: ["姓名", "社区/村", "时长(小时)", "送单", "案件", "在办"],
    capacityColumns: ["社区/村", "网格", "网格长", "户数", "上限", "在办", ""],
    overMark: "✗ 超出",
    registerTotals: { units, grids, households, people in
      "\(units) 个社区/村，\(grids) 个网格，\(households) 户，\(people) 人"
    },

    importCountsSeparator: "，",
    importHead: { file, encoding, rows in "\(file)：编码 \(encoding)，\(rows) 行数据" },
    importCreated: { "  新建：\($0)" },
    importUpdated: { "  更新：\($0)" },
    importUnchanged: { "  未变：\($0)" },
    importIgnored: { "  未识别的列（已忽略）：\($0)" },
    importDryRun: "试运行：未写入任何数据",
    importNoChange: "台账已是最新，无需改动",
    importSaved: { "已写入 \($0) 条记录" },

    erasePreview: "将删除该居民的个人信息：",
    eraseConfirm: "确认无误后加 --yes 执行（不可撤销）",
    erased: "已删除该居民的个人信息（案件统计保留）：",
    eraseUnfinished: "删除已保存，但以下清理未完成，旧数据可能仍留在这些文件中：",
    eraseCompacting: { path, reason in "  压缩数据库 \(path)：\(reason)" },
    eraseRemoving: { path, reason in "  删除文件 \(path)：\(reason)" },
    eraseRetry: "请腾出磁盘空间（或处理上述问题）后再运行一次同样的 erase-resident 命令完成清理",
    diskFull: "磁盘已满",
    readOnlyDisk: "磁盘只读",
    eraseFinished: "已压缩数据库并清理迁移备份（完成此前删除的清理）",
    contactPhone: "联系电话",
    erasedCases: { "  案件 \($0.count) 件" + ($0.isEmpty ? "" : "：" + $0.joined(separator: "、")) },
    erasedMembers: {
      "  台账住户成员 \($0.count) 条" + ($0.isEmpty ? "" : "：" + $0.joined(separator: "、"))
    },
    erasedReceipts: {
      "  回执文件 \($0.count) 个" + ($0.isEmpty ? "" : "：" + $0.joined(separator: "、"))
    },
    erasedBackups: { "  迁移备份 \($0.count) 个" + ($0.isEmpty ? "" : "：" + $0.joined(separator: "、")) }
  )
}
