import Foundation

/// Which register file is being imported: `shuoshi import units|grids|households|people FILE`.
public enum RegisterFileKind: String, CaseIterable, Sendable {
  case units, grids, households, people

  /// One column a file of this kind may have: its canonical (English) name, the headers
  /// accepted for it, and whether it must be there. Documented in docs/IMPORT.md.
  public struct Column: Sendable, Equatable {
    public var name: String
    public var headers: [String]
    public var required: Bool

    /// The bounds a cell of this column keeps (`FieldKind`, shared with intake and bundles).
    public var field: FieldKind {
      switch name {
      case "name", "head": return .name
      case "phone", "head_phone": return .phone
      case "address": return .address
      // Members are a list of names, often one per line of the cell (Alt+Enter in a sheet):
      // line breaks allowed; the import's cell cap bounds it.
      case "members", "note": return .text
      default: return .label
      }
    }
  }

  static let unitAliases = [
    "社区/村", "社区", "村", "村居", "村(居)", "社区（村）", "社区(村)", "单位", "所属社区", "所属村", "所属社区/村", "unit",
    "community", "village",
  ]
  static let gridAliases = ["网格", "网格名称", "所属网格", "网格名", "grid"]
  static let phoneAliases = [
    "电话", "联系电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "phone", "mobile", "tel",
  ]

  /// The columns of this kind, in the order the docs list them.
  public var columns: [Column] {
    switch self {
    case .units:
      return [
        Column(
          name: "name", headers: ["名称", "社区/村", "社区", "村", "单位", "单位名称", "name", "unit"],
          required: true),
        Column(name: "kind", headers: ["类型", "类别", "kind", "type"], required: false),
        Column(name: "district", headers: ["片区", "所属片区", "district"], required: false),
      ]
    case .grids:
      return [
        Column(name: "unit", headers: Self.unitAliases, required: true),
        Column(name: "grid", headers: Self.gridAliases + ["名称", "name"], required: true),
        Column(name: "head", headers: ["网格长", "网格长姓名", "网格员", "head"], required: false),
        Column(
          name: "head_phone",
          headers: ["网格长电话", "网格长联系电话", "网格长手机"] + Self.phoneAliases + ["head_phone"],
          required: false),
      ]
    case .households:
      return [
        Column(name: "unit", headers: Self.unitAliases, required: false),
        Column(name: "grid", headers: Self.gridAliases, required: false),
        Column(
          name: "address", headers: ["地址", "住址", "家庭住址", "详细地址", "现住址", "address"], required: false),
        Column(
          name: "building", headers: ["楼栋", "楼栋号", "楼号", "栋", "幢", "building"], required: false),
        Column(name: "entrance", headers: ["单元", "单元号", "entrance"], required: false),
        Column(name: "room", headers: ["房号", "房间号", "室", "room"], required: false),
        Column(name: "group", headers: ["组", "村民小组", "小组", "组别", "group"], required: false),
        Column(name: "number", headers: ["门牌号", "门牌", "户号", "number"], required: false),
        Column(name: "name", headers: ["姓名", "户主", "户主姓名", "name", "head"], required: true),
        Column(name: "members", headers: ["成员", "家庭成员", "其他成员", "members"], required: false),
        Column(name: "phone", headers: Self.phoneAliases, required: false),
        Column(
          name: "party_member", headers: ["党员", "党员户", "是否党员", "party_member"], required: false),
        Column(name: "veteran", headers: ["退役军人", "是否退役军人", "veteran"], required: false),
        Column(
          name: "elderly_alone", headers: ["独居老人", "独居", "空巢独居", "elderly_alone"], required: false),
        Column(name: "low_income", headers: ["低保", "低保户", "是否低保", "low_income"], required: false),
        Column(name: "note", headers: ["备注", "说明", "note"], required: false),
      ]
    case .people:
      return [
        Column(name: "name", headers: ["姓名", "name"], required: true),
        Column(name: "phone", headers: Self.phoneAliases, required: false),
        Column(name: "role", headers: ["角色", "职务", "身份", "岗位", "role", "roles"], required: true),
        Column(name: "unit", headers: Self.unitAliases, required: false),
        Column(name: "grid", headers: Self.gridAliases, required: false),
        Column(
          name: "buildings", headers: ["负责楼栋", "负责组", "楼栋", "组", "包联楼栋", "buildings"],
          required: false),
        Column(name: "district", headers: ["片区", "负责片区", "district"], required: false),
        Column(name: "party_member", headers: ["党员", "是否党员", "party_member"], required: false),
        Column(name: "veteran", headers: ["退役军人", "是否退役军人", "veteran"], required: false),
      ]
    }
  }

  /// A header as written, reduced for comparison: no spaces or required-marks (`*`),
  /// half-width, lower case (`联系电话 *` → `联系电话`).
  public static func normalizeHeader(_ raw: String) -> String {
    AddressNormalizer.halfWidth(raw).replacingOccurrences(of: "\u{FEFF}", with: "")
      .filter { !$0.isWhitespace && $0 != "*" }.lowercased()
  }

  /// The header without a trailing note in brackets (`电话(手机)` → `电话`), or nil.
  static func withoutNote(_ normalized: String) -> String? {
    guard normalized.hasSuffix(")"), let open = normalized.firstIndex(of: "("),
      open != normalized.startIndex
    else { return nil }
    return String(normalized[..<open])
  }

  /// The column a header names, or nil when this kind has none such.
  public func column(forHeader raw: String) -> Column? {
    let h = Self.normalizeHeader(raw)
    for candidate in [h, Self.withoutNote(h)].compactMap({ $0 }) {
      if let c = columns.first(where: {
        $0.headers.contains { Self.normalizeHeader($0) == candidate }
      }) {
        return c
      }
    }
    return nil
  }
}
