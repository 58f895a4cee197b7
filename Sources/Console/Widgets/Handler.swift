import ShuoshiCore

/// Who handles a case, as the worker chose: a person of the register, or a name typed where
/// the register has nobody (or nobody by that name) — one way to choose, with or without a
/// register (`RegisterFlow.handlerPicker`).
enum Handler {
  case person(Person)
  case named(String)

  var name: String {
    switch self {
    case .person(let p): return p.name
    case .named(let name): return name
    }
  }
}
