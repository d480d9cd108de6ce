/// The result of scanning one text: the figures in order of `start`, and the numbers that were rejected.
public struct FigureExtraction: Sendable, Codable, Hashable {
    public var figures: [Figure]
    public var rejected: [RejectedNumber]

    public init(figures: [Figure] = [], rejected: [RejectedNumber] = []) {
        self.figures = figures
        self.rejected = rejected
    }

    /// Figures whose kind can be compared across documents (percent, money, count, …).
    public var comparableFigures: [Figure] { figures.filter(\.isComparable) }
}
