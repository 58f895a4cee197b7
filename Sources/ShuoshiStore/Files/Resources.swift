import Foundation

/// Finds the shipped `data/` and `themes/` folders: a per-user override under
/// `$XDG_CONFIG_HOME/shuoshi/` first (file by file), then `$SHUOSHI_SHARE`, then the source
/// tree the binary was built in (or the current directory's), then `/usr/share/shuoshi`.
public struct Resources: Sendable, Equatable {
  /// Folders searched in order; each may contain `data/` and `themes/`.
  public let roots: [URL]

  public init(roots: [URL]) { self.roots = roots }

  public static func locate(
    environment: [String: String], executable: String = CommandLine.arguments[0]
  )
    -> Resources
  {
    var roots: [URL] = []
    let home = environment["HOME"] ?? NSHomeDirectory()
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
    roots.append(URL(fileURLWithPath: config).appendingPathComponent("shuoshi"))
    if let share = environment["SHUOSHI_SHARE"], !share.isEmpty {
      roots.append(URL(fileURLWithPath: share))
    }
    let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
    for start in [
      exe.deletingLastPathComponent(),
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    ] {
      if let tree = sourceTree(above: start) { roots.append(tree) }
    }
    roots.append(
      exe.deletingLastPathComponent().appendingPathComponent("../share/shuoshi").standardizedFileURL
    )
    roots.append(URL(fileURLWithPath: "/usr/share/shuoshi"))
    var seen = Set<String>()
    return Resources(roots: roots.filter { seen.insert($0.standardizedFileURL.path).inserted })
  }

  /// The nearest folder at or above `start` holding `Package.swift` and `data/routing.yaml`.
  static func sourceTree(above start: URL) -> URL? {
    var dir = start.standardizedFileURL
    for _ in 0..<8 {
      let fm = FileManager.default
      if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
        fm.fileExists(atPath: dir.appendingPathComponent("data/routing.yaml").path)
      {
        return dir
      }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { break }
      dir = parent
    }
    return nil
  }

  /// The first existing file at `relative` (e.g. `data/routing.yaml`) among the roots.
  public func file(_ relative: String) -> URL? {
    roots.map { $0.appendingPathComponent(relative) }
      .first { FileManager.default.fileExists(atPath: $0.path) }
  }

  /// Every file in `relative` folders across roots, earlier roots shadowing later ones by name.
  public func files(in relative: String, withExtension ext: String) -> [URL] {
    var byName: [String: URL] = [:]
    for root in roots.reversed() {
      let dir = root.appendingPathComponent(relative)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names where name.hasSuffix("." + ext) {
        byName[name] = dir.appendingPathComponent(name)
      }
    }
    return byName.keys.sorted().map { byName[$0]! }
  }
}
