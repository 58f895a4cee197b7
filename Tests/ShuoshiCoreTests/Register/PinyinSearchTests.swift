import Foundation
import ShuoshiCore
import TestSupport
import Testing

@Suite("Person search by pinyin initials")
struct PinyinSearchTests {
  let matcher = NameMatcher(table: RegisterFixtureFiles.pinyin)

  func person(_ name: String, _ roles: [PersonRole] = [.volunteer], phone: String = "") -> Person {
    Person(uuid: RegisterID.stable("person", name), name: name, phone: phone, roles: roles)
  }

  @Test func theTableIsLoaded() {
    #expect(RegisterFixtureFiles.pinyin.count > 20_000)
    #expect(RegisterFixtureFiles.pinyin.readings(of: "单").contains("shan"))
    #expect(RegisterFixtureFiles.pinyin.readings(of: "吕") == ["lv", "lu"])
  }

  @Test func initialsFindTheName() {
    #expect(matcher.score(name: "张三", query: "zs") != nil)
    #expect(matcher.score(name: "李四", query: "ls") != nil)
    #expect(matcher.score(name: "张三", query: "ls") == nil)
    #expect(matcher.score(name: "张三", query: "zhs") != nil)  // zh initial
    #expect(matcher.score(name: "欧阳晓峰", query: "oyxf") != nil)
    #expect(matcher.score(name: "单文静", query: "swj") != nil)  // surname reading of 单
    #expect(matcher.score(name: "吕红梅", query: "lhm") != nil)
  }

  @Test func fullPinyinAndPrefixes() {
    for q in ["zhangsan", "zhangs", "zhang", "zhang'san", "ZhangSan", "zsan"] {
      #expect(matcher.score(name: "张三", query: q) != nil, "\(q)")
    }
    #expect(matcher.score(name: "张三", query: "zhangsa n") != nil)
    #expect(matcher.score(name: "张三", query: "zhangsanx") == nil)
    #expect(matcher.score(name: "吕红梅", query: "lvhongmei") != nil)
    #expect(matcher.score(name: "吕红梅", query: "luhm") != nil)
  }

  @Test func chineseSubstringsAndMixedNames() {
    #expect(matcher.score(name: "张三", query: "张") == 90)
    #expect(matcher.score(name: "欧阳晓峰", query: "晓峰") == 80)
    #expect(matcher.score(name: "张三", query: "张三") == 100)
    #expect(matcher.score(name: "王Lily", query: "wl") != nil)
    #expect(matcher.score(name: "王Lily", query: "wanglily") != nil)
    #expect(matcher.score(name: "王Lily", query: "lily") != nil)
    #expect(matcher.score(name: "王Lily", query: "王l") != nil)
    #expect(matcher.score(name: "张三", query: "张s") != nil)
    #expect(matcher.score(name: "艾克拜尔·买买提", query: "akbe") != nil)
    #expect(matcher.score(name: "Tom李", query: "tl") != nil)
  }

  @Test func rankingAndRolesAndPhones() {
    let search = PersonSearch(
      people: [
        person("张珊珊"), person("张三", phone: "13900000011"), person("李四"), person("王Lily"),
        person("周三", [.gridHead]), person("赵明", [.streetOffice]),
      ], table: RegisterFixtureFiles.pinyin)
    // Every name whose initials are z, s: exact initials first, then phone-book order.
    #expect(search.search("zs").map(\.person.name) == ["张三", "周三", "张珊珊"])
    #expect(search.search("ls").map(\.person.name) == ["李四"])
    #expect(search.search("san").map(\.person.name) == ["张三", "周三"])
    #expect(search.search("zs", role: .gridHead).map(\.person.name) == ["周三"])
    #expect(search.search("0011").map(\.person.name) == ["张三"])
    #expect(search.search("").count == 6)
    #expect(search.search("", role: .streetOffice).map(\.person.name) == ["赵明"])
  }
}
