/// The other party a grievance is about, as read from the intake's other parties and the text:
/// a property company (`中瑞物业`), an employer or worksite (`宏达建筑公司`, `阳光工地`), a shop
/// (`老王饭店`). `name` is empty when only the kind was said (`物业不管事`): then it counts only
/// within one compound, where "the property company" means one company. A neighbour
/// (`楼上`, `隔壁`) is `weak`: it names somebody different in every building.
public struct MatterLinkParty: Sendable, Hashable {
  public var name: String
  public var kind: String
  public var weak: Bool

  public init(name: String, kind: String, weak: Bool = false) {
    self.name = name
    self.kind = kind
    self.weak = weak
  }

  /// As shown in reasons: `中瑞物业`, or the kind alone.
  public var text: String { name + kind }

  /// Kind words, longest first so `物业公司` wins over `公司`; each maps to the kind it counts as.
  static let kinds: [(word: String, kind: String)] = [
    ("物业公司", "物业"), ("物业管理处", "物业"), ("物业", "物业"), ("建筑公司", "公司"), ("劳务公司", "公司"),
    ("公司", "公司"), ("项目部", "项目"), ("项目", "项目"), ("工地", "工地"), ("工厂", "厂"), ("厂", "厂"),
    ("超市", "店"), ("饭店", "店"), ("餐馆", "店"), ("酒店", "店"), ("烧烤店", "店"), ("商店", "店"),
    ("店", "店"), ("开发商", "开发商"), ("中介", "中介"),
  ]

  /// Neighbours: weak parties.
  static let neighbours = ["楼上", "楼下", "隔壁", "对门", "邻居"]

  /// Characters that end a name when read backwards from its kind word (`我们小区的中瑞物业` →
  /// `中瑞`): function words and pronouns a resident says before a name.
  static let stops: Set<Character> = [
    "的", "和", "跟", "与", "在", "是", "我", "们", "对", "找", "被", "让", "给", "向", "说", "了", "里",
    "区", "到", "去", "个", "这", "那", "家", "位", "该", "及", "把", "帮", "替", "从", "当", "为",
  ]

  /// Parties named in `text` and in the intake's `others`, without repeats, at most 4.
  public static func find(in text: String, others: [String]) -> [MatterLinkParty] {
    var found: [MatterLinkParty] = []
    func add(_ p: MatterLinkParty) {
      if !found.contains(p) && found.count < 4 { found.append(p) }
    }
    for other in others {
      let t = MatterLinkText.plain(other)
      if let p = read(t, wholeIsName: true) { add(p) }
    }
    for clause in MatterLinkText.clauses(text) {
      if let p = read(clause, wholeIsName: false) { add(p) }
    }
    for clause in MatterLinkText.clauses(text) {
      for n in neighbours where clause.contains(n) {
        add(MatterLinkParty(name: "", kind: n, weak: true))
      }
    }
    return found
  }

  /// The first party in one clause: the name read backwards from a kind word.
  static func read(_ clause: String, wholeIsName: Bool) -> MatterLinkParty? {
    let chars = Array(clause)
    for i in chars.indices {
      for (word, kind) in kindCharacters where matches(word, at: i, in: chars) {
        var start = i
        while start > 0, i - start < 6, !stops.contains(chars[start - 1]),
          chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == "·"
        {
          start -= 1
        }
        let name = String(chars[start..<i])
        // 业主, 工人: a one-character "name" is a word's tail (`老板店` aside), not a name.
        return MatterLinkParty(name: name.count >= 2 ? name : "", kind: kind)
      }
    }
    return wholeIsName && !clause.isEmpty ? MatterLinkParty(name: clause, kind: "") : nil
  }

  /// `kinds` as characters, split once (not at every position of every clause).
  static let kindCharacters: [(word: [Character], kind: String)] = kinds.map {
    (Array($0.word), $0.kind)
  }

  static func matches(_ w: [Character], at i: Int, in chars: [Character]) -> Bool {
    guard i + w.count <= chars.count else { return false }
    for k in w.indices where chars[i + k] != w[k] { return false }
    return true
  }
}
