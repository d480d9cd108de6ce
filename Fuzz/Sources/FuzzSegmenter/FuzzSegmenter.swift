import FuzzSupport
import Precis

/// Segments any UTF-8 input with option variants chosen by its first byte and checks that the
/// sentences tile it; also decodes the raw bytes and splits them into JSON Lines (never a crash).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? TextDecoder().decode(bytes, source: "fuzz")  // any outcome but a crash is fine
    var lines = JSONLinesReader(bytes: bytes)
    while let line = try? lines.next() { Invariants.require(line.number >= 1, "line number \(line.number)") }
    guard let text = Invariants.text(data, size) else { return 0 }
    let variant = Int(bytes.first ?? 0)
    let segmenter = SentenceSegmenter(maximumSentenceLength: 16 + variant % 64, maximumQuoteLength: variant % 7 * 10,
                                      splitsJapaneseAtSpaces: variant % 2 == 0)
    Invariants.checkLossless(text, segmenter.sentences(in: text))
    Invariants.checkLossless(text, SentenceSegmenter().sentences(in: text))
    return 0
}
