import FuzzSupport
import Precis

let tokenizers = (try? [Tokenizer.bundled(for: .en), Tokenizer.bundled(for: .ja)]) ?? []

/// Tokenizes any UTF-8 input as English and as Japanese: every term is non-empty UTF-8, the
/// byte-level walk gives the same terms as `terms(in:)`, and a second run gives the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Invariants.require(tokenizers.count == 2, "bundled tokenizers missing (set PRECIS_MODELS_DIR)")
    guard let text = Invariants.text(data, size) else { return 0 }
    for tokenizer in tokenizers {
        let terms = tokenizer.terms(in: text)
        var walked: [String] = []
        tokenizer.forEachTerm(in: text) { bytes in
            Invariants.require(String(validating: bytes, as: UTF8.self) != nil, "a term is not UTF-8")
            walked.append(String(decoding: bytes, as: UTF8.self))
        }
        Invariants.require(terms.allSatisfy { !$0.isEmpty }, "an empty term")
        Invariants.require(walked == terms, "forEachTerm and terms(in:) differ")
        Invariants.require(tokenizer.terms(in: text) == terms, "a second run differs")
    }
    return 0
}
