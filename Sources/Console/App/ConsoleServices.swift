import ShuoshiCore
import ShuoshiStore

/// What the console works with, handed over by the launcher (or a test): the store and
/// engine, who is on duty, where the data lives, the clock, the language and the keys.
public struct ConsoleServices {
  public let store: CaseStore
  public let engine: CaseEngine
  /// Recorded on every event the worker makes.
  public let actor: Actor
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

  public init(
    store: CaseStore, engine: CaseEngine, actor: Actor, systemActor: Actor, dataPath: String,
    clock: any WallClock, lang: Lang, keymap: ConsoleKeymap
  ) {
    self.store = store
    self.engine = engine
    self.actor = actor
    self.systemActor = systemActor
    self.dataPath = dataPath
    self.clock = clock
    self.lang = lang
    self.keymap = keymap
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
