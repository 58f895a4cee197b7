import ShuoshiCore

/// What an import did (or, with `dryRun`, would do).
public struct ImportReport: Sendable, Equatable {
  public var file: String
  public var kind: RegisterFileKind
  /// The encoding the file was found to be in.
  public var encoding: TextEncoding
  /// Data rows read.
  public var rows: Int
  public var counts: ImportCounts
  /// Events appended (0 for a dry run or when nothing changed).
  public var events: Int
  public var dryRun: Bool
  /// Headers no column took; their values were not imported.
  public var ignoredHeaders: [String]
}
