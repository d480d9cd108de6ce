// swift-tools-version:6.1
import PackageDescription

/// Coverage-guided fuzzers (libFuzzer) for Precis: the segmenter, the figure extractor and the
/// fact checker. Build with `swift build --sanitize=fuzzer` (see README.md). A separate package,
/// so that the library's users never build them and the unsafe `-parse-as-library` flag (the
/// fuzzer brings its own `main`) stays out of Precis.
let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "PrecisFuzz",
    dependencies: [.package(name: "Precis", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Precis", package: "Precis")]),
        .executableTarget(name: "FuzzSegmenter", dependencies: ["FuzzSupport"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzFigures", dependencies: ["FuzzSupport"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzFactCheck", dependencies: ["FuzzSupport"], swiftSettings: fuzzFlags),
    ]
)
