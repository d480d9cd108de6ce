import Foundation
@testable import PrecisModels
import PrecisText
import Testing

/// Where the model files are looked for, and what a missing bundle says.
@Suite struct BundledModelsTests {
    let installed = URL(fileURLWithPath: "/opt/precis/bin")

    @Test func anInstalledBinaryLooksOnlyBesideItself() {
        let paths = BundledModels.candidates(override: nil, bundle: installed, executable: installed.appendingPathComponent("precis"))
        #expect(paths.map(\.path) == [
            "/opt/precis/bin/Precis_PrecisModels.resources/Models",
            "/opt/precis/bin/Precis_PrecisModels.resources/Contents/Resources/Models",
        ])
    }

    @Test func theOverrideComesFirstAndAnEmptyOneIsIgnored() {
        let exe = installed.appendingPathComponent("precis")
        #expect(BundledModels.candidates(override: "/data/models", bundle: installed, executable: exe).first?.path == "/data/models")
        #expect(BundledModels.candidates(override: "", bundle: installed, executable: exe).count == 2)
    }

    @Test func aBinaryInTheBuildFolderFallsBackToItsCheckout() {
        let build = BundledModels.sourceRoot.appendingPathComponent(".build/debug")
        let paths = BundledModels.candidates(override: nil, bundle: build, executable: build.appendingPathComponent("precis"))
        #expect(paths.last?.path == BundledModels.sourceRoot.appendingPathComponent("Models").path)
        #expect(paths.count == 3)
    }

    @Test func aMissingModelNamesThePathsTried() {
        let tried = BundledModels.searchPaths.map(\.path).joined(separator: ", ")
        #expect(ModelLoadError.missingBundledModel(name: "idf-en.tsv").description
            == "bundled model 'idf-en.tsv' not found (looked in: \(tried)); install the Precis_PrecisModels.resources folder beside the binary or set PRECIS_MODELS_DIR to the Models folder of Precis")
    }
}
