// swift-tools-version: 6.0
// Licensed under the Apache License, Version 2.0: see LICENSE at the repository root.
import PackageDescription

// libFuzzer targets for the IncidentIQ SDK. Build and run: see Fuzz/README.md.
let targets = ["FuzzDecoding", "FuzzDates", "FuzzToken", "FuzzPagination", "FuzzDifferential"]

let package = Package(
    name: "IncidentIQFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "IncidentIQ", path: "..")],
    targets: targets.map { name in
        .executableTarget(name: name, dependencies: [.product(name: "IncidentIQ", package: "IncidentIQ")])
    },
    swiftLanguageModes: [.v6]
)
