import Foundation
import ShuoshiCore
import ShuoshiStore

/// What a command needs: the store, the engine, who acts, the language, and "now".
struct AppContext {
  let lang: Lang
  let environment: [String: String]
  /// The settings in effect: personal ones from the user's config, the site's from the data
  /// directory (`UserConfig.effective`).
  let userConfig: UserConfig
  let directory: DataDirectory
  let resources: Resources
  /// Who acts: the operator who signed in, or (without a keyring) the free-text name.
  var actor: Actor
  /// Set by `signIn` when the data directory has operators who sign in.
  var signedIn: SignedInOperator?
  /// `--operator`, else `$SHUOSHI_OPERATOR`.
  let requestedOperator: String?
  let pinFile: String?
  let siteCode: String
  let clock: any WallClock

  init(_ global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
  {
    self.environment = environment
    let directory = DataDirectory.resolve(flag: global.data, environment: environment)
    // The site's settings from the data directory, the person's from the user's config.
    let config = UserConfig.load(environment: environment).effective(for: directory)
    self.userConfig = config
    self.lang = Lang.resolve(flag: global.lang ?? config.lang, environment: environment)
    self.directory = directory
    self.resources = Resources.locate(environment: environment)
    self.requestedOperator = global.operatorName ?? environment["SHUOSHI_OPERATOR"]
    self.pinFile = global.pinFile
    let name = requestedOperator ?? config.operatorName ?? environment["USER"] ?? "operator"
    self.actor = Actor(name)
    self.siteCode = global.site ?? config.siteCode ?? "SS"
    self.clock = AppContext.clock(environment)
  }

  /// `SHUOSHI_NOW` (ISO 8601) pins the clock, for tests and demos of a given day.
  static func clock(_ environment: [String: String]) -> any WallClock {
    if let pinned = environment["SHUOSHI_NOW"], let date = ISOTimestamp.parse(pinned) {
      return FixedClock(date)
    }
    return SystemClock()
  }

  var now: Date { clock.now }

  /// The engine, its calendar in the site's time zone (Beijing time unless `time_zone` says
  /// otherwise), whatever the machine's `TZ`.
  func engine() throws -> CaseEngine {
    let (zone, unknown) = userConfig.siteTimeZone
    if let unknown {
      Stderr.warn(OutputStrings.forLang(lang).unknownTimeZone(unknown, zone.identifier))
    }
    return try ConfigFiles(resources: resources).engine(timeZone: zone)
  }

  /// The engine for a command that computes deadlines: when the coming 30 days reach a
  /// provisional calendar year, says so once on stderr (one note per run, the CLI's session).
  func deadlineEngine() throws -> CaseEngine {
    let engine = try engine()
    let years = engine.calendar.provisionalYears(from: now, to: now + 30 * 86_400)
    if !years.isEmpty { Stderr.warn(CalendarStrings.forLang(lang).provisionalNote(years)) }
    return engine
  }

  /// The site data key (issue 16): the signed-in operator's, unwrapped from the keyring; for
  /// scripts and tests without a keyring, the raw key in `$SHUOSHI_DATA_KEY_FILE`.
  func siteKey() throws -> StoreEncryption? {
    if let fromFile = try StoreEncryption.fromKeyFile(environment: environment) { return fromFile }
    guard let person = signedIn else { return nil }
    return try StoreEncryption(dataKey: person.dataKey)
  }

  /// The key the store opens with: the site key where the directory is encrypted (or where a
  /// key file names one: a new directory is then created encrypted); nil for a plain one.
  func dataKey() throws -> StoreEncryption? {
    if let fromFile = try StoreEncryption.fromKeyFile(environment: environment) { return fromFile }
    guard StoreEncryption.isEncrypted(directory) else { return nil }
    return try siteKey()
  }

  func openStore(create: Bool = true) throws -> CaseStore {
    let store = try CaseStore.open(
      directory, siteCode: siteCode, create: create, encryption: try dataKey())
    for loose in directory.looserPermissions() {
      Stderr.warn(OutputStrings.forLang(lang).looserPermissions(loose))
    }
    return store
  }
}
