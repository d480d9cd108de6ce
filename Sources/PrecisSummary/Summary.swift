import PrecisText
import PrecisVectors

/// Where a summary sentence comes from: a sentence of one input document.
public struct Citation: Sendable, Codable, Hashable {
    /// The document id (file path or JSON Lines id).
    public var document: String
    /// The sentence index within that document, from 0.
    public var sentence: Int
    /// UTF-8 byte range `[start, end)` in the document's original bytes.
    public var start: Int
    /// UTF-8 byte offset of the end of the cited sentence (exclusive) in the document's original bytes.
    public var end: Int

    /// Creates a citation from its parts; `start` and `end` are UTF-8 byte offsets.
    public init(document: String, sentence: Int, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// One sentence of a summary, verbatim from its source, with its citation and score.
public struct SummarySentence: Sendable, Codable, Hashable {
    /// The sentence exactly as in the source bytes `start..<end`; a leading dateline or byline
    /// (`ATLANTA --`, `【ワシントン＝共同】`) is left out, so `start` may be inside the sentence.
    public var text: String
    /// The id of the document the sentence comes from (file path or JSON Lines id).
    public var document: String
    /// The index of the sentence within that document, from 0.
    public var sentence: Int
    /// UTF-8 byte offset in the document's original bytes where `text` starts (after any dateline).
    public var start: Int
    /// UTF-8 byte offset in the document's original bytes where the sentence ends, exclusive.
    public var end: Int
    /// The final score used for selection (algorithm score blended with the position prior),
    /// rounded to 6 decimals.
    public var score: Double
    /// 1 for the sentence picked first.
    public var rank: Int
    /// Every source sentence this one stands for: itself first, then near-duplicates in other
    /// documents (or elsewhere in the same one) that were collapsed into it.
    public var sources: [Citation]
}

/// The result of summarizing one or more documents.
public struct Summary: Sendable, Codable {
    /// Output format version of this structure.
    public var version: Int = 1
    /// The scoring algorithm used, as set in ``SummaryOptions/algorithm``.
    public var algorithm: SummaryAlgorithm
    /// The language whose tokenizer and term weights were used: the one set in the options, or
    /// else the majority language of the documents, by bytes.
    public var language: Language
    /// The similarity kernel that computed the graph (`sparse` or `dense`).
    public var kernel: SimilarityKernel
    /// The graph scored: `dense` (all pairs), or `neighbours-K` (each sentence's K most similar
    /// sentences, for inputs above `SummaryOptions.denseGraphLimit` candidates).
    public var graph: String
    /// The length budget the sentences were picked under, as set in the options.
    public var budget: SummaryBudget
    /// Sentences considered (not noise, at least `minimumTerms` terms).
    public var candidates: Int
    /// The input had fewer candidate sentences than the budget asks for, so every sentence with
    /// a term was a candidate: the summary is (nearly) the whole text.
    public var shortInput: Bool = false
    /// The picked sentences, in input order (documents as given, then sentence index) or best
    /// first, as ``SummaryOptions/order`` asked.
    public var sentences: [SummarySentence]
}
