import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: "Data directory (default: $SHUOSHI_DATA or $XDG_DATA_HOME/shuoshi).")
  var data: String?

  @Option(name: .customLong("operator"), help: "Who is on duty; recorded on every event.")
  var operatorName: String?

  @Option(
    name: .customLong("pin-file"),
    help: "Sign in with the PIN or passphrase in this file's first line (else $SHUOSHI_PIN).")
  var pinFile: String?

  @Option(name: .long, help: "Language of messages: zh (default) or en.")
  var lang: String?

  @Option(name: .long, help: "Site code for a new data directory (e.g. HJ); appears in case ids.")
  var site: String?
}

/// Options of commands that print data.
struct OutputOptions: ParsableArguments {
  @Flag(name: .long, help: "Print JSON (stable field names, see docs/JSON.md).")
  var json = false
}
