import ShuoshiCore
import ShuoshiStore

/// The strings of the booth-day screens (report screen, booth session, receipt, first-run
/// form), kept in their own table so they sit in one block of each language file. Reached
/// through `Strings.booth`.
public struct BoothStrings: Sendable {
  // MARK: Report screen
  public let reportTitle: String
  /// The period presets: this session, this week, this month, last month.
  public let presetNames: [String]
  public let scopeWhole: String
  public let scopeUnit: @Sendable (_ name: String) -> String
  public let namesMasked: String
  public let namesShown: String
  public let noSessions: String
  public let sessionPeriod: @Sendable (_ day: String, _ place: String) -> String
  public let lineOf: @Sendable (_ line: Int, _ count: Int) -> String

  // MARK: Booth session
  public let sessionBadge: @Sendable (_ place: String) -> String
  public let sessionOpened: @Sendable (_ place: String) -> String
  public let sessionResumed: @Sendable (_ place: String) -> String
  public let onSpotTitle: String
  public let onSpotMessage: String
  public let onSpotDefault: String

  // MARK: Receipt
  public let receiptTitle: @Sendable (_ id: String) -> String
  public let receiptClose: String
  public let receiptWrite: String
  public let receiptWritten: @Sendable (_ path: String) -> String
  public let receiptNowhere: String

  // MARK: First-run form
  public let setupTitle: String
  public let setupIntro: String
  public let setupSite: String
  public let setupUnit: String
  public let setupOperator: String
  public let setupLaptop: String
  public let setupBoothPlace: String
  public let setupBoothPhone: String
  public let setupDemo: String
  public let setupSitePlaceholder: String
  public let setupUnitPlaceholder: String
  public let setupOperatorPlaceholder: String
  public let setupLaptopPlaceholder: String
  public let setupBoothPlacePlaceholder: String
  public let setupBoothPhonePlaceholder: String
  public let yes: String
  public let no: String
  public let setupHint: String
  public let setupBadSite: String
  public let setupBadLaptop: String
  public let setupNoUnit: String
  public let setupNoOperator: String
  public let setupBadField: @Sendable (SiteSetup.Field, FieldProblem) -> String
  public let setupWhere: @Sendable (_ data: String, _ config: String) -> String
  public let setupWorking: String
  public let setupDemoWorking: String

  /// The problem's words.
  public func message(_ problem: SiteSetup.Problem) -> String {
    switch problem {
    case .badSiteCode: return setupBadSite
    case .badLaptop: return setupBadLaptop
    case .noUnit: return setupNoUnit
    case .noOperator: return setupNoOperator
    case .badField(let field, let problem): return setupBadField(field, problem)
    }
  }
}

extension Strings {
  /// The booth-day screens' strings in this language.
  public var booth: BoothStrings { lang == .zh ? .zh : .en }
}
