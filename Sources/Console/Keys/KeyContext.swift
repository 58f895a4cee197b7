/// Where a key is pressed. Each screen names one context; `generic` is tried after it.
///
/// The raw value is the context's name in `data/keys.yaml`.
public enum KeyContext: String, CaseIterable, Sendable {
  /// Every screen, after its own context.
  case generic
  /// The queue (and the help screen's scrolling).
  case list
  /// One case: its fields, history and actions.
  case detail
  /// The intake form. Its text fields take printable keys first.
  case form
  /// Search as you type. The search field takes printable keys first.
  case search
  /// The report screen: periods, scope, scrolling.
  case report
  /// Conflicts between laptops, to settle.
  case conflicts
  /// 预警: the warnings and one warning's evidence.
  case warnings

  /// True where a focused text field takes printable characters before the keymap, so a
  /// letter or digit bound here fires only when no field has focus.
  public var hasTextField: Bool { self == .form || self == .search }
}
