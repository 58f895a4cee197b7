import Foundation
import ShuoshiCore

/// Setting a laptop up (`shuoshi init`, and the console's first-run form): the answers are
/// checked the same way, written to the settings file, and the data directory is created with
/// the site code. One place, so the command line and the form cannot drift apart.
public struct SiteSetup: Sendable, Equatable {
  /// Why the answers cannot be saved.
  public enum Problem: Error, Equatable, Sendable {
    case badSiteCode
    case noUnit
    case noOperator
    /// The unit or operator name is over its bound or carries a control character: the
    /// operator is written into every event this laptop makes.
    case badField(Field, FieldProblem)
  }

  /// The free-text answers.
  public enum Field: Sendable, Equatable {
    case unit, operatorName
  }

  public var siteCode: String
  public var unitName: String
  public var operatorName: String
  public var boothPhone: String?

  public init(siteCode: String, unitName: String, operatorName: String, boothPhone: String? = nil) {
    self.siteCode = siteCode.trimmingCharacters(in: .whitespaces).uppercased()
    self.unitName = unitName.trimmingCharacters(in: .whitespaces)
    self.operatorName = operatorName.trimmingCharacters(in: .whitespaces)
    self.boothPhone = boothPhone
  }

  /// Site codes appear in every case id, so they are short and plain: 2–6 ASCII letters or
  /// digits (`HJ`, `LY01`).
  public static func isValidSiteCode(_ s: String) -> Bool { IDFormat.isSiteCode(s) }

  /// The first problem with the answers, if any.
  public func problem(requireUnit: Bool = true) -> Problem? {
    if !Self.isValidSiteCode(siteCode) { return .badSiteCode }
    if requireUnit && unitName.isEmpty { return .noUnit }
    if operatorName.isEmpty { return .noOperator }
    if let p = FieldKind.label.problem(in: unitName) { return .badField(.unit, p) }
    if let p = FieldKind.name.problem(in: operatorName) { return .badField(.operatorName, p) }
    return nil
  }

  /// Writes the answers over `config` into the settings file, then opens (creating) the store
  /// in `directory` with the site code. An existing data directory keeps its own site code.
  public func apply(
    over config: UserConfig, directory: DataDirectory, environment: [String: String]
  ) throws(StoreError) -> CaseStore {
    var config = config
    config.siteCode = siteCode
    if !unitName.isEmpty { config.unitName = unitName }
    config.operatorName = operatorName
    config.boothPhone = boothPhone ?? config.boothPhone
    try config.save(environment: environment)
    return try CaseStore.open(directory, siteCode: siteCode)
  }
}
