/// Phone numbers compared as digits only (`138-1234 5678` equals `13812345678`).
public enum PhoneNumber {
  public static func digits(_ phone: String) -> String {
    String(AddressNormalizer.halfWidth(phone).filter { $0.isASCII && $0.isNumber })
  }

  /// Long enough to tell a household or person apart (a landline has 7–8 digits).
  public static func isUsable(_ phone: String) -> Bool { digits(phone).count >= 7 }
}
