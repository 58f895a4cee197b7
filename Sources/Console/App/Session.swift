import Foundation
import ShuoshiCore
import ShuoshiStore

/// The state every screen shares: services, the language's strings, "now", the status line
/// and the queue counts.
final class Session {
  /// Its actor changes when another operator signs in (`App+Lock`).
  var services: ConsoleServices
  let strings: Strings
  let format: CaseFormatter
  /// The time shown and used for the next action; advanced by keys and clock ticks.
  var now: Date
  var status = StatusLine()
  var counts = TabCounts()
  /// Whether the 待办 tab shows only the operator's cases.
  var mineOnly = false
  /// Whether marks (超期, 临期) are also drawn as symbols: the theme has no colours.
  var marksWithSymbols = false
  /// The booth session this console opened or resumed (booth days), shown in the header.
  var booth: BoothSession?
  /// Cases marked in the queue for a batch action.
  var marks = CaseMarks()
  /// The last batch applied, until it is undone or the next one.
  var lastBatch: CaseBatch?

  init(services: ConsoleServices) {
    self.services = services
    self.strings = Strings.for(services.lang)
    self.format = CaseFormatter(
      strings: strings, calendar: services.engine.calendar, rules: services.engine.rules)
    self.now = services.clock.now
  }

  var store: CaseStore { services.store }
  var engine: CaseEngine { services.engine }
  var lang: Lang { services.lang }

  /// The query behind a queue tab now.
  func query(for tab: QueueTab) -> CaseQuery {
    tab.query(
      now: now, calendar: engine.calendar, assignee: mineOnly ? services.actor.name : nil)
  }

  /// The words of a store or engine error in the user's language.
  func message(for error: any Error) -> String {
    if let localized = error as? any LocalizedMessage { return localized.message(lang) }
    return String(describing: error)
  }
}
