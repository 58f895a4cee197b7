// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "shuoshi",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "shuoshi", targets: ["shuoshi"]),
    // The street office hub: a server on PostgreSQL; the laptop's `shuoshi` never links it.
    .executable(name: "shuoshi-hub", targets: ["shuoshi-hub"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    // Hub only (ShuoshiHub, shuoshi-hub): HTTP server and PostgreSQL client.
    .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    // Hub only: TLS (the versions Hummingbird and PostgresNIO already bring) and the
    // self-signed certificate made in Swift.
    .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
    .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
  ],
  targets: [
    // The case engine: values and rules, no I/O, no clock of its own.
    .target(name: "ShuoshiCore", dependencies: [.product(name: "Yams", package: "Yams")]),
    // The only code that touches files: SQLite through GRDB.
    .target(
      name: "ShuoshiStore",
      dependencies: [
        "ShuoshiCore", .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API, for the encrypting VFS (issue 16).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
        // Bundles: AES-GCM, scrypt, SHA-256 hash chains.
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        // The hub client: libcurl, the one TLS client here that pins a public key (issue 17).
        "CCurl",
        // The page cipher: AES-256-GCM from the system's libcrypto, in place (issue 16).
        "CLibCrypto",
      ]),
    // libcurl's easy API (headers: libcurl4-openssl-dev); FoundationNetworking links it already.
    .systemLibrary(name: "CCurl", path: "Sources/CCurl"),
    // OpenSSL 3's libcrypto (headers: libssl-dev; runtime: libssl3).
    .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto"),
    // Pure-Swift terminal toolkit: surfaces, cells, display width, keys, widgets.
    .target(name: "TerminalUI", dependencies: [.product(name: "Yams", package: "Yams")]),
    // The one ncurses backend of TerminalUI.
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    .target(name: "TerminalCurses", dependencies: ["TerminalUI", "CNcursesw"]),
    // Reports and receipts laid out as text (by display width), Markdown, CSV and HTML.
    .target(name: "ShuoshiReports", dependencies: ["ShuoshiCore", "TerminalUI"]),
    // Use cases both front ends call: a resident's receipt (text, HTML, its files).
    .target(name: "Desk", dependencies: ["ShuoshiStore", "ShuoshiReports", "ShuoshiCore"]),
    // The app: screens and state; draws on a Surface, never imports ncurses.
    .target(
      name: "Console",
      dependencies: ["TerminalUI", "ShuoshiStore", "ShuoshiCore", "ShuoshiReports", "Desk"]),
    .executableTarget(
      name: "shuoshi",
      dependencies: [
        "Console", "Desk", "TerminalUI", "TerminalCurses", "ShuoshiStore", "ShuoshiCore",
        "ShuoshiReports", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // The street office hub: events from every laptop in PostgreSQL, served back by unit.
    .target(
      name: "ShuoshiHub",
      dependencies: [
        "ShuoshiStore", "ShuoshiCore", "ShuoshiReports",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HummingbirdTLS", package: "hummingbird"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
        // scrypt for the browser accounts' passwords.
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "shuoshi-hub",
      dependencies: [
        "ShuoshiHub", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Fixtures shared by the test targets: the shipped rules and calendars, temp data dirs.
    .target(name: "TestSupport", dependencies: ["ShuoshiCore"], path: "Tests/TestSupport"),
    .testTarget(name: "ShuoshiCoreTests", dependencies: ["ShuoshiCore", "TestSupport"]),
    .testTarget(
      name: "ShuoshiStoreTests",
      dependencies: [
        "ShuoshiStore", "ShuoshiCore", "TestSupport",
        // The page cipher's tests seal keys and pages as the swift-crypto reference does.
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    .testTarget(
      name: "ShuoshiReportsTests",
      dependencies: ["ShuoshiReports", "ShuoshiCore", "TerminalUI", "TestSupport"]),
    .testTarget(
      name: "ConsoleTests",
      dependencies: ["Console", "TerminalUI", "ShuoshiStore", "ShuoshiCore", "TestSupport"],
      resources: [.copy("Snapshots")]),
    .testTarget(
      name: "ShuoshiHubTests",
      dependencies: [
        "ShuoshiHub", "ShuoshiStore", "ShuoshiCore", "TestSupport", "Console", "TerminalUI",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // ShuoshiStore only to write a store as an older release could have (below today's checks).
    .testTarget(
      name: "CLITests",
      dependencies: ["ShuoshiCore", "ShuoshiStore", "ShuoshiReports", "TestSupport"]),
  ]
)
