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
    public var end: Int

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
    public var document: String
    public var sentence: Int
    public var start: Int
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
    public var algorithm: SummaryAlgorithm
    public var language: Language
    /// The similarity kernel that computed the graph (`sparse` or `dense`).
    public var kernel: SimilarityKernel
    /// The graph scored: `dense` (all pairs), or `neighbours-K` (each sentence's K most similar
    /// sentences, for inputs above `SummaryOptions.denseGraphLimit` candidates).
    public var graph: String
    public var budget: SummaryBudget
    /// Sentences considered (not noise, at least `minimumTerms` terms).
    public var candidates: Int
    /// The input had fewer candidate sentences than the budget asks for, so every sentence with
    /// a term was a candidate: the summary is (nearly) the whole text.
    public var shortInput: Bool = false
    public var sentences: [SummarySentence]
}
