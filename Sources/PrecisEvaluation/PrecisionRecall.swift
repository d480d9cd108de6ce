/// Counts of a matching task and the precision, recall and F1 they give.
public struct PrecisionRecall: Sendable, Codable, Hashable {
    /// Items of the system output that match a label.
    public var matched: Int
    /// Items the system produced.
    public var predicted: Int
    /// Items labelled.
    public var expected: Int

    /// Creates counts from their parts. `matched` should not exceed `predicted` or `expected`;
    /// nothing checks it.
    public init(matched: Int, predicted: Int, expected: Int) {
        self.matched = matched
        self.predicted = predicted
        self.expected = expected
    }

    /// Matched over predicted; 1 when nothing was predicted and nothing expected, else 0 if nothing predicted.
    public var precision: Double { predicted > 0 ? Double(matched) / Double(predicted) : (expected == 0 ? 1 : 0) }
    /// Matched over expected; 1 when nothing was expected.
    public var recall: Double { expected > 0 ? Double(matched) / Double(expected) : 1 }
    /// The harmonic mean of `precision` and `recall`, 0–1; 0 when both are 0.
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// Adds two sets of counts field by field, to micro-average over fixtures or cases.
    public static func + (a: PrecisionRecall, b: PrecisionRecall) -> PrecisionRecall {
        PrecisionRecall(matched: a.matched + b.matched, predicted: a.predicted + b.predicted, expected: a.expected + b.expected)
    }
}
