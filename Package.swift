// swift-tools-version: 6.0
// Licensed under the Apache License, Version 2.0: see LICENSE at the repository root.
import PackageDescription

// The root package has no package dependencies: Foundation (and FoundationNetworking on Linux) only.
// Examples/, Benchmarks/ and Fuzz/ are separate packages that depend on this one by path.
let package = Package(
    name: "IncidentIQ",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "IncidentIQ", targets: ["IncidentIQ"]),
        .library(name: "IncidentIQTesting", targets: ["IncidentIQTesting"]),
    ],
    targets: [
        .target(
            name: "IncidentIQ",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .target(
            name: "IncidentIQTesting",
            dependencies: ["IncidentIQ"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "IncidentIQTests",
            dependencies: ["IncidentIQ", "IncidentIQTesting"],
            resources: [.copy("Fixtures")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
