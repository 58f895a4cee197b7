import Foundation

/// Turns the rows of an `ImportTable` into typed register rows, collecting a problem (with
/// the line) for every row that cannot be read instead of stopping at the first.
public struct RowReader: Sendable {
  public let file: String
  /// Units the register already has, so an address can name its unit (`六堰社区3栋…`).
  public let knownUnits: [AddressParser.UnitName]
  public private(set) var problems: [ImportProblem] = []

  public init(file: String, knownUnits: [AddressParser.UnitName] = []) {
    self.file = file
    self.knownUnits = knownUnits
  }

  mutating func problem(_ row: ImportRow, _ zh: String, _ en: String) {
    problems.append(ImportProblem(file: file, line: row.line, zh: zh, en: en))
  }

  /// The phone in `column` under the rule intake keeps (`PhoneNumber.check`); a refusal names
  /// the column and says what is expected. `无电话` reads as no phone.
  mutating func phone(_ row: ImportRow, _ column: String = "phone") -> (ok: Bool, value: String?) {
    guard let raw = row[column] else { return (true, nil) }
    guard let p = CellValues.phone(raw) else {
      let label = column == "head_phone" ? ("网格长电话", "head_phone") : ("电话", "phone")
      problem(
        row, "电话“\(raw)”无效（“\(label.0)”一栏）：" + PhoneNumber.expected(.zh),
        "invalid phone \"\(raw)\" (\(label.1) column): " + PhoneNumber.expected(.en))
      return (false, nil)
    }
    return (true, p.isEmpty ? nil : p)
  }

  mutating func flag(_ row: ImportRow, _ column: String, _ label: String) -> (
    ok: Bool, value: Bool?
  ) {
    guard let raw = row[column] else { return (true, nil) }
    guard let v = CellValues.flag(raw) else {
      problem(row, "“\(label)”一栏应填 是/否，而不是“\(raw)”", "\(column) must be yes or no, not \"\(raw)\"")
      return (false, nil)
    }
    return (true, v)
  }

  public mutating func units(_ table: ImportTable) -> [UnitRow] {
    var out: [UnitRow] = []
    for row in table.rows {
      guard let name = row["name"] else {
        problem(row, "名称为空", "the name is empty")
        continue
      }
      var kind: UnitKind?
      if let raw = row["kind"] {
        guard let k = UnitKind(userInput: raw) else {
          problem(row, "类型“\(raw)”无效：应为 社区 或 村", "invalid kind \"\(raw)\": community or village")
          continue
        }
        kind = k
      }
      out.append(UnitRow(line: row.line, name: name, kind: kind, district: row["district"]))
    }
    return out
  }

  public mutating func grids(_ table: ImportTable) -> [GridRow] {
    var out: [GridRow] = []
    for row in table.rows {
      guard let unit = row["unit"] else {
        problem(row, "缺少社区/村", "the unit (community or village) is empty")
        continue
      }
      guard let name = row["grid"] else {
        problem(row, "网格名称为空", "the grid name is empty")
        continue
      }
      let p = phone(row, "head_phone")
      guard p.ok else { continue }
      out.append(
        GridRow(line: row.line, unit: unit, name: name, head: row["head"], headPhone: p.value))
    }
    return out
  }

