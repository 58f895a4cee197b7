/// The program's version: printed by `--version`, named in the .deb (packaging/build-deb.sh
/// reads it from this line) and recorded in a data directory as the last version that wrote it.
public enum ProgramVersion {
  public static let current = "0.1.0"
}
