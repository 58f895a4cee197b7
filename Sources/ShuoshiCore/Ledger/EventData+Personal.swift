import Foundation

/// Personal fields: whatever can name, reach or quote a resident. The store keeps them apart
/// from the append-only log (table `event_personal`), hashed into the chain by a salted digest
/// only, so erasing a resident deletes them without breaking the chain. A field added to
/// `EventData` that can hold personal data must be listed here.
extension EventData {
  /// Only the personal fields of this data (the rest nil).
  public var personalPart: EventData {
    var p = EventData()
    p.resident = resident
    p.otherParties = otherParties
    p.text = text
    p.reason = reason
    p.summary = summary
    // Register records name residents and carry their phones.
    p.household = household
    p.person = person
    p.before = before
    p.after = after
    return p
  }

  /// This data with every personal field removed: what the log itself keeps.
  public var withoutPersonal: EventData {
    var d = self
    d.resident = nil
    d.otherParties = nil
    d.text = nil
    d.reason = nil
    d.summary = nil
    d.household = nil
    d.person = nil
    d.before = nil
    d.after = nil
    return d
  }

  /// True when any personal field is set.
  public var hasPersonal: Bool { personalPart != EventData() }

  /// Puts back personal fields kept apart (the inverse of `withoutPersonal`).
  public func restoring(_ personal: EventData) -> EventData {
    var d = self
    d.resident = personal.resident ?? resident
    d.otherParties = personal.otherParties ?? otherParties
    d.text = personal.text ?? text
    d.reason = personal.reason ?? reason
    d.summary = personal.summary ?? summary
    d.household = personal.household ?? household
    d.person = personal.person ?? person
    d.before = personal.before ?? before
    d.after = personal.after ?? after
    return d
  }
}

extension Case {
  /// The case with its resident's personal fields replaced by the erasure tombstone; category,
  /// tier, dates and states stay for the reports.
  public func erasingPersonal() -> Case {
    var c = self
    c.resident = Resident(name: "")
    c.otherParties = []
    c.text = ""
    c.summary = nil
    return c
  }
}
