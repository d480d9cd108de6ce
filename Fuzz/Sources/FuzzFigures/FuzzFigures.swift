import FuzzSupport
import Precis

/// Extracts figures from any UTF-8 input, alone and sentence by sentence, and checks that every
/// figure slices its own text, lies inside one sentence and carries a consistent value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFigures(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = Invariants.text(data, size) else { return 0 }
    let bytes = Array(text.utf8)
    let document = Document(id: "fuzz", text: text)
    let extraction = FigureExtractor().extract(from: document)
    for f in extraction.figures + FigureExtractor().extract(from: text).figures {
        Invariants.require(f.start >= 0 && f.start < f.end && f.end <= bytes.count, "figure range \(f.start)..<\(f.end) of \(bytes.count)")
        Invariants.require(Array(bytes[f.start..<f.end]) == Array(f.text.utf8), "figure text '\(f.text)' differs from its bytes")
        if let upper = f.upper { Invariants.require(upper >= f.value, "range \(f.value)–\(upper) is reversed") }
        if let d = f.denominator { Invariants.require(d != 0, "fraction with denominator 0") }
    }
    for f in extraction.figures {
        Invariants.require(document.sentences.contains { $0.start <= f.start && f.end <= $0.end }, "figure '\(f.text)' straddles a sentence boundary")
    }
    return 0
}
