/// The result of scanning one text: the figures in order of `start`, and the numbers that were rejected.
public struct FigureExtraction: Sendable, Codable, Hashable {
    /// The figures found, in order of `start` (UTF-8 byte offset).
    public var figures: [Figure]
    /// The number-like spans that were skipped, in order of `start`, each with its reason.
    public var rejected: [RejectedNumber]

    /// Creates an extraction from its parts; both lists default to empty.
    public init(figures: [Figure] = [], rejected: [RejectedNumber] = []) {
        self.figures = figures
        self.rejected = rejected
    }

    /// Figures whose kind can be compared across documents (percent, money, count, …).
    public var comparableFigures: [Figure] { figures.filter(\.isComparable) }
}
