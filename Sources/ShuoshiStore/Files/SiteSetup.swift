import Foundation
import ShuoshiCore

/// Setting a laptop up (`shuoshi init`, and the console's first-run form): the answers are
/// checked the same way, written to the settings file, and the data directory is created with
/// the site code. One place, so the command line and the form cannot drift apart.
public struct SiteSetup: Sendable, Equatable {
  /// Why the answers cannot be saved.
  public enum Problem: Error, Equatable, Sendable {
    case badSiteCode
    /// The laptop's letter is not one capital letter or digit.
    case badLaptop
    case noUnit
    case noOperator
    /// The unit or operator name is over its bound or carries a control character: the
    /// operator is written into every event this laptop makes.
    case badField(Field, FieldProblem)
  }

  /// The free-text answers.
  public enum Field: Sendable, Equatable {
    case unit, operatorName, boothPhone, boothPlace
  }

  public var siteCode: String
  public var unitName: String
  public var operatorName: String
  /// This laptop's letter within the site (`A` in `HJ-A-20261207-001`); nil keeps what the
  /// data directory has (a directory made before letters keeps issuing the old ids).
  public var laptop: String?
  /// The booth's phone and place, printed on receipts ("凭编号到 <place> 或致电 <phone> 查询").
  public var boothPhone: String?
  public var boothPlace: String?

  public init(
    siteCode: String, unitName: String, operatorName: String, laptop: String? = nil,
    boothPhone: String? = nil, boothPlace: String? = nil
  ) {
    func trimmed(_ s: String?) -> String? {
      s.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }
    self.siteCode = siteCode.trimmingCharacters(in: .whitespaces).uppercased()
    self.unitName = unitName.trimmingCharacters(in: .whitespaces)
    self.operatorName = operatorName.trimmingCharacters(in: .whitespaces)
    self.laptop = trimmed(laptop)?.uppercased()
    self.boothPhone = trimmed(boothPhone)
    self.boothPlace = trimmed(boothPlace)
  }

  /// Site codes appear in every case id, so they are short and plain: 2–6 ASCII letters or
  /// digits (`HJ`, `LY01`).
  public static func isValidSiteCode(_ s: String) -> Bool { IDFormat.isSiteCode(s) }

  /// The first problem with the answers, if any.
  public func problem(requireUnit: Bool = true) -> Problem? {
    if !Self.isValidSiteCode(siteCode) { return .badSiteCode }
    if requireUnit && unitName.isEmpty { return .noUnit }
    if let laptop, !IDFormat.isLaptopLetter(laptop) { return .badLaptop }
    if operatorName.isEmpty { return .noOperator }
    if let p = FieldKind.label.problem(in: unitName) { return .badField(.unit, p) }
    if let p = FieldKind.name.problem(in: operatorName) { return .badField(.operatorName, p) }
    if let phone = boothPhone, PhoneNumber.check(phone) == nil {
      return .badField(.boothPhone, .notAPhoneNumber)
    }
    if let place = boothPlace, let p = FieldKind.label.problem(in: place) {
      return .badField(.boothPlace, p)
    }
    return nil
  }

  /// Opens (creating) the store in `directory` with the site code and laptop letter, then
  /// writes the answers over `config` (the settings in effect): the site's into the data
  /// directory (`SiteSettings`), the personal ones into the user's config — which loses the
  /// site settings an earlier release kept there, now in the data directory. An existing data
  /// directory keeps its own site code; it takes the letter unless another laptop's cases here
  /// already carry it (`StoreError.laptopTaken`, thrown before any settings are written).
  public func apply(
    over config: UserConfig, directory: DataDirectory, environment: [String: String],
    encryption: StoreEncryption? = nil
  ) throws(StoreError) -> CaseStore {
    var config = config
    config.siteCode = siteCode
    if !unitName.isEmpty { config.unitName = unitName }
    config.operatorName = operatorName
    config.boothPhone = boothPhone ?? config.boothPhone
    config.boothPlace = boothPlace ?? config.boothPlace
    let store = try CaseStore.open(
      directory, siteCode: siteCode, laptop: laptop, encryption: encryption)
    if let laptop, store.info.laptop != laptop {
      if let holder = try store.laptopHolder(laptop) {
        throw .laptopTaken(letter: laptop, device: String(holder.prefix(8)))
      }
      try store.setLaptop(laptop)
    }
    config.siteCode = store.info.siteCode
    // Written out, so the setting is there to see and change.
    config.timeZone = config.timeZone ?? SiteSettings.defaultTimeZone
    try config.site.save(in: directory)
    try config.personal.save(environment: environment)
    return try CaseStore.open(directory, siteCode: siteCode, encryption: encryption)
  }
}
