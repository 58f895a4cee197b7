import ShuoshiCore

/// The intake form's category override (`<C-g>`/`<F7>`), recorded as the tier override is: the
/// category the worker chooses over triage's, with a reason (the engine's `retiered` event
/// carries both). Choosing the suggested category again just drops the override.
extension IntakeFlow {
  func askCategory() {
    let t = CorrectionTexts.forLang(session.lang)
    let categories = session.engine.rules.categories
    let current = form.category
    show(
      picker(
        t.categoryTitle, categories, label: { $0.name(session.lang) },
        selection: categories.firstIndex { $0.id == current } ?? 0
      ) { chosen in
        let suggested = form.triage?.category
        if chosen.id == suggested {
          form.categoryOverride = nil
          return
        }
        show(
          prompt(
            t.categoryReasonTitle,
            t.categoryReasonMessage(
              session.format.category(id: suggested ?? RoutingRules.otherID),
              chosen.name(session.lang)),
            text: form.categoryOverride?.reason ?? ""
          ) { reply in
            guard requireReason(reply) else { return }
            form.categoryOverride = (chosen.id, reply.text)
          })
      })
  }
}
