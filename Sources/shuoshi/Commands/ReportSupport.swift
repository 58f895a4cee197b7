import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `Run.guarded` for the session, receipt and report commands: their own refusals
/// (`SessionError`, `ReportError`) print in the user's language and exit with their code.
enum ReportRun {
  static func guarded(_ global: GlobalOptions, _ body: (AppContext) throws -> Void) throws {
    try Run.guarded(global) { context in
      do {
        try body(context)
      } catch let error as SessionError {
        Stderr.error(error.message(context.lang), context.lang)
        throw ExitCode(error.exitCode)
      } catch let error as ReportError {
        Stderr.error(error.message(context.lang), context.lang)
        throw ExitCode(error.exitCode)
      }
    }
  }
}

/// `--force`: commands that write a file the user names (`--out`, `--to`) refuse to replace
/// an existing one without it.
struct ForceOption: ParsableArguments {
  @Flag(help: "Replace the output file if it already exists (else the command refuses).")
  var force = false

  var existing: DurableFile.Existing { force ? .replace : .refuse }
}

/// Writes command output: to standard output, or durably (0600) to `--out` through
/// `DurableFile` (an existing file is replaced only with `--force`).
enum OutputFile {
  /// How stored text in the output is treated (see `TerminalOutput`).
  enum Kind {
    /// Text and Markdown: sanitised on standard output and in files (people `cat` them).
    case text
    /// HTML and CSV: escaped by their own format in files; sanitised on standard output.
    case document
    /// Exact everywhere: JSON escapes C0 controls itself, the rest as `\uXXXX`.
    case json
  }

  static func write(
    _ data: Data, _ kind: Kind, to path: String?, existing: DurableFile.Existing,
    _ context: AppContext
  ) throws {
    let shown =
      kind == .json ? TerminalOutput.jsonEscaped(data) : TerminalOutput.sanitized(data)
    guard let path else {
      FileHandle.standardOutput.write(shown)
      return
    }
    try DurableFile.write(
      kind == .document ? data : shown, to: url(path, context), existing: existing)
  }

  /// Refuses early (before any work) when `--out` exists and may not be replaced.
  static func check(_ path: String?, existing: DurableFile.Existing, _ context: AppContext)
    throws
  {
    guard let path else { return }
    try DurableFile.check(url(path, context), existing: existing)
  }

  /// Writes several files into a folder (created if needed). Without `--force`, any file
  /// already there refuses the whole folder before one is written.
  static func writeFolder(
    _ files: [(name: String, data: Data)], to path: String, existing: DurableFile.Existing,
    _ context: AppContext
  ) throws {
    let dir = URL(fileURLWithPath: path, isDirectory: true, relativeTo: cwd(context))
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), !isDir.boolValue {
      throw UsageProblem(
        zh: "“\(path)”是文件；CSV 报告写入一个文件夹（每张表一个文件）",
        en: "\(path) is a file; a CSV report is written to a folder (one file per table)")
    }
    for file in files {
      try DurableFile.check(dir.appendingPathComponent(file.name), existing: existing)
    }
    for file in files {
      try DurableFile.write(
        file.data, to: dir.appendingPathComponent(file.name), existing: existing)
    }
  }

  static func url(_ path: String, _ context: AppContext) -> URL {
    URL(fileURLWithPath: path, relativeTo: cwd(context))
  }

  static func cwd(_ context: AppContext) -> URL {
    URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
  }

  /// Text lines as UTF-8 with a final newline.
  static func text(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }
}

extension AppContext {
  /// The width to lay text out in: `$COLUMNS` when set, else 100.
  var textWidth: Int {
    environment["COLUMNS"].flatMap(Int.init).map { max(40, $0) } ?? 100
  }
}
