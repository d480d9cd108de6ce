import FuzzSupport
import Precis

/// Reads the measure frame of every figure of any UTF-8 input (dated, so relative times are
/// resolved): each figure lies inside the sentence it cites, the sentence slices its own text,
/// and a second reading gives the same frames.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrames(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = Invariants.text(data, size) else { return 0 }
    let bytes = Array(text.utf8)
    let document = Document(id: "fuzz", text: text, date: 2025_03_31)
    let first: [SourcedFigure]
    do { first = try FactChecker().figures(in: document).measured } catch { fatalError("frames failed: \(error)") }
    for f in first {
        Invariants.require(f.sentenceStart <= f.start && f.start < f.end && f.end <= f.sentenceEnd && f.sentenceEnd <= bytes.count,
                           "figure \(f.start)..<\(f.end) outside its sentence \(f.sentenceStart)..<\(f.sentenceEnd)")
        Invariants.require(Array(bytes[f.sentenceStart..<f.sentenceEnd]) == Array(f.sentenceText.utf8), "sentence text differs from its bytes")
        Invariants.require(f.previousFigureEnd <= f.start && f.end <= f.nextFigureStart, "clause edges around \(f.start)..<\(f.end)")
    }
    let again: [SourcedFigure]
    do { again = try FactChecker().figures(in: document).measured } catch { fatalError("frames failed: \(error)") }
    Invariants.require(again == first, "a second reading differs")
    return 0
}
