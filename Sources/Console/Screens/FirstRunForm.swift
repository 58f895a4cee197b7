import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The first-run form: shown by the launcher instead of the queue when the console starts
/// and no data directory exists. It asks for the site code, the community or village, the
/// operator on duty, this laptop's letter, the booth's place and phone (printed on receipts)
/// and whether to load the demo; saving checks the answers and sets the
/// laptop up exactly as `shuoshi init` does (`SiteSetup`): the settings file, then the store.
/// Esc leaves without creating anything.
///
/// It runs before there is a store, so it is not a `Screen` of the app: the launcher hands it
/// keys and frames until `outcome` is no longer `.editing`.
public final class FirstRunForm {
  public enum Outcome {
    case editing
    /// Esc: nothing was written.
    case cancelled
    /// The settings file is written and the store created.
    case saved(CaseStore, loadDemo: Bool)
  }

  enum Field: Int, CaseIterable {
    case site, unit, operatorName, laptop, boothPlace, boothPhone, demo
  }

  public private(set) var outcome: Outcome = .editing
  private(set) var fields: [TextField]
  private(set) var focus = Field.site
  private(set) var loadDemo = false
  /// The last refusal (a bad site code, a missing answer, a store error).
  public private(set) var error: String?
  /// Shown instead of the hint while the launcher works (creating the demo).
  public var working: String?

  private let strings: Strings
  private let keymap: ConsoleKeymap
  private let directory: DataDirectory
  private let environment: [String: String]
  private let config: UserConfig

  /// `config` is the settings file as it stands (its answers prefill the form).
  public init(
    lang: Lang, keymap: ConsoleKeymap, directory: DataDirectory, environment: [String: String],
    config: UserConfig, site: String? = nil, operatorName: String? = nil
  ) {
    strings = Strings.for(lang)
    self.keymap = keymap
    self.directory = directory
    self.environment = environment
    self.config = config
    let b = strings.booth
    fields = [
      TextField(text: site ?? config.siteCode ?? "", placeholder: b.setupSitePlaceholder),
      TextField(text: config.unitName ?? "", placeholder: b.setupUnitPlaceholder),
      TextField(
        text: operatorName ?? config.operatorName ?? "", placeholder: b.setupOperatorPlaceholder),
      // A: the first laptop of a site; the second one changes it (bundles refuse a letter
      // two laptops claim).
      TextField(text: "A", placeholder: b.setupLaptopPlaceholder),
      TextField(text: config.boothPlace ?? "", placeholder: b.setupBoothPlacePlaceholder),
      TextField(text: config.boothPhone ?? "", placeholder: b.setupBoothPhonePlaceholder),
    ]
  }

  /// Whether the console should ask: no data directory yet, and none named on the command
  /// line or in `$SHUOSHI_DATA` (naming one, as scripts and tests do, asks for it as it is).
  public static func isNeeded(
    directory: DataDirectory, named: Bool, environment: [String: String]
  ) -> Bool {
    let explicit = named || !(environment["SHUOSHI_DATA"] ?? "").isEmpty
    return !explicit && !FileManager.default.fileExists(atPath: directory.path)
  }

  /// The typed answer of a text field.
  func text(_ field: Field) -> String { field == .demo ? "" : fields[field.rawValue].text }

  public func handle(_ key: Key) {
    guard case .editing = outcome else { return }
    error = nil
    if focus == .demo {
      switch key {
      case .char(" "), .left, .right:
        loadDemo.toggle()
        return
      case .char("y"), .char("Y"), .char("是"):
        loadDemo = true
        return
      case .char("n"), .char("N"), .char("否"):
        loadDemo = false
        return
      default: break
      }
    } else if fields[focus.rawValue].handle(key) {
      return
    }
    switch keymap.command(for: key, in: .form) {
    case .save?: save()
    case .nextField?: move(1)
    case .previousField?: move(-1)
    case .back?, .quit?: outcome = .cancelled
    default: break
    }
  }

