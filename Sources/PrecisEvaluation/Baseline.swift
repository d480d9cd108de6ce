import Foundation
import PrecisText

/// The thresholds CI holds Precis to: a minimum per task, language and metric.
///
/// Stored as `Evaluation/baseline.json`. A metric below its minimum is a regression; metrics
/// without a threshold are reported but not gated.
public struct Baseline: Sendable, Codable, Equatable {
    /// One gate: the lowest value CI accepts for one task, language and metric.
    public struct Threshold: Sendable, Codable, Equatable {
        /// The task of the gated metric, e.g. `summary`, `figures`, `conflicts` or `boundaries`.
        public var task: String
        /// The language or group of the gated metric: `ja`, `en`, `mixed`, `all`, or a language and
        /// split such as `en/test`.
        public var language: String
        /// The gated metric, e.g. `rouge1.f1`, `selection3.f1`, `precision`, `recall` or `f1`.
        public var metric: String
        /// The lowest accepted value, a fraction 0–1; a measured value below it is a regression.
        /// ``Baseline/updated(from:tolerance:note:)`` writes it rounded down to 4 decimal places.
        public var minimum: Double

        /// The task, language and metric as one ``MetricKey``, to look the metric up in a report.
        public var key: MetricKey { MetricKey(task: task, language: language, metric: metric) }
    }

    /// The format version of the baseline file (its `version` field), currently 1. It is read
    /// but not checked.
    public var version: Int = 1
    /// Subtracted from current scores by `updated(from:)` so noise does not fail CI.
    public var tolerance: Double
    /// A note for people reading the file (its `note` field), such as how it was written; nil for none.
    public var note: String?
    /// The gated metrics, one threshold each. Metrics of a report without a threshold are not gated.
    public var thresholds: [Threshold]

    /// Creates a baseline from its parts, at format `version` 1. The thresholds are stored as
    /// given: `tolerance` (a fraction 0–1) is recorded, not subtracted from them.
    public init(tolerance: Double, thresholds: [Threshold], note: String? = nil) {
        self.tolerance = tolerance
        self.thresholds = thresholds
        self.note = note
    }

    /// The metrics gated by `updated(from:)`: F1 of every task, precision and recall of facts.
    static func isGated(_ key: MetricKey) -> Bool {
        if key.task.contains(":") { return false }  // per-kind detail: reported, not gated
        if ["figure-units", "figure-values", "figure-sign-scale"].contains(key.task) { return key.metric == "f1" }  // one number: the accuracy
        return key.metric.hasSuffix(".f1") || (key.task != "summary" && ["f1", "precision", "recall"].contains(key.metric))
    }

    /// A baseline at the report's current values minus `tolerance` (never below 0).
    public static func updated(from report: EvaluationReport, tolerance: Double, note: String? = nil) -> Baseline {
        let thresholds = report.aggregates.filter { isGated($0.key) }.sorted { $0.key < $1.key }.map {
            Threshold(task: $0.key.task, language: $0.key.language, metric: $0.key.metric,
                      minimum: max(0, (($0.value - tolerance) * 10_000).rounded(.down) / 10_000))
        }
        return Baseline(tolerance: tolerance, thresholds: thresholds, note: note)
    }

    /// A metric that fell below its threshold, or a threshold whose metric was not measured.
    public struct Regression: Sendable, Equatable, CustomStringConvertible {
        /// The metric that fell below its threshold or was not measured.
        public var key: MetricKey
        /// The threshold the baseline requires, a fraction 0–1.
        public var minimum: Double
        /// The measured value (0–1), below `minimum`; nil when the report has no such metric.
        public var value: Double?

        public var description: String {
            if let value { return "\(key): \(String(format: "%.4f", value)) is below the threshold \(String(format: "%.4f", minimum))" }
            return "\(key): not measured, but the baseline requires at least \(String(format: "%.4f", minimum))"
        }
    }

    /// Every threshold the report does not meet.
    public func regressions(in report: EvaluationReport) -> [Regression] {
        let values = Dictionary(report.aggregates.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        return thresholds.compactMap { t in
            guard let value = values[t.key] else { return Regression(key: t.key, minimum: t.minimum, value: nil) }
            return value + 1e-9 < t.minimum ? Regression(key: t.key, minimum: t.minimum, value: value) : nil
        }
    }

    /// Reads a baseline file.
    /// - Throws: `TextInputError` when the file cannot be read, `FixtureError` when it is not a baseline.
    public static func load(contentsOf url: URL) throws -> Baseline {
        let bytes = try FileInput.bytes(atPath: url.path)
        do { return try JSONDecoder().decode(Baseline.self, from: Data(bytes)) } catch {
            throw FixtureError(file: url.lastPathComponent, field: "(baseline)", message: "\(error)")
        }
    }

    /// The baseline as the JSON text `load(contentsOf:)` reads (sorted keys, a final line break).
    /// - Throws: `EncodingError` when a minimum is not a finite number.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
