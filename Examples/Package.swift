// swift-tools-version: 6.0
// Licensed under the Apache License, Version 2.0: see LICENSE at the repository root.
import PackageDescription

// The IncidentIQ SDK at work: the `iiq` command line tool, the sandbox server it runs
// (`iiq sandbox serve`), and small programs for typical district jobs. This package depends on
// the root package by path, and on swift-argument-parser and Hummingbird.
let package = Package(
    name: "IncidentIQExamples",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "iiq", targets: ["iiq"]),
        // The sandbox server, for the Benchmarks package's pagination runs over real HTTP.
        .library(name: "IIQSandboxServer", targets: ["IIQSandboxServer"]),
    ],
    dependencies: [
        .package(name: "IncidentIQ", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "IIQSandboxServer",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "iiq",
            dependencies: [
                "IIQSandboxServer",
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "QuickStart", dependencies: [.product(name: "IncidentIQ", package: "IncidentIQ")]),
        .executableTarget(
            name: "NightlyAssetExport",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
            ]
        ),
        .executableTarget(
            name: "TicketForDevice",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
            ]
        ),
        .executableTarget(
            name: "SyncUserGrades",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
            ]
        ),
        .testTarget(
            name: "ExamplesTests",
            dependencies: [
                "IIQSandboxServer", "iiq",
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
