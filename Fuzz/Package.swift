// swift-tools-version:6.1
import PackageDescription

/// Coverage-guided fuzzers (libFuzzer) for Precis: the segmenter and JSON Lines reader, the
/// tokenizer, the figure extractor, the measure-frame reader, the fact checker, and the IDF
/// model and fixture loaders. Build with `swift build --sanitize=fuzzer` (see README.md). A separate package,
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
        .executableTarget(name: "FuzzTokenizer", dependencies: ["FuzzSupport"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzFrames", dependencies: ["FuzzSupport"], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzModels", dependencies: ["FuzzSupport", .product(name: "PrecisEvaluation", package: "Precis")],
                          swiftSettings: fuzzFlags),
    ]
)
