extension CoreStrings {
  /// English.
  public static let en = CoreStrings(
    addressExact: { "address \"\($0)\" matches a registered household" },
    addressFuzzy: {
      $0.isEmpty
        ? "matched a household by building and room"
        : "matched a household by building and room (the address left out \($0))"
    },
    namePhone: { "name \($0) and phone match a household member" },
    phone: { "phone \($0) matches a registered household" },
    ambiguous: { address, n in "address \(address) fits \(n) households; none chosen" },
    noHousehold: {
      $0.isEmpty ? "no registered household found" : "no registered household at \($0)"
    },
    unit: { "the address is in \($0)" },
    noUnit: "no community or village recognised in the address",
    grid: { "the household is in grid \($0)" },
    buildingHead: { building, role, who in "household tier → \(role) of \(building), \(who)" },
    gridBuildingHead: { grid, role, who in
      "household tier → \(role) of grid \(grid), \(who) (no one for this building)"
    },
    gridHead: { grid, who in "household tier → no building head in grid \(grid): grid head \(who)"
    },
    committeeFallback: { unit, _, role, who in
      "household tier → no grid matched: \(role) of \(unit), \(who)"
    },
    committee: { unit, _, role, who in "residence tier → \(role) of \(unit), \(who)" },
    districtCoordinator: { who, area in
      "district tier → 片区 coordinator \(who)\(area.isEmpty ? "" : " (\(area))")"
    },
    streetOffice: { "street tier → street office, \($0)" },
    leastLoaded: { "fewest open cases (\($0))" },
    noOwner: { "no one in the register owns the \($0) tier here" },

    overCapacity: { u, g, n, l in
      "\(u) \(g) has \(n) households, over the limit of \(l) (\(n - l) too many)"
    },
    noGridHead: { u, g in "\(u) \(g) has no grid head" },
    noCommittee: { "\($0) has no committee staff: residence-tier cases get no owner" },
    noCoordinator: "no 片区 coordinator: district-tier cases get no owner",
    noStreetOffice: "no street office: handed-up cases get no owner",
    householdsWithoutGrid: { "\($0) households are in no grid" },

    importRefused: { n in "import refused, nothing imported (\(n) problem\(n == 1 ? "" : "s")):" },
    importMore: { "  … and \($0) more" },
    saturdayStreak: { "\($0) Saturdays in a row" },
    emptyValue: "empty",
    otherCategory: "Other"
  )
}
