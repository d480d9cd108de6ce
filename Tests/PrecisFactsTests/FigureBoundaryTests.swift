import Foundation
import PrecisFacts
import PrecisText
import Testing

/// A figure never spans a sentence boundary, whatever the segmenter does: after "Rs." and at the
/// forced cut of an over-long sentence, in the library's extractor and in the fact checker.
@Suite struct FigureBoundaryTests {
    /// Every figure lies inside one sentence of the document.
    static func checkContained(_ document: Document, _ figures: [Figure], sourceLocation: SourceLocation = #_sourceLocation) {
        for f in figures {
            let inside = document.sentences.contains { $0.start <= f.start && f.end <= $0.end }
            #expect(inside, "figure \(f.text) [\(f.start), \(f.end)) crosses a sentence boundary", sourceLocation: sourceLocation)
        }
    }

    static let texts: [String] = [
        "The fee was Rs. 20. It rose.",
        String(repeating: "あ", count: 996) + "12,345人が参加した。",
        String(repeating: "word ", count: 199) + "cost 3.5 billion dollars in total.",
        String(repeating: "い", count: 998) + "2万8500人が避難した。",
        String(repeating: "x", count: 999) + " 1,234,567 people.",
    ]

    @Test("Figures stay inside sentences and keep their exact value", arguments: texts)
    func contained(_ text: String) throws {
        let document = Document(id: "d", text: text)
        let extraction = FigureExtractor().extract(from: document)
        Self.checkContained(document, extraction.figures)
        let bytes = Array(text.utf8)
        for f in extraction.figures {
            #expect(String(decoding: bytes[f.start..<f.end], as: UTF8.self) == f.text)
        }
        let listing = try FactChecker().figures(in: document)
        Self.checkContained(document, listing.measured.map(\.figure) + listing.other)
        _ = try FactChecker().check([document, Document(id: "e", text: text)])
    }

    @Test("A number at the forced cut is read whole")
    func cutKeepsNumbers() {
        let ja = Document(id: "d", text: String(repeating: "あ", count: 996) + "12,345人が参加した。")
        #expect(FigureExtractor().extract(from: ja).figures.map(\.value) == [12345])
        let en = Document(id: "d", text: String(repeating: "word ", count: 199) + "cost 3.5 billion dollars in total.")
        #expect(FigureExtractor().extract(from: en).figures.map(\.value) == [3_500_000_000])
        let rs = Document(id: "d", text: "The fee was Rs. 20. It rose.")
        #expect(rs.sentences.count == 2)
        #expect(FigureExtractor().extract(from: rs).figures.map(\.text) == ["Rs. 20"])
    }
}
