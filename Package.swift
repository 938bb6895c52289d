// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("InternalImportsByDefault")]

let package = Package(
    name: "Taizhang",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "taizhang", targets: ["taizhang"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "LedgerStore", targets: ["LedgerStore"]),
        // The application layer, for the web server and other front ends.
        .library(name: "LedgerService", targets: ["LedgerService"]),
        // For the fuzz targets in Tools/FuzzTargets, a separate package that depends on this one.
        .library(name: "LedgerImport", targets: ["LedgerImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ] + webPackages,
    targets: [
        // Debian's liblmdb-dev, through pkg-config; nothing vendored.
        .systemLibrary(
            name: "CLMDB",
            pkgConfig: "lmdb",
            providers: [.apt(["liblmdb-dev"])]
        ),
        // Debian's zlib1g-dev, for inflating the parts of xlsx workbooks.
        .systemLibrary(
            name: "SystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The only module that imports CLMDB.
        .target(name: "LMDB", dependencies: ["CLMDB"], swiftSettings: strict),
        // Every word a person reads, in Chinese and English side by side. It imports the domain
        // (nothing else) so that the domain's own codes (rule violations, periods, row problems)
        // are the keys of their phrasebooks: a new code without words does not compile.
        .target(name: "Catalogue", dependencies: ["Ledger"], swiftSettings: strict),
        // The domain: events, money, dates, quarters, lifecycle rules, folds. No I/O.
        .target(name: "Ledger", swiftSettings: strict),
        // The event log on LMDB: append, chain, indexes, batches, projections.
        .target(
            name: "LedgerStore",
            dependencies: ["Catalogue", "LMDB", "Ledger", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // Batch files (JSONL, CSV, xlsx) to validated rows with per-row errors.
        .target(
            name: "LedgerImport",
            dependencies: ["Catalogue", "Ledger", "SystemZlib", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // The use cases, values in and values out: what the command line and the web server call.
        .target(
            name: "LedgerService",
            dependencies: ["Catalogue", "Ledger", "LedgerStore", "LedgerImport", "Transparency", "LedgerProvince"],
            swiftSettings: strict
        ),
        // Renderers shared by every front end: text tables, JSON shapes, CSV, HTML and SVG.
        .target(
            name: "LedgerReports",
            dependencies: [
                "Catalogue", "Ledger", "LedgerStore", "LedgerImport", "LedgerService", "LedgerProvince",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        // The command line, as a library so tests can call it.
        .target(
            name: "TaizhangCLI",
            dependencies: [
                // Storage, the transparency log and the province only through LedgerService.
                "Catalogue", "Ledger", "LedgerService", "LedgerReports", "TaizhangWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The command's own symbols are not exported (swiftc links executables with --export-dynamic):
        // 47,000 dynamic symbols made the loader's lookups and `dladdr` a third of a short command's start.
        .executableTarget(name: "taizhang", dependencies: ["TaizhangCLI"], swiftSettings: strict,
                          linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))]),
        // Signed notes, checkpoints and the offline witness (C2SP signed-note, tlog-checkpoint, tlog-witness).
        .target(
            name: "Transparency",
            dependencies: ["Catalogue", "LedgerStore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
    ] + webTargets + [

        // A seeded random generator shared by the property and mutation tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LMDBTests", dependencies: ["LMDB"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Ledger", "TestSupport"]),
        .testTarget(name: "LedgerTests", dependencies: ["Catalogue", "Ledger"]),
        .testTarget(name: "LedgerStoreTests", dependencies: ["LedgerStore", "Ledger", "LMDB", "TestSupport"]),
        .testTarget(name: "LedgerReportsTests", dependencies: ["LedgerReports", "Ledger", "Catalogue", "LedgerImport"]),
        .testTarget(name: "LedgerServiceTests", dependencies: ["LedgerService", "LedgerReports", "Ledger", "Catalogue", "TestSupport"]),
        .testTarget(name: "LedgerImportTests", dependencies: ["Catalogue", "LedgerImport", "Ledger", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "TransparencyTests", dependencies: ["Transparency", "LedgerStore"]),
        .testTarget(
            name: "EndToEndTests",
            // The binary they run is built first, and found beside the tests (`Repository.product`).
            dependencies: ["taizhang", "Catalogue", "LMDB", "Ledger", "LedgerStore", "LedgerImport", "TaizhangCLI", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ]
)

// MARK: - The web interface (issue 11): `taizhang serve`, accounts and roles.
// Hummingbird 2 for the server (HummingbirdTLS for --tls-cert/--tls-key), hummingbird-auth's
// HummingbirdBcrypt for password hashes, swift-log for request lines, HummingbirdTesting for the
// in-process route tests, multipart-kit's MultipartParser for file uploads.
var webPackages: [Package.Dependency] {
    [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // swift-log comes with the province's block below.
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ]
}

var webTargets: [Target] {
    [
        // The server, its pages, accounts, sessions and roles.
        .target(
            name: "TaizhangWeb",
            dependencies: [
                "Catalogue", "Ledger", "LedgerStore", "LedgerImport", "LedgerService", "LedgerReports", "SystemZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "TaizhangWeb", "Ledger", "LedgerStore", "LedgerImport", "LedgerService", "LedgerReports", "TestSupport", "SystemZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
}
// The province's rollup on PostgreSQL (postgres-nio), kept apart: it is the one heavy dependency.
package.dependencies.append(contentsOf: [
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
])
package.targets.append(contentsOf: [
    // Every zone's events and checkpoints in one PostgreSQL database: publish, verify, summarise.
    .target(
        name: "LedgerProvince",
        dependencies: [
            "Catalogue", "Ledger", "LedgerStore", "Transparency",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: strict
    ),
])