  public mutating func households(_ table: ImportTable) -> [HouseholdRow] {
    var out: [HouseholdRow] = []
    for row in table.rows {
      let before = problems.count
      guard let name = row["name"] else {
        problem(row, "姓名（户主）为空", "the name (household head) is empty")
        continue
      }
      var unit = row["unit"]
      var address = HouseholdAddress(
        building: row["building"], entrance: row["entrance"], room: row["room"],
        group: row["group"], number: row["number"])
      if let text = row["address"] {
        // With a unit column, only that unit's name is stripped from the address.
        let units =
          unit.map { [AddressParser.UnitName(name: $0, kind: UnitKind.guess(fromName: $0))] }
          ?? knownUnits
        let parsed = AddressParser.parse(text, units: units)
        if unit == nil { unit = parsed.unitName }
        let a = parsed.address
        // Separate columns win over what the address text says.
        address = HouseholdAddress(
          building: address.building ?? a.building, entrance: address.entrance ?? a.entrance,
          room: address.room ?? a.room, group: address.group ?? a.group,
          number: address.number ?? a.number)
      }
      if unit == nil {
        problem(
          row, "缺少社区/村（填“社区/村”一栏，或在地址里写明）",
          "no unit: fill the unit column or name it in the address")
      }
      if !address.isComplete {
        let shown = row["address"] ?? address.text
        problem(
          row, "地址“\(shown)”无法识别：需要 楼栋+房号（如 3栋2单元502）或 组+门牌号（如 3组15号）",
          "cannot read the address \"\(shown)\": need building+room (3栋2单元502) or group+number (3组15号)"
        )
      }
      var members = [HouseholdMember(name: name)]
      if let raw = row["members"] {
        switch CellValues.readMembers(raw) {
        case .success(let more): members += more.filter { $0.name != name }
        case .failure(.phone(let bad)):
          problem(
            row, "电话“\(bad)”无效（“家庭成员”一栏）：" + PhoneNumber.expected(.zh),
            "invalid phone \"\(bad)\" (members column): " + PhoneNumber.expected(.en))
        case .failure(.unreadable):
          problem(
            row, "成员“\(raw)”无法识别：用顿号分隔，电话写在括号里",
            "cannot read members \"\(raw)\": separate with 、, phone in brackets")
        }
      }
      let p = phone(row)
      var flags: [HouseholdFlag: Bool] = [:]
      for (flag, column) in [
        (HouseholdFlag.partyMember, "party_member"), (.veteran, "veteran"),
        (.elderlyAlone, "elderly_alone"), (.lowIncome, "low_income"),
      ] {
        let f = self.flag(row, column, flag.name(.zh))
        if let v = f.value { flags[flag] = v }
      }
      guard problems.count == before, let unit, p.ok else { continue }
      if let phoneValue = p.value, members[0].phone == nil { members[0].phone = phoneValue }
      out.append(
        HouseholdRow(
          line: row.line, unit: unit, grid: row["grid"], address: address, members: members,
          phone: p.value, flags: flags, note: row["note"]))
    }
    return out
  }

  public mutating func people(_ table: ImportTable) -> [PersonRow] {
    var out: [PersonRow] = []
    for row in table.rows {
      let before = problems.count
      guard let name = row["name"] else {
        problem(row, "姓名为空", "the name is empty")
        continue
      }
      var roles: [PersonRole] = []
      for word in CellValues.list(row["role"] ?? "") {
        if let r = PersonRole(userInput: word) {
          roles.append(r)
        } else {
          let known = "网格长、楼栋长、中心户长、居委会/村委会、片区协调人、街道办、党员志愿者"
          problem(
            row, "角色“\(word)”无效（可用：\(known)）", "unknown role \"\(word)\" (see docs/IMPORT.md)")
        }
      }
      if roles.isEmpty, problems.count == before {
        problem(row, "角色为空", "the role is empty")
      }
      let p = phone(row)
      let party = flag(row, "party_member", "党员")
      let veteran = flag(row, "veteran", "退役军人")
      let needsUnit = roles.contains {
        [.gridHead, .buildingHead, .centreHouseholdHead, .committeeStaff].contains($0)
      }
      if needsUnit, row["unit"] == nil {
        problem(
          row, "\(roles.map { $0.name(.zh) }.joined(separator: "、"))需要填写社区/村",
          "this role needs a unit (community or village)")
      }
      guard problems.count == before else { continue }
      let buildings = CellValues.list(row["buildings"] ?? "").compactMap {
        HouseholdAddress.part($0)
      }
      out.append(
        PersonRow(
          line: row.line, name: name, phone: p.value, roles: roles, unit: row["unit"],
          grid: row["grid"], buildings: buildings, district: row["district"],
          partyMember: party.value, veteran: veteran.value))
    }
    return out
  }
}
