import FuzzSupport
import Foundation
import Precis
import PrecisEvaluation

/// Loads any input as an IDF model file and as an evaluation fixture: a clear error or a model,
/// never a crash; a model that loads writes itself back unchanged, and a fixture that loads
/// passes its own validation again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModels(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    if let text = Invariants.text(data, size), let model = try? IDFModel.parse(text, path: "fuzz.tsv") {
        let written = model.serialized()
        let reread: IDFModel
        do { reread = try IDFModel.parse(written, path: "fuzz.tsv") } catch { fatalError("a serialized model does not load: \(error)") }
        Invariants.require(reread.serialized() == written, "a model does not round-trip")
    }
    if let fixture = try? Fixture.decode(bytes, file: "fuzz.json") {
        do { try fixture.validate(file: "fuzz.json") } catch { fatalError("a loaded fixture fails validation: \(error)") }
    }
    return 0
}
