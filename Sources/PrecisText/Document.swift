/// A text with an id, its language and its sentences: the unit Precis summarizes and checks.
public struct Document: Sendable, Hashable {
    /// The caller's name for the text: a file path, or the id given in JSON Lines.
    public let id: String
    /// The text exactly as given.
    public let text: String
    /// The language whose rules apply to the text: the one given, or else detected from its
    /// letters by ``Language/detect(_:)``.
    public let language: Language
    /// The sentences, in order, each with its byte range in `text`.
    public let sentences: [Sentence]
    /// Publication date as yyyymmdd (20240510), if known: relative times ("last year", 昨年) in
    /// the text are resolved against it.
    public var date: Int?

    /// Segments `text` into sentences.
    /// - Parameters:
    ///   - id: the document id used in citations.
    ///   - text: the document text.
    ///   - language: a fixed language, or `nil` to detect it from the text.
    ///   - segmenter: the sentence segmenter to use.
    ///   - date: the publication date as yyyymmdd, if known.
    public init(id: String, text: String, language: Language? = nil, segmenter: SentenceSegmenter = SentenceSegmenter(), date: Int? = nil) {
        self.id = id
        self.text = text
        self.language = language ?? Language.detect(text)
        self.sentences = segmenter.sentences(in: text)
        self.date = date
    }

    /// Decodes bytes (refusing empty, binary and invalid UTF-8 input) and segments them.
    /// - Throws: `TextInputError` naming `id` and the offending byte offset.
    public init(id: String, bytes: some Collection<UInt8>, language: Language? = nil,
                decoder: TextDecoder = TextDecoder(), segmenter: SentenceSegmenter = SentenceSegmenter()) throws(TextInputError) {
        let text = try decoder.decode(bytes, source: id)
        self.init(id: id, text: text, language: language, segmenter: segmenter)
    }

    /// Reads the file at `path` (a regular file or any readable stream; `"-"`: standard input),
    /// then decodes and segments it like `init(id:bytes:)`.
    /// - Parameters:
    ///   - path: a file path, or `"-"` for standard input.
    ///   - id: the citation id; by default the path (`stdin` for `-`).
    ///   - language: a fixed language, or `nil` to detect it from the text.
    ///   - decoder: the UTF-8 decoder, with its size limit (bytes).
    ///   - segmenter: the sentence segmenter to use.
    /// - Throws: `TextInputError` naming the path: missing, a folder, unreadable (with the
    ///   system's reason), too large, empty, binary or invalid UTF-8 (with the byte offset).
    public init(contentsOfFile path: String, id: String? = nil, language: Language? = nil,
                decoder: TextDecoder = TextDecoder(), segmenter: SentenceSegmenter = SentenceSegmenter()) throws(TextInputError) {
        let bytes = try FileInput.bytes(atPath: path, maximumBytes: decoder.maximumBytes)
        try self.init(id: id ?? (path == "-" ? "stdin" : path), bytes: bytes, language: language, decoder: decoder, segmenter: segmenter)
    }

    /// A `YYYY-MM-DD` calendar date as yyyymmdd (the form of `date`), or nil when the text is not
    /// one (wrong shape, a year before 1000, a month or day that does not exist, 2023-02-29).
    public static func day(fromISO text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), y >= 1000, (1...12).contains(m) else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d) ? y * 10000 + m * 100 + d : nil
    }
}
