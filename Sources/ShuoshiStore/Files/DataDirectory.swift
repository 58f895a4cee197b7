import Foundation

/// Where a worker's data lives: `--data DIR`, else `$SHUOSHI_DATA`, else
/// `$XDG_DATA_HOME/shuoshi`, else `~/.local/share/shuoshi`.
public struct DataDirectory: Sendable, Equatable {
  public let url: URL

  public init(url: URL) { self.url = url.standardizedFileURL }

  public static func resolve(flag: String?, environment: [String: String]) -> DataDirectory {
    if let flag, !flag.isEmpty { return DataDirectory(url: URL(fileURLWithPath: flag)) }
    if let env = environment["SHUOSHI_DATA"], !env.isEmpty {
      return DataDirectory(url: URL(fileURLWithPath: env))
    }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return DataDirectory(url: URL(fileURLWithPath: xdg).appendingPathComponent("shuoshi"))
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return DataDirectory(
      url: URL(fileURLWithPath: home).appendingPathComponent(".local/share/shuoshi"))
  }

  public var databaseURL: URL { url.appendingPathComponent("shuoshi.db") }
  public var path: String { url.path }
  /// Where the console writes residents' receipts (`<case id>.txt` and `.html`).
  public var receiptsURL: URL { url.appendingPathComponent("receipts") }

  /// The receipt files of case `id` that exist.
  public func receiptFiles(of id: String) -> [URL] {
    ["txt", "html"].map { receiptsURL.appendingPathComponent(id).appendingPathExtension($0) }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
  }

  /// The copies written before schema migrations (`shuoshi.db.before-<schema>-<time>`, with
  /// any `-wal`, `-shm` or `-journal` beside them), by name.
  public func migrationBackups() -> [URL] {
    let prefix = databaseURL.lastPathComponent + ".before-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasPrefix(prefix) }.sorted().map { url.appendingPathComponent($0) }
  }

  /// Creates the directory (mode 0700) if needed.
  public func create() throws(StoreError) {
    do {
      try FileManager.default.createDirectory(
        at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      if FileManager.default.fileExists(atPath: path) { return }
      throw .noDataDirectory(path: path)
    }
  }

  /// Files and the directory itself that anyone but the owner can read: residents' names and
  /// phones live here, so the console and CLI warn about them.
  public func looserPermissions() -> [String] {
    var loose: [String] = []
    let fm = FileManager.default
    func check(_ p: String, limit: Int) {
      guard let attrs = try? fm.attributesOfItem(atPath: p),
        let mode = (attrs[.posixPermissions] as? NSNumber)?.intValue
      else { return }
      if mode & 0o077 != 0 { loose.append(String(format: "%@ (%o)", p, mode)) }
    }
    check(path, limit: 0o700)
    for suffix in ["", "-wal", "-shm"] { check(databaseURL.path + suffix, limit: 0o600) }
    return loose
  }
}
