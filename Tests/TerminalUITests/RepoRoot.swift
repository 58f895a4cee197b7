import Foundation

/// The repository root, found from this file's path (Tests/TerminalUITests/RepoRoot.swift).
func repoRoot(_ file: String = #filePath) -> URL {
  URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}
