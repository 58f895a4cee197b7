import Foundation
import ShuoshiCore
import ShuoshiStore

/// What the console works with, handed over by the launcher (or a test): the store and
/// engine, who is on duty, where the data lives, the clock, the language and the keys.
public struct ConsoleServices {
  public let store: CaseStore
  public let engine: CaseEngine
  /// Recorded on every event the worker makes; the operator who signed in, when they do.
  public var actor: Actor
  /// Recorded on the sweep's escalations.
  public let systemActor: Actor
  /// The data directory as shown in the status line.
  public let dataPath: String
  public let clock: any WallClock
  public let lang: Lang
  public let keymap: ConsoleKeymap
  /// The character → pinyin table for the person picker (`zs` → 张三), read on first use;
  /// without it names still match by their characters.
  public var pinyin: LazyPinyin?
  /// The booth's settings: sessions, receipts.
  public let booth: BoothSettings
  /// Operators who sign in, and the screen lock; nil: neither (no keyring).
  public var signIn: ConsoleSignIn?
  /// Syncing with the street office hub in the background; nil: not enrolled (no hub.json).
  public var hubSync: BackgroundSync?

  public init(
    store: CaseStore, engine: CaseEngine, actor: Actor, systemActor: Actor, dataPath: String,
    clock: any WallClock, lang: Lang, keymap: ConsoleKeymap, booth: BoothSettings = BoothSettings()
  ) {
    self.store = store
    self.engine = engine
    self.actor = actor
    self.systemActor = systemActor
    self.dataPath = dataPath
    self.clock = clock
    self.lang = lang
    self.keymap = keymap
    self.booth = booth
  }
}

/// What the console knows about the booth, from the settings file (`shuoshi init`).
public struct BoothSettings: Sendable {
  /// Start or resume the day's booth session when the console opens on a booth day (the
  /// launcher turns this on; screen tests that do not test sessions leave it off).
  public var opensSessions: Bool
  /// The community or village; the session's place and the receipt's heading.
  public var unitName: String?
  /// Printed on receipts.
  public var phone: String?
  /// Where the booth is, printed on receipts.
  public var place: String?
  /// Where receipt files are written (nil: receipts are shown, not written).
  public var receiptsDirectory: URL?

  public init(
    opensSessions: Bool = false, unitName: String? = nil, phone: String? = nil,
    receiptsDirectory: URL? = nil, place: String? = nil
  ) {
    self.opensSessions = opensSessions
    self.unitName = unitName
    self.phone = phone
    self.place = place
    self.receiptsDirectory = receiptsDirectory
  }
}

/// The pinyin table, read when the person picker first opens rather than at start-up (the
/// file is a quarter of a megabyte).
public final class LazyPinyin {
  private let load: () -> PinyinTable?
  private var loaded: PinyinTable??

  public init(_ load: @escaping () -> PinyinTable?) {
    self.load = load
  }

  public var table: PinyinTable? {
    if let loaded { return loaded }
    let table = load()
    loaded = .some(table)
    return table
  }
}
