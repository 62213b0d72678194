// swift-tools-version: 6.0
// Licensed under the Apache License, Version 2.0: see LICENSE at the repository root.
import PackageDescription

// Benchmarks for the IncidentIQ SDK: page decoding, per-request overhead, pagination over real HTTP
// streaming memory, and the two transports, printed as one side-by-side table of figures and ratios measured in one run.
// Run in release mode: `swift run -c release --package-path Benchmarks IIQBenchmarks`.
let package = Package(
    name: "IncidentIQBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "IncidentIQ", path: ".."),
        .package(name: "IncidentIQExamples", path: "../Examples"),
    ],
    targets: [
        .executableTarget(
            name: "IIQBenchmarks",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
                .product(name: "IIQSandboxServer", package: "IncidentIQExamples"),
                .product(name: "IIQAsyncHTTPClientTransport", package: "IncidentIQExamples"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
