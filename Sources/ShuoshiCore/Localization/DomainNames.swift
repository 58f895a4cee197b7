/// Names of the domain's enums as a worker reads them, in Chinese and English.

extension Tier {
  /// The tier as shown on screen: 户 / 村居 / 片区 / 上交.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.household, .zh): return "户"
    case (.residence, .zh): return "村居"
    case (.district, .zh): return "片区"
    case (.street, .zh): return "上交"
    case (.household, .en): return "household"
    case (.residence, .en): return "residence"
    case (.district, .en): return "district"
    case (.street, .en): return "street (handed up)"
    }
  }
}

extension CaseState {
  /// The state as shown on screen.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.new, .zh): return "待派单"
    case (.assigned, .zh): return "已派单"
    case (.inProgress, .zh): return "办理中"
    case (.waiting, .zh): return "等待中"
    case (.resolved, .zh): return "已办结待评"
    case (.closed, .zh): return "已关闭"
    case (.new, .en): return "new"
    case (.assigned, .en): return "assigned"
    case (.inProgress, .en): return "in progress"
    case (.waiting, .en): return "waiting"
    case (.resolved, .en): return "resolved"
    case (.closed, .en): return "closed"
    }
  }
}

extension Rating {
  /// The resident's rating as shown on screen (群众评单).
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.satisfied, .zh): return "满意"
    case (.basic, .zh): return "基本满意"
    case (.unsatisfied, .zh): return "不满意"
    case (.satisfied, .en): return "satisfied"
    case (.basic, .en): return "mostly satisfied"
    case (.unsatisfied, .en): return "unsatisfied"
    }
  }
}

extension EscalationReason {
  /// Why a case moved up, as shown on screen.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.overdue, .zh): return "超期"
    case (.unsatisfied, .zh): return "群众不满意"
    case (.risk, .zh): return "风险"
    case (.manual, .zh): return "人工升级"
    case (.overdue, .en): return "overdue"
    case (.unsatisfied, .en): return "resident unsatisfied"
    case (.risk, .en): return "risk"
    case (.manual, .en): return "manual"
    }
  }
}
