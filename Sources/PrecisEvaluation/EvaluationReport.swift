/// Names one aggregate metric: task (`summary`, `figures`, `conflicts`), language (`ja`, `en`,
/// `mixed`, `all`) and metric (`rouge1.f1`, `selection3.f1`, `f1`…).
public struct MetricKey: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public var task: String
    public var language: String
    public var metric: String

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
    public var fixture: String
    public var task: String
    public var language: String
    public var metric: String
    public var system: String
    public var value: Double
    public var counts: PrecisionRecall?

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
    public var key: MetricKey
    public var value: Double
    public var low: Double
    public var high: Double
    public var fixtures: Int
    public var lead: Double?
    public var oracle: Double?
    public var counts: PrecisionRecall?

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
    public var fixtures: [FixtureScore]
    public var aggregates: [AggregateScore]
    public var notes: [String]
    public var fixtureCount: Int
}
