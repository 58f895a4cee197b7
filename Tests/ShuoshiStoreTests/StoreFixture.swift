import Foundation
import ShuoshiCore
import TestSupport

@testable import ShuoshiStore

/// A store on a real SQLite file in a temporary directory.
struct StoreFixture {
  let dir = TempDir("shuoshi-store")
  let engine = EngineFixture.engine
  let actor = Actor("测试员")

  var data: DataDirectory { DataDirectory(url: dir.url.appendingPathComponent("data")) }

  func open(site: String = "HJ") throws -> CaseStore { try CaseStore.open(data, siteCode: site) }

  func intake(_ text: String, name: String = "王大妈", at time: String = "2026-11-28 10:00")
    -> Intake
  {
    Intake(
      resident: Resident(name: name, phone: "13812345678", address: "六堰社区3栋2单元502"),
      text: text, receivedAt: EngineFixture.at(time))
  }
}
