import PrecisFigures
import PrecisText

extension FigureExtractor {
    /// Extracts the figures of each sentence of `document` separately, so that no figure spans a
    /// sentence boundary (every figure's byte range lies inside its sentence's). Offsets are UTF-8
    /// byte offsets into `document.text`; figures in order of start.
    public func extract(from document: Document) -> FigureExtraction {
        extract(from: document.text, sentences: document.sentences.map { $0.start..<$0.end })
    }
}
