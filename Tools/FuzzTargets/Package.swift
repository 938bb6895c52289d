// swift-tools-version:6.0
// libFuzzer targets for Taizhang's readers and parsers; built and run by Tools/fuzz with
// `swift build -sanitize=fuzzer`. A package of its own, so that the main package's products
// and Tools/test never build with the fuzzer's instrumentation.
import PackageDescription

let taizhang: [Target.Dependency] = [
    .product(name: "Ledger", package: "Taizhang"),
    .product(name: "LedgerImport", package: "Taizhang"),
]

let package = Package(
    name: "TaizhangFuzzTargets",
    dependencies: [.package(name: "Taizhang", path: "../..")],
    targets: [
        // The readers' targets share their one body; the parsers' targets have their own.
        .target(name: "FuzzSupport", dependencies: taizhang),
    ] + ["fuzz-csv", "fuzz-jsonl", "fuzz-xlsx"].map {
        .executableTarget(name: $0, dependencies: ["FuzzSupport"], path: "Sources/\($0)")
    } + ["fuzz-money", "fuzz-date"].map {
        .executableTarget(name: $0, dependencies: taizhang, path: "Sources/\($0)")
    }
)
