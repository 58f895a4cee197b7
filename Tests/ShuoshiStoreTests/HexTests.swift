import Foundation
import Testing

@testable import ShuoshiStore

/// The one hex codec (hash chains, pins, keyring ids, the encryption marker, the hub's
/// password hashes).
@Suite struct HexTests {
  @Test func bytesRoundTripInLowerCase() {
    let bytes = Data([0x00, 0x0f, 0x10, 0xab, 0xff])
    #expect(Hex.encode(bytes) == "000f10abff")
    #expect(Hex.decode("000f10abff") == bytes)
    #expect(Hex.decode("000F10ABFF") == bytes)
    #expect(Hex.decode("") == Data())
  }

  @Test func anythingButPairsOfHexDigitsIsRefused() {
    #expect(Hex.decode("abc") == nil)
    #expect(Hex.decode("zz") == nil)
    #expect(Hex.decode("0g") == nil)
    #expect(Hex.decode("１２") == nil)  // full-width digits are not hex
    #expect(Hex.decode("0x00") == nil)
  }
}