  /// Types `text` key by key, as an input method delivers it.
  public func type(_ text: String) {
    for ch in text { handle(.char(ch)) }
  }

  private func move(_ step: Int) {
    let all = Field.allCases
    focus = all[(focus.rawValue + step + all.count) % all.count]
  }

  private func save() {
    let setup = SiteSetup(
      siteCode: text(.site), unitName: text(.unit), operatorName: text(.operatorName),
      laptop: text(.laptop), boothPhone: text(.boothPhone), boothPlace: text(.boothPlace))
    if let problem = setup.problem() {
      error = strings.booth.message(problem)
      switch problem {
      case .badSiteCode: focus = .site
      case .badLaptop: focus = .laptop
      case .noUnit: focus = .unit
      case .noOperator: focus = .operatorName
      case .badField(let field, _):
        let at: [SiteSetup.Field: Field] = [
          .unit: .unit, .operatorName: .operatorName, .boothPhone: .boothPhone,
          .boothPlace: .boothPlace,
        ]
        focus = at[field] ?? .site
      }
      return
    }
    do {
      let store = try setup.apply(over: config, directory: directory, environment: environment)
      outcome = .saved(store, loadDemo: loadDemo)
    } catch {
      self.error = error.message(strings.lang)
    }
  }

  // MARK: - Drawing

  public func render(on surface: any Surface) {
    surface.cursor = nil
    let layout = Layout(minimum: App.minimumSize)
    if layout.isTooSmall(surface.size) {
      layout.renderTooSmall(on: surface)
      return
    }
    surface.clear()
    let b = strings.booth
    let bounds = surface.bounds
    StatusBar(left: [Segment(strings.appName + " · " + b.setupTitle)], right: [], role: .header)
      .render(on: surface, in: bounds.row(0))
    let width = min(bounds.width - 4, 76)
    let x = (bounds.width - width) / 2
    var y = 2
    for line in b.setupIntro.wrapped(to: width) {
      surface.put(line, at: Point(x: x, y: y), role: .muted)
      y += 1
    }
    y += 1
    let labels = [
      b.setupSite, b.setupUnit, b.setupOperator, b.setupLaptop, b.setupBoothPlace,
      b.setupBoothPhone, b.setupDemo,
    ]
    let labelWidth = labels.map(\.displayWidth).max() ?? 0
    var cursor: Point?
    for field in Field.allCases {
      let focused = field == focus
      surface.put(
        labels[field.rawValue], at: Point(x: x, y: y), role: focused ? .title : .label,
        maxWidth: width)
      let fx = x + labelWidth + 2
      let rect = Rect(x: fx, y: y, width: max(10, width - labelWidth - 2), height: 1)
      if field == .demo {
        let choice = loadDemo ? "[\(b.yes)]  \(b.no) " : " \(b.yes)  [\(b.no)]"
        surface.put(choice, at: rect.origin, role: focused ? .inputFocused : .input)
      } else {
        fields[field.rawValue].render(on: surface, in: rect, focused: focused)
        if focused { cursor = surface.cursor }
      }
      y += 2
    }
    if let error {
      surface.put(error, at: Point(x: x, y: y), role: .error, maxWidth: width)
    }
    y += 2
    let paths = b.setupWhere(directory.path, SiteSettings.url(in: directory).path)
    for line in paths.split(separator: "\n") where y < bounds.maxY - 1 {
      surface.put(String(line), at: Point(x: x, y: y), role: .muted, maxWidth: width)
      y += 1
    }
    let bottom = working ?? b.setupHint
    StatusBar(
      left: [Segment(bottom, role: working == nil ? .status : .warning)], right: [], role: .status
    )
    .render(on: surface, in: bounds.row(bounds.maxY - 1))
    surface.cursor = working == nil ? cursor : nil
  }
}
