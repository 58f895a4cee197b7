/// The themes compiled into the binary. `themes/default.yaml` and `themes/mono.yaml` spell
/// the same styles out (a test keeps them equal), for users to copy and edit.
extension Theme {
  /// The default theme, for dark and light terminals alike: mostly the terminal's own
  /// colours, with colour bars for headers, selection and status.
  public static let builtinDefault = Theme(
    name: "default",
    styles: [
      .normal: Style(),
      .header: Style(.brightWhite, on: .blue, .bold),
      .title: Style(.cyan, on: .terminalDefault, .bold),
      .tab: Style(.white, on: .indexed(236)),
      .tabActive: Style(.black, on: .cyan, .bold),
      .selected: Style(.black, on: .cyan),
      .muted: Style(.brightBlack),
      .warning: Style(.yellow, on: .terminalDefault, .bold),
      .urgent: Style(.brightWhite, on: .red, .bold),
      .error: Style(.brightRed, on: .terminalDefault, .bold),
      .success: Style(.green),
      .status: Style(.black, on: .white),
      .hint: Style(),
      .hintKey: Style(.black, on: .cyan),
      .dialog: Style(.black, on: .white),
      .dialogTitle: Style(.blue, on: .white, .bold),
      .border: Style(.brightBlack),
      .input: Style(.brightWhite, on: .indexed(238)),
      .inputFocused: Style(.brightWhite, on: .indexed(24), .bold),
      .label: Style(.cyan),
      .tierHousehold: Style(.green),
      .tierResidence: Style(.cyan),
      .tierDistrict: Style(.yellow),
      .tierStreet: Style(.magenta, on: .terminalDefault, .bold),
      .chart: Style(.cyan, on: .terminalDefault, .reverse),
      .late: Style(.brightRed, on: .terminalDefault, .bold),
      .dueSoon: Style(.yellow),
      .warningYellow: Style(.yellow, on: .terminalDefault, .bold),
      .warningOrange: Style(.indexed(208), on: .terminalDefault, .bold),
      .warningRed: Style(.brightWhite, on: .red, .bold),
    ])

  /// Attributes only, no colours: for `NO_COLOR` and terminals with fewer than 8 colours.
  public static let mono = Theme(
    name: "mono",
    styles: [
      .normal: Style(),
      .header: .attributes([.bold, .reverse]),
      .title: .attributes(.bold),
      .tab: Style(),
      .tabActive: .attributes([.bold, .reverse]),
      .selected: .attributes(.reverse),
      .muted: .attributes(.dim),
      .warning: .attributes(.bold),
      .urgent: .attributes([.bold, .underline]),
      .error: .attributes([.bold, .reverse]),
      .success: .attributes(.bold),
      .status: .attributes(.reverse),
      .hint: Style(),
      .hintKey: .attributes(.reverse),
      .dialog: Style(),
      .dialogTitle: .attributes(.bold),
      .border: Style(),
      .input: .attributes(.underline),
      .inputFocused: .attributes([.bold, .underline]),
      .label: .attributes(.bold),
      .tierHousehold: Style(),
      .tierResidence: Style(),
      .tierDistrict: .attributes(.underline),
      .tierStreet: .attributes(.bold),
      .chart: .attributes(.reverse),
      .late: .attributes([.bold, .reverse]),
      .dueSoon: .attributes(.underline),
      .warningYellow: .attributes(.underline),
      .warningOrange: .attributes(.bold),
      .warningRed: .attributes([.bold, .reverse]),
    ])

  /// A built-in theme by name (`default` or `mono`).
  public static func builtin(named name: String) -> Theme? {
    switch name {
    case "default": return .builtinDefault
    case "mono": return .mono
    default: return nil
    }
  }
}
