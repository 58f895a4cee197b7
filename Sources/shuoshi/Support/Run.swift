import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// Runs a command body, turning our errors into a message on stderr in the user's language
/// and a non-zero exit code.
enum Run {
  /// `signIn: false` for the commands that read no data (help, keys, triage) or set sign-in
  /// up themselves (`init`, `operator`).
  static func guarded(
    _ global: GlobalOptions, signIn: Bool = true, _ body: (AppContext) throws -> Void
  ) throws {
    umask(0o077)  // data files are private: residents' names and phones live in them
    var context = AppContext(global)
    do {
      if signIn { try context.signIn() }
      // The operator (--operator, the settings file, $USER) is written into every event.
      if let problem = FieldKind.name.problem(in: context.actor.name) {
        throw UsageProblem(
          zh: problem.message(field: "值班人员", .zh), en: problem.message(field: "the operator", .en))
      }
      try body(context)
    } catch let error as ExitCode {
      throw error
    } catch let error as CleanExit {
      throw error
    } catch let error as KeyringError {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(error.exitCode)
    } catch let error as StoreError {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(error.exitCode)
    } catch let error as LedgerError {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(error.exitCode)
    } catch let error as EngineError {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(4)
    } catch let error as ConfigError {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(7)
    } catch let error as HubSyncError {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(error.exitCode)
    } catch let error as UsageProblem {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(2)
    } catch let error as LocalizedMessage {
      Stderr.error(error.message(context.lang), context.lang)
      throw ExitCode(1)
    }
  }
}

/// A bad argument value, explained in both languages.
struct UsageProblem: LocalizedMessage {
  let zh: String
  let en: String
  func message(_ lang: Lang) -> String { lang == .zh ? zh : en }
}

/// Messages to stderr (data goes to stdout), sanitised like stdout: they can quote ids and
/// names from stored text.
enum Stderr {
  static func error(_ message: String, _ lang: Lang) {
    let prefix = OutputStrings.forLang(lang).errorPrefix
    TerminalOutput.write(prefix + message + "\n", to: .standardError)
  }
  static func warn(_ message: String) {
    TerminalOutput.write(message + "\n", to: .standardError)
  }
}
