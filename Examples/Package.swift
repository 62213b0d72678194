// swift-tools-version: 6.0
// Licensed under the Apache License, Version 2.0: see LICENSE at the repository root.
import PackageDescription

// The IncidentIQ SDK at work: the `iiq` command line tool, the sandbox server it runs
// (`iiq sandbox serve`), an AsyncHTTPClient transport, and small programs for typical district jobs.
// This package depends on the root package by path, and on swift-argument-parser, Hummingbird and
// AsyncHTTPClient; the root package itself stays free of dependencies.
let package = Package(
    name: "IncidentIQExamples",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "iiq", targets: ["iiq"]),
        // The sandbox server, for the Benchmarks package's pagination runs over real HTTP.
        .library(name: "IIQSandboxServer", targets: ["IIQSandboxServer"]),
        // An `IIQTransport` over AsyncHTTPClient: depend on it, or copy its one file.
        .library(name: "IIQAsyncHTTPClientTransport", targets: ["IIQAsyncHTTPClientTransport"]),
    ],
    dependencies: [
        .package(name: "IncidentIQ", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Named for the products the AsyncHTTPClient transport imports (ByteBuffer, deadlines, the
        // decompression limit error); AsyncHTTPClient already depends on both.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        // `iiq sync`'s stores: SQLite through GRDB, PostgreSQL through postgres-nio.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "IIQAsyncHTTPClientTransport",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        .target(
            name: "IIQSandboxServer",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The engine of `iiq sync`: one schema, a SQLite and a PostgreSQL store, per-entity checkpoints.
        .target(
            name: "IIQSync",
            dependencies: [
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "iiq",
            dependencies: [
                "IIQSandboxServer", "IIQAsyncHTTPClientTransport", "IIQSync",
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
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
                "IIQSandboxServer", "iiq", "IIQAsyncHTTPClientTransport", "IIQSync",
                .product(name: "IncidentIQ", package: "IncidentIQ"),
                .product(name: "IncidentIQTesting", package: "IncidentIQ"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
