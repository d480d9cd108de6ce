/// Names one aggregate metric: task (`summary`, `figures`, `conflicts`), language (`ja`, `en`,
/// `mixed`, `all`) and metric (`rouge1.f1`, `selection3.f1`, `f1`…).
public struct MetricKey: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// The task scored: `summary`, `figures`, `figure-units`, `figure-cases`, `figure-values`,
    /// `figure-sign-scale`, `boundaries`, `conflicts`, `consistent` or `lookalikes`; per-kind detail
    /// as `figure-values:KIND` or `lookalikes:TYPE`.
    public var task: String
    /// The fixtures' language (`ja`, `en`, `mixed`), `all`, or a group with its split
    /// (`en/tune`, `ja-space-joined/test`, `all/test`).
    public var language: String
    /// The metric: `precision`, `recall` or `f1` for counted tasks; for summaries a ROUGE score
    /// (`rouge1.f1`, `rougeLsum.recall`…) or `selection3.f1` / `selection5.f1`.
    public var metric: String

    /// Creates a key from its parts. The strings are not checked.
    public init(task: String, language: String, metric: String) {
        self.task = task
        self.language = language
        self.metric = metric
    }

    public static func < (a: MetricKey, b: MetricKey) -> Bool {
        (a.task, a.language, a.metric) < (b.task, b.language, b.metric)
    }

    public var description: String { "\(task)/\(language)/\(metric)" }
}

/// One metric of one fixture for one system (`precis`, `lead`, `oracle`).
public struct FixtureScore: Sendable, Codable, Hashable {
    /// The id of the fixture scored (``Fixture/id``).
    public var fixture: String
    /// The task: `summary`, `figures` or `conflicts`.
    public var task: String
    /// The fixture's language (`ja`, `en`, `mixed`); `all` for conflicts.
    public var language: String
    /// The metric: for summaries `rouge1.f1`, `rougeL.recall`, `selection3.f1`…; for figures and
    /// conflicts `precision`, `recall` or `f1`.
    public var metric: String
    /// The system whose output was scored: `precis`, `lead` (the lead-N baseline) or `oracle`
    /// (the greedy ROUGE oracle; ROUGE F1 only).
    public var system: String
    /// The score, a fraction 0–1.
    public var value: Double
    /// The matched, predicted and expected counts behind `value` (figures and conflicts); nil
    /// for summary metrics.
    public var counts: PrecisionRecall?

    /// Creates a score from its parts; `counts` defaults to nil (no counts behind the value).
    public init(fixture: String, task: String, language: String, metric: String, system: String, value: Double, counts: PrecisionRecall? = nil) {
        self.fixture = fixture
        self.task = task
        self.language = language
        self.metric = metric
        self.system = system
        self.value = value
        self.counts = counts
    }
}

/// A metric over all fixtures of a language: Precis's value with its bootstrap 95% interval,
/// and the lead-N and oracle values beside it where they apply.
public struct AggregateScore: Sendable, Codable, Hashable {
    /// The task, language and metric aggregated.
    public var key: MetricKey
    /// Precis's value, 0–1: the mean over fixtures for summary metrics; for counted tasks, the
    /// metric of the counts summed over all items (micro-average).
    public var value: Double
    /// The lower end of the bootstrap 95% interval, 0–1.
    public var low: Double
    /// The upper end of the bootstrap 95% interval, 0–1.
    public var high: Double
    /// How many items the value is over (a count): fixtures, or labelled sentences for
    /// `figure-cases`, `figure-values` and `figure-sign-scale`, or texts for `boundaries`.
    public var fixtures: Int
    /// The lead-N baseline's mean for the same summary metric, 0–1; nil for other tasks.
    public var lead: Double?
    /// The greedy ROUGE oracle's mean, 0–1, for ROUGE F1 summary metrics; nil otherwise.
    public var oracle: Double?
    /// The counts summed over all items, for counted tasks; nil for summary metrics.
    public var counts: PrecisionRecall?

    /// Creates an aggregate score from its parts; `counts` defaults to nil. Nothing is checked.
    public init(key: MetricKey, value: Double, low: Double, high: Double, fixtures: Int, lead: Double?, oracle: Double?, counts: PrecisionRecall? = nil) {
        self.key = key
        self.value = value
        self.low = low
        self.high = high
        self.fixtures = fixtures
        self.lead = lead
        self.oracle = oracle
        self.counts = counts
    }
}

/// Everything `evaluate` measured.
public struct EvaluationReport: Sendable, Codable {
    /// Every per-fixture score, of every system (`precis`, `lead`, `oracle`).
    public var fixtures: [FixtureScore]
    /// The metrics over all fixtures, cases and texts, one per ``MetricKey``: what a
    /// ``Baseline`` gates.
    public var aggregates: [AggregateScore]
    /// How the metrics were computed, one sentence each, for people reading the report.
    public var notes: [String]
    /// How many fixtures were evaluated (a count; figure and segment cases not included).
    public var fixtureCount: Int
}
