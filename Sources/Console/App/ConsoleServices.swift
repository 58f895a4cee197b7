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
