import ShuoshiCore
import Testing

/// Who may do what: the one rule (issue 16).
@Suite("Role policy")
struct RolePolicyTests {
  @Test("each role's steps, and the role a refusal names")
  func table() {
    let expected: [OperatorRole: Set<GuardedStep>] = [
      .auditor: [],
      .grid: [.change],
      .unit: [.change, .reveal, .exportNames, .importLedger],
      .street: Set(GuardedStep.allCases),
    ]
    for role in OperatorRole.allCases {
      for step in GuardedStep.allCases {
        let refusal = RolePolicy.refusal(step, by: RoleHolder(role: role, grid: "一网格"))
        #expect((refusal == nil) == expected[role]!.contains(step), "\(role) \(step)")
        if let refusal { #expect(refusal.needed == RolePolicy.needed(for: step)) }
      }
    }
    #expect(
      RolePolicy.refusal(.erase, by: RoleHolder(role: .unit))?.message(.zh) == "需要 片区/街道 角色")
    #expect(
      RolePolicy.refusal(.reveal, by: RoleHolder(role: .grid))?.message(.en)
        == "needs the community cadre role")
  }

  @Test("a 网格员 changes only the cases of their own grid")
  func ownGrid() {
    let zhang = RoleHolder(role: .grid, grid: "一网格")
    #expect(RolePolicy.refusal(.change, by: zhang, caseGrid: "一网格") == nil)
    #expect(RolePolicy.refusal(.change, by: zhang, caseGrid: nil) == nil)
    let refusal = RolePolicy.refusal(.change, by: zhang, caseGrid: "二网格")
    #expect(refusal?.outsideGrid == "一网格")
    #expect(refusal?.message(.zh).contains("需要 社区干部 角色") == true)
    #expect(RolePolicy.refusal(.change, by: RoleHolder(role: .unit), caseGrid: "二网格") == nil)
  }

  @Test("roles read as typed, in Chinese or English")
  func parse() {
    #expect(OperatorRole.parse("楼栋长") == .grid)
    #expect(OperatorRole.parse("社区干部") == .unit)
    #expect(OperatorRole.parse("街道") == .street)
    #expect(OperatorRole.parse("审计") == .auditor)
    #expect(OperatorRole.parse("Street") == .street)
    #expect(OperatorRole.parse("boss") == nil)
  }
}
