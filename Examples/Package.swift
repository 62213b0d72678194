// swift-tools-version: 6.0
import PackageDescription

// Examples of the IncidentIQ SDK at work. This package depends on the root package by path.
let package = Package(
    name: "IncidentIQExamples",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "IncidentIQ", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "QuickStart",
            dependencies: [.product(name: "IncidentIQ", package: "IncidentIQ")]
        )
    ],
    swiftLanguageModes: [.v6]
)
