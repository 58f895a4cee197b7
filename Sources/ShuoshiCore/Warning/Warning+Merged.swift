extension Warning {
  /// Where it stands as a worker reads it: 已并入 <survivor> for a warning folded into another
  /// of the same matter (read-only), else its state.
  public func stateName(_ lang: Lang) -> String {
    guard let survivor = mergedInto else { return state.name(lang) }
    return (lang == .zh ? "已并入 " : "merged into ") + Self.shortID(survivor)
  }
}
