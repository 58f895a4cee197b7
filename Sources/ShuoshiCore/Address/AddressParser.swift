/// Reads a free-text address the way residents give it: `六堰社区3栋2单元502`,
/// `六堰 3号楼 2单元 502室`, `六堰社区３幢二单元５０２`, `3-2-502`, `七里垭村3组15号`,
/// `七里垭三组十五号`. The unit is found by its name or short name (longest wins); numbers are
/// read with the part word that follows them; a bare trailing number is the room (or the
/// house number after a group); dashed numbers are building-unit-room (or group-number in a
/// village).
public enum AddressParser {
  /// A unit the parser can recognise in the text.
  public struct UnitName: Sendable, Equatable {
    public var name: String
    public var kind: UnitKind
    public init(name: String, kind: UnitKind) {
      self.name = name
      self.kind = kind
    }
  }

  public static func parse(_ text: String, units: [UnitName] = []) -> ParsedAddress {
    let normalized = AddressNormalizer.normalize(text)
    var rest = Substring(normalized)
    var found: UnitName?
    var best = 0
    for unit in units {
      let short = RegisterUnit(uuid: .init(), name: unit.name, kind: unit.kind).shortName
      for spelling in Set([AddressNormalizer.normalize(unit.name), short])
      where spelling.count > best {
        if let range = normalized.range(of: spelling) {
          found = unit
          best = spelling.count
          rest = normalized[range.upperBound...]
        }
      }
    }
    let address = read(Array(rest), village: found?.kind == .village)
    return ParsedAddress(unitName: found?.name, address: address, normalized: normalized)
  }

  enum Token: Equatable {
    case number(String)
    case word(String)
    case dash
    case other
  }

  static let words = ["单元", "栋", "室", "组", "号", "楼"]

  static func tokens(_ chars: [Character]) -> [Token] {
    var out: [Token] = []
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c.isASCII && (c.isNumber || c.isLetter) {
        var j = i
        while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j].isLetter { j += 1 }
        out.append(.number(String(chars[i..<j])))
        i = j
      } else if ChineseNumber.values[c] != nil || ChineseNumber.units[c] != nil {
        var j = i
        while j < chars.count,
          ChineseNumber.values[chars[j]] != nil || ChineseNumber.units[chars[j]] != nil
        {
          j += 1
        }
        // Chinese numerals count only before a part word: 三栋 yes, 三里桥 no.
        if word(at: j, in: chars) != nil {
          out.append(.number(ChineseNumber.digits(in: String(chars[i..<j]))))
        } else {
          out.append(.other)
        }
        i = j
      } else if let w = word(at: i, in: chars) {
        out.append(.word(w))
        i += w.count
      } else if c == "-" {
        out.append(.dash)
        i += 1
      } else {
        out.append(.other)
        i += 1
      }
    }
    return out
  }

  static func word(at i: Int, in chars: [Character]) -> String? {
    for w in words {
      let wc = Array(w)
      if i + wc.count <= chars.count, Array(chars[i..<(i + wc.count)]) == wc { return w }
    }
    return nil
  }

  static func read(_ chars: [Character], village: Bool) -> HouseholdAddress {
    let toks = tokens(chars)
    var building: String?
    var entrance: String?
    var room: String?
    var group: String?
    var number: String?
    var i = 0
    while i < toks.count {
      guard case .number(let n) = toks[i] else {
        i += 1
        continue
      }
      // A dashed run: 3-2-502 or 3-15.
      var run = [n]
      var j = i + 1
      while j + 1 < toks.count, toks[j] == .dash, case .number(let m) = toks[j + 1] {
        run.append(m)
        j += 2
      }
      if run.count >= 2 {
        if village || group != nil {
          group = group ?? run[0]
          number = number ?? run[run.count - 1]
        } else if run.count >= 3 {
          building = building ?? run[0]
          entrance = entrance ?? run[1]
          room = room ?? run[2]
        } else if building == nil {
          building = run[0]
          room = room ?? run[1]
        } else {
          entrance = entrance ?? run[0]
          room = room ?? run[1]
        }
        i = j
        continue
      }
      let next: String? = i + 1 < toks.count ? (toks[i + 1].word) : nil
      switch next {
      case "栋": building = building ?? n
      case "单元": entrance = entrance ?? n
      case "组": group = group ?? n
      case "室": room = room ?? n
      case "号":
        if group != nil || village || building == nil {
          number = number ?? n
        } else {
          room = room ?? n
        }
      case "楼": break  // a floor: the room number says it again
      default:
        if group != nil || (village && building == nil) {
          number = number ?? n
        } else if building != nil {
          room = room ?? n
        }
      }
      i += next == nil ? 1 : 2
    }
    return HouseholdAddress(
      building: building, entrance: entrance, room: room, group: group, number: number)
  }
}

extension AddressParser.Token {
  var word: String? {
    if case .word(let w) = self { return w }
    return nil
  }
}
