import PrecisText
import PrecisVectors

/// The scoring algorithm.
public enum SummaryAlgorithm: String, Sendable, Codable, CaseIterable {
    /// Continuous LexRank: stationary distribution of a random walk on the cosine graph.
    case lexrank
    /// Cosine similarity to the TF-IDF centroid of all sentences.
    case centroid
}

/// Order of the sentences in the output.
public enum SummaryOrder: String, Sendable, Codable, CaseIterable {
    /// As they stand in the input (documents in the given order).
    case document
    /// Best first.
    case rank
}

/// Which term weights to use.
public enum TermWeighting: Sendable {
    /// The model under `Models/` for the input's language (default).
    case bundled
    /// IDF computed from the input's own sentences.
    case input
    /// A model loaded by the caller.
    case model(IDFModel)
}

/// Everything that controls a summary. The defaults are the documented, evaluated choice.
public struct SummaryOptions: Sendable {
    /// How long the summary may be (default 3 sentences).
    public var budget: SummaryBudget = .sentences(3)
    /// How sentences are scored (default LexRank).
    public var algorithm: SummaryAlgorithm = .lexrank
    /// Fixes the language; `nil` detects it (the majority language of the documents, by bytes).
    public var language: Language? = nil
    /// Where the IDF term weights come from (default the bundled model of the language). A
    /// caller's model must match the tokenizer version, or summarizing throws `modelMismatch`.
    public var weighting: TermWeighting = .bundled
    /// Weight a term's count in a sentence as `1 + ln(count)` rather than the raw count (default true).
    public var sublinearTF: Bool = true
    /// Which kernel computes the all-pairs similarity matrix (default `automatic`: the one
    /// estimated cheaper). Unused above `denseGraphLimit` candidates, which get the neighbour graph.
    public var kernel: SimilarityKernel = .automatic
    /// MMR trade-off λ in [0, 1]: relevance weight against redundancy; 1 turns MMR off.
    public var mmrLambda: Double = 0.7
    /// Weight in [0, 1] of the lead prior `1/√(1 + position)`; news puts its key facts first.
    public var positionWeight: Double = 0.5
    /// Sentences at or above this cosine similarity are near-duplicates: they collapse into one
    /// summary sentence that cites all of them, and MMR never picks two of them.
    public var duplicateThreshold: Float = 0.8
    /// LexRank: probability of a random jump (1 − damping factor).
    public var teleportProbability: Double = 0.15
    /// LexRank: iteration cap and L1 convergence tolerance.
    public var maxIterations: Int = 100
    /// LexRank: iteration stops once the scores (a probability distribution) change by less than
    /// this in L1 norm from one iteration to the next; finite and ≥ 0.
    public var tolerance: Double = 1e-7
    /// Inputs with more candidate sentences are scored on a sparse nearest-neighbour graph
    /// instead of the dense n × n matrix (which needs 4·n² bytes: 1.6 GB at 20,000).
    public var denseGraphLimit: Int = 3_000
    /// Neighbours kept per sentence in the sparse graph.
    public var neighbours: Int = 48
    /// Sentences with fewer terms are not candidates.
    public var minimumTerms: Int = 3
    /// Leave out sentences without terminal punctuation (headlines, captions, photo credits,
    /// bylines) when the input has at least `minimumProseSentences` prose candidates.
    public var prefersProse: Bool = true
    /// Prose candidates needed before non-prose sentences are left out (default 3).
    public var minimumProseSentences: Int = 3
    /// Order of the sentences in the output (default: as they stand in the input).
    public var order: SummaryOrder = .document
    /// A query for a topic-focused summary: each sentence's score (relevance and lead prior) is
    /// blended with its TF-IDF cosine to the query. `nil` or a text without terms: a generic summary.
    public var query: String? = nil
    /// Weight in [0, 1] of the similarity to `query` against the algorithm's score (default 0.5,
    /// an even blend; no labelled query-focused data was available to choose it).
    public var queryWeight: Double = 0.5

    /// Creates the default options, the documented and evaluated choice; change fields as needed.
    public init() {}

    /// Checks every setting is a finite number in its range.
    public func validate() throws(SummarizeError) {
        func check(_ ok: Bool, _ message: String) throws(SummarizeError) { if !ok { throw .invalidOption(message) } }
        try check((0...1).contains(mmrLambda), "mmrLambda must be in [0, 1], got \(mmrLambda)")
        try check((0...1).contains(positionWeight), "positionWeight must be in [0, 1], got \(positionWeight)")
        try check(teleportProbability > 0 && teleportProbability < 1, "teleportProbability must be in (0, 1), got \(teleportProbability)")
        try check(duplicateThreshold > 0 && duplicateThreshold <= 1, "duplicateThreshold must be in (0, 1], got \(duplicateThreshold)")
        try check(maxIterations >= 1, "maxIterations must be at least 1, got \(maxIterations)")
        try check(tolerance >= 0 && tolerance.isFinite, "tolerance must be a finite number ≥ 0, got \(tolerance)")
        try check(neighbours >= 1, "neighbours must be at least 1, got \(neighbours)")
        try check(denseGraphLimit >= 0, "denseGraphLimit must be ≥ 0, got \(denseGraphLimit)")
        try check(minimumTerms >= 1, "minimumTerms must be at least 1, got \(minimumTerms)")
        try check((0...1).contains(queryWeight), "queryWeight must be in [0, 1], got \(queryWeight)")
        try check(minimumProseSentences >= 0, "minimumProseSentences must be ≥ 0, got \(minimumProseSentences)")
    }
}
