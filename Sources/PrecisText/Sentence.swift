/// One sentence of a document, with the exact UTF-8 byte range it came from.
///
/// `text` equals the document's bytes in `start..<end`. Sentences never overlap, and the gaps
/// between them hold only white space, so sentences plus gaps rebuild the input exactly.
public struct Sentence: Sendable, Codable, Hashable {
    /// Position of the sentence in its document, from 0.
    public var index: Int
    /// UTF-8 byte offset of the first byte.
    public var start: Int
    /// UTF-8 byte offset one past the last byte.
    public var end: Int
    /// The sentence exactly as in the input.
    public var text: String
    /// True for forum and page noise that is not prose: reply markers (`>>5`), bare URLs,
    /// timestamps, counters. Kept for losslessness, never picked for a summary.
    public var isNoise: Bool

    /// Creates a sentence from its parts; `start` and `end` are UTF-8 byte offsets, and `text`
    /// should be exactly the document's bytes in `start..<end` (not checked).
    public init(index: Int, start: Int, end: Int, text: String, isNoise: Bool) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.isNoise = isNoise
    }
}
