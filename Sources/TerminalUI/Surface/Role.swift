/// The name of a theme role: what a cell *is* (a header, a warning, the selected row), not
/// what colour it has. Themes map roles to styles; unknown roles fall back to `normal`.
///
/// Apps may define their own roles (`Role("myRole")`); a theme that does not name them
/// draws them like `normal`.
public struct Role: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The name used in theme files, e.g. `tabActive`.
  public let name: String

  public init(_ name: String) {
    self.name = name
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }

  public var description: String { name }

  /// Ordinary text.
  public static let normal = Role("normal")
  /// The top bar of a screen.
  public static let header = Role("header")
  /// A screen or section title.
  public static let title = Role("title")
  /// An inactive tab.
  public static let tab = Role("tab")
  /// The active tab.
  public static let tabActive = Role("tabActive")
  /// The selected row of a list.
  public static let selected = Role("selected")
  /// Secondary, de-emphasised text.
  public static let muted = Role("muted")
  /// A warning, e.g. an overdue case.
  public static let warning = Role("warning")
  /// Something urgent that needs action now.
  public static let urgent = Role("urgent")
  /// An error message.
  public static let error = Role("error")
  /// A success message.
  public static let success = Role("success")
  /// The status bar.
  public static let status = Role("status")
  /// Hint-bar summaries.
  public static let hint = Role("hint")
  /// Hint-bar key labels.
  public static let hintKey = Role("hintKey")
  /// The inside of a dialog.
  public static let dialog = Role("dialog")
  /// A dialog's title.
  public static let dialogTitle = Role("dialogTitle")
  /// Box-drawing borders.
  public static let border = Role("border")
  /// A text input that does not have focus.
  public static let input = Role("input")
  /// The text input that has focus.
  public static let inputFocused = Role("inputFocused")
  /// A field label in a form or detail screen.
  public static let label = Role("label")
  /// Tier badge: household (小事不出户).
  public static let tierHousehold = Role("tierHousehold")
  /// Tier badge: residence (大事不出村居).
  public static let tierResidence = Role("tierResidence")
  /// Tier badge: district (难事不出片区).
  public static let tierDistrict = Role("tierDistrict")
  /// Tier badge: street (上交).
  public static let tierStreet = Role("tierStreet")
  /// Bars of a chart in reports.
  public static let chart = Role("chart")
  /// Late (超期): the red of a 台账.
  public static let late = Role("late")
  /// Due soon (临期): the yellow of a 台账.
  public static let dueSoon = Role("dueSoon")
  /// 预警 levels: 黄, 橙, 红 (mono themes add a symbol: `·`, `!`, `!!`).
  public static let warningYellow = Role("warningYellow")
  public static let warningOrange = Role("warningOrange")
  public static let warningRed = Role("warningRed")

  /// Every role the toolkit and its themes know, in theme-file order.
  public static let standard: [Role] = [
    .normal, .header, .title, .tab, .tabActive, .selected, .muted, .warning, .urgent, .error,
    .success, .status, .hint, .hintKey, .dialog, .dialogTitle, .border, .input, .inputFocused,
    .label, .tierHousehold, .tierResidence, .tierDistrict, .tierStreet, .chart, .late, .dueSoon,
    .warningYellow, .warningOrange, .warningRed,
  ]
}
