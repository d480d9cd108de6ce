import Foundation
import PrecisText

/// The outcome of comparing two figures that measure the same thing.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Equal within the precision the texts state.
    case consistent
    /// Outside each other's stated precision.
    case conflict
    /// Same measure, but a different time or modality (a demanded 3.8% against a current 2.3%).
    case notComparable
}

/// Two figures paired as measuring the same thing, with the verdict and both citations.
public struct FigureComparison: Sendable, Codable, Hashable {
    /// Whether the two figures agree, conflict, or cannot be compared.
    public var verdict: Verdict
    /// What both figures measure, e.g. `国防費 (GDP) · KR · now`.
    public var measure: String
    /// The first figure, in input order of the sources (then of the text), with its citation.
    public var a: SourcedFigure
    /// The second figure, from a later source or later in the same one, with its citation.
    public var b: SourcedFigure
    /// |a − b| in the first figure's unit, exact (a fraction is its percentage, rounded to six
    /// decimals: "two in three" against 60% differs by 6.666667).
    public var absoluteDifference: Decimal
    /// |a − b| / max(|a|, |b|); 0 when both are 0.
    public var relativeDifference: Double
    /// How sure the pairing is, in [0, 1]: context similarity, with less when the entity was
    /// inherited or unknown, or a value is approximate or bounded.
    public var confidence: Double
    /// Evidence that both figures measure the same thing (see `FactCheckOptions.minimumSimilarity`).
    public var evidence: Double
    /// Why this verdict (e.g. "different modality: reported vs demand").
    public var reason: String
    /// The frame slot that decided it: `value` (consistent or conflict), `time`, `baseTime` or
    /// `modality` (not comparable). Both frames are in `a.measure` and `b.measure`.
    public var decidedBy: String
}

/// Why a fact check could not run.
public enum FactCheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two sources share an id, so citations would be ambiguous.
    case duplicateDocumentID(String)
    /// A bundled model (lexicon, stopwords, term weights) could not be loaded.
    case model(ModelLoadError)

    public var description: String {
        switch self {
        case .duplicateDocumentID(let id): return "two sources have the id '\(id)'; ids must be unique"
        case .model(let error): return error.description
        }
    }
}

/// All figures of a set of sources and the comparisons between them.
public struct FactCheckReport: Sendable, Codable {
    /// Every comparable figure of every source, in source order and then text order.
    public var figures: [SourcedFigure]
    /// Pairs whose values lie outside each other's stated precision.
    public var conflicts: [FigureComparison]
    /// Pairs whose values agree within their stated precision.
    public var consistent: [FigureComparison]
    /// Pairs of one measure at different times or modalities: not judged.
    public var notComparable: [FigureComparison]
    /// Numbers that could not be represented exactly, with the reason.
    public var rejected: [RejectedNumber]
}
