/// A text with an id, its language and its sentences: the unit Precis summarizes and checks.
public struct Document: Sendable, Hashable {
    /// The caller's name for the text: a file path, or the id given in JSON Lines.
    public let id: String
    /// The text exactly as given.
    public let text: String
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
}
