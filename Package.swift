// swift-tools-version:6.1
import PackageDescription

/// Source folders besides PrecisModels; that target's path is the package root (so that it can
/// bundle the top-level Models/ folder) and must exclude them.
let otherSourceFolders = [
    "CBLAS", "PrecisText", "PrecisVectors", "PrecisSummary", "PrecisFigures", "PrecisFacts", "PrecisReport", "PrecisEvaluation",
    "Precis", "PrecisCommandLine", "PrecisCLI", "EvaluateCLI",
]

/// Precis: extractive summaries with source citations and numeric fact checking
/// for Japanese and English news.
let package = Package(
    name: "Precis",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Precis", targets: ["Precis"]),
        .library(name: "PrecisText", targets: ["PrecisText"]),
        .library(name: "PrecisVectors", targets: ["PrecisVectors"]),
        .library(name: "PrecisSummary", targets: ["PrecisSummary"]),
        .library(name: "PrecisFigures", targets: ["PrecisFigures"]),
        .library(name: "PrecisFacts", targets: ["PrecisFacts"]),
        .library(name: "PrecisReport", targets: ["PrecisReport"]),
        .library(name: "PrecisEvaluation", targets: ["PrecisEvaluation"]),
        .executable(name: "precis", targets: ["PrecisCLI"]),
        .executable(name: "evaluate", targets: ["EvaluateCLI"]),
        .executable(name: "precis-bench", targets: ["PrecisBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` (Scripts/docs.sh): the DocC catalogs under Sources/*/*.docc.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // C: the system BLAS (Debian libblas-dev + OpenBLAS at run time). Not public API.
        .systemLibrary(
            name: "CBLAS",
            path: "Sources/CBLAS",
            providers: [.apt(["libblas-dev", "libopenblas0-pthread"])]
        ),
        // Data files under Models/ (stopwords, term-weight models), shipped as a resource bundle.
        .target(
            name: "PrecisModels",
            path: ".",
            exclude: ["Benchmarks", "Evaluation", "Examples", "Fuzz", "Scripts", "Snippets", "Tests", "README.md", "CHANGELOG.md", "Makefile"]
                + otherSourceFolders.map { "Sources/\($0)" },
            sources: ["Sources/PrecisModels"],
            resources: [.copy("Models")]
        ),
        .target(name: "PrecisText", dependencies: ["PrecisModels"]),
        .target(
            name: "PrecisVectors",
            dependencies: [
                "PrecisText", "PrecisModels",
                .target(name: "CBLAS", condition: .when(platforms: [.linux])),
            ]
        ),
        .target(name: "PrecisSummary", dependencies: ["PrecisText", "PrecisVectors"]),
        // Figure extraction: no dependency on any other Precis module.
        .target(name: "PrecisFigures"),
        .target(
            name: "PrecisFacts",
            dependencies: ["PrecisFigures", "PrecisText", "PrecisVectors"]
        ),
        // Self-contained HTML pages of summaries and fact checks.
        .target(name: "PrecisReport", dependencies: ["PrecisText", "PrecisSummary", "PrecisFigures", "PrecisFacts"]),
        .target(name: "PrecisEvaluation", dependencies: ["PrecisText", "PrecisSummary", "PrecisFacts"]),
        .target(name: "Precis", dependencies: ["PrecisText", "PrecisVectors", "PrecisSummary", "PrecisFacts", "PrecisReport"]),
        // Checked writes, atomic output files and exit statuses, shared by the two commands.
        .target(name: "PrecisCommandLine", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "PrecisCLI",
            dependencies: ["Precis", "PrecisModels", "PrecisCommandLine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "EvaluateCLI",
            dependencies: ["PrecisEvaluation", "PrecisModels", "PrecisCommandLine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmarks live apart from the API: a release-built executable (see Benchmarks/README.md).
        .executableTarget(name: "PrecisBenchmarks", dependencies: ["Precis"], path: "Benchmarks/PrecisBenchmarks"),
        // Shared by the test targets only: seeded random numbers, fixture access.
        .target(name: "PrecisTestSupport", dependencies: ["PrecisText"], path: "Tests/PrecisTestSupport"),
        .testTarget(name: "PrecisTextTests", dependencies: ["PrecisText", "PrecisTestSupport"], exclude: ["Data"]),
        .testTarget(name: "PrecisVectorsTests", dependencies: ["PrecisVectors", "PrecisTestSupport"]),
        .testTarget(name: "PrecisSummaryTests", dependencies: ["PrecisSummary", "PrecisTestSupport"]),
        .testTarget(name: "PrecisFiguresTests", dependencies: ["PrecisFigures", "PrecisTestSupport"]),
        .testTarget(name: "PrecisFactsTests", dependencies: ["PrecisFacts", "PrecisTestSupport"]),
        .testTarget(name: "PrecisReportTests", dependencies: ["PrecisReport", "PrecisTestSupport"]),
        .testTarget(name: "PrecisEvaluationTests", dependencies: ["PrecisEvaluation", "PrecisText", "PrecisTestSupport"]),
        .testTarget(name: "PrecisTests", dependencies: ["Precis", "PrecisTestSupport"]),
        .testTarget(name: "PrecisCLITests", dependencies: ["PrecisCLI", "PrecisTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
