import Foundation
import PrecisFacts
import PrecisSummary
import PrecisText

/// Runs the summarizer and the fact checker on fixtures and scores them against the labels.
///
/// Summary metrics (per fixture, then mean with a bootstrap 95% interval): ROUGE-1/2/L/Lsum of
/// the 3-sentence summary against the reference summary (English: rouge-score tokens with
/// stemming; Japanese: characters after NFKC without white space and punctuation; not computed
/// for mixed-language fixtures), and selection F1 of the 3- and 5-sentence summaries against the
/// labelled picks. Lead-N and a greedy ROUGE oracle are scored beside Precis. Figures and
/// conflicts are matched one to one and micro-averaged over a language's fixtures.
public struct Evaluator: Sendable {
    /// The summarizer settings scored as Precis. Each fixture is summarized to 3 and to 5
    /// sentences in document order (`budget` and `order` are overridden); lead-N uses the same
    /// settings with the lead prior alone.
    public var options: SummaryOptions
    /// The fact checker's settings (thresholds are chosen on the `tune` fixtures only).
    public var factOptions: FactCheckOptions
    /// The bootstrap behind every aggregate's 95% interval.
    public var bootstrap: Bootstrap

    /// Creates an evaluator from its parts; each defaults to the default settings.
    public init(options: SummaryOptions = SummaryOptions(), factOptions: FactCheckOptions = FactCheckOptions(), bootstrap: Bootstrap = Bootstrap()) {
        self.options = options
        self.factOptions = factOptions
        self.bootstrap = bootstrap
    }

    /// Scores every fixture.
    /// - Throws: `SummarizeError` or `FactCheckError` if the summarizer or the fact checker cannot
    ///   run (e.g. a missing bundled model).
    public func evaluate(_ fixtures: [Fixture], figureCases: [FigureCase] = [], segmentCases: [SegmentCase] = []) throws -> EvaluationReport {
        var perFixture: [FixtureScore] = []
        var counts: [String: [String: [PrecisionRecall]]] = [:]  // task → language → per-fixture counts
        // Sentence boundaries, per language and split ("en/tune"): internal boundaries found.
        let segmenter = SentenceSegmenter()
        for c in segmentCases {
            counts["boundaries", default: [:]][c.group, default: []].append(c.score(with: segmenter))
        }
        // Figure cases, per language and split ("ja/tune"): found (recall, precision), exact values
        // among the found (overall and per kind), and found figures free of sign or scale errors.
        let scorer = FigureCaseScorer()
        for c in figureCases {
            let group = "\(c.language)/\(c.split)"
            for (kind, n) in scorer.score(c) {
                let values = PrecisionRecall(matched: n.valueRight, predicted: n.found, expected: n.found)
                if kind == "all" {
                    counts["figure-cases", default: [:]][group, default: []].append(PrecisionRecall(matched: n.found, predicted: n.extracted, expected: n.labels))
                    counts["figure-values", default: [:]][group, default: []].append(values)
                    counts["figure-sign-scale", default: [:]][group, default: []].append(
                        PrecisionRecall(matched: n.found - n.signOrScaleErrors, predicted: n.found, expected: n.found))
                } else {
                    counts["figure-values:\(kind)", default: [:]][group, default: []].append(values)
                }
            }
        }
        for fixture in fixtures {
            let documents = fixture.documents.map { Document(id: $0.id, text: $0.text, date: $0.date.flatMap { Document.day(fromISO: $0) }) }
            if fixture.summary != nil { perFixture += try summaryScores(fixture, documents) }
            // One fact check per fixture: its figures are scored, then its pairs.
            let check = try FactChecker(options: factOptions).check(documents)
            var scored: [(String, PrecisionRecall)] = []
            if fixture.figures != nil {
                let (figures, units) = figureCounts(fixture, documents, extracted: check.figures)
                counts["figures", default: [:]][fixture.language, default: []].append(figures)
                counts["figure-units", default: [:]][fixture.language, default: []].append(units)
                scored.append(("figures", figures))
            }
            let pairs = pairCounts(fixture, check)
            let group = "\(fixture.language)/\(fixture.split ?? "tune")"
            for key in ["all", group, "all/\(fixture.split ?? "tune")"] {
                counts["conflicts", default: [:]][key, default: []].append(pairs.conflicts)
                if let c = pairs.consistent { counts["consistent", default: [:]][key, default: []].append(c) }
                if let l = pairs.lookalikes { counts["lookalikes", default: [:]][key, default: []].append(l) }
            }
            for (type, l) in pairs.lookalikesByType { counts["lookalikes:\(type)", default: [:]]["all/\(fixture.split ?? "tune")", default: []].append(l) }
            scored.append(("conflicts", pairs.conflicts))
            for (task, pr) in scored {
                for (metric, value) in [("precision", pr.precision), ("recall", pr.recall), ("f1", pr.f1)] {
                    perFixture.append(FixtureScore(fixture: fixture.id, task: task, language: task == "conflicts" ? "all" : fixture.language,
                                                   metric: metric, system: "precis", value: value, counts: pr))
                }
            }
        }
        return EvaluationReport(fixtures: perFixture, aggregates: aggregate(perFixture, counts: counts),
                                notes: Self.notes, fixtureCount: fixtures.count)
    }

    static let notes = [
        "English ROUGE: rouge-score tokenization with Porter stemming (use_stemmer=True).",
        "Japanese ROUGE: characters after NFKC, white space and punctuation removed (rouge-score's tokenizer would score Japanese as 0).",
        "ROUGE is not computed for mixed-language fixtures; selection F1 is.",
        "Summary metrics: mean over fixtures; figures and conflicts: micro-averaged counts. Intervals: bootstrap 95% over fixtures.",
        "figure-units: of the matched figures whose label names a unit, the share with the same unit (precision = recall = F1 = accuracy).",
        "figure-cases (Evaluation/figures, per language/split): recall = labelled figures found (span overlap), precision = extracted figures that are labelled.",
        "figure-values: of the found figures, the share with exactly the labelled value, upper end, denominator and kind (F1 = accuracy); figure-values:KIND per labelled kind.",
        "figure-sign-scale: of the found figures, the share without a sign or power-of-ten error (F1 = 1 means none).",
        "boundaries (Evaluation/segments, per language/split; ja-space-joined = headlines and headings joined to their text by one space): sentence ends against gold boundaries, internal ones only, each moved past the white space after it.",
        "conflicts, consistent, lookalikes: per language/split (mixed = Japanese+English clusters) and all/split; consistent: recall of labelled consistent pairs; lookalikes: share of labelled look-alike pairs NOT reported as a conflict (lookalikes:TYPE per type).",
    ]

    // MARK: Summaries

    private func summaryScores(_ fixture: Fixture, _ documents: [Document]) throws -> [FixtureScore] {
        var scores: [FixtureScore] = []
        func add(_ metric: String, _ system: String, _ value: Double) {
            scores.append(FixtureScore(fixture: fixture.id, task: "summary", language: fixture.language, metric: metric, system: system, value: value))
        }
        let rougeLanguage: Language? = fixture.language == "ja" ? .ja : fixture.language == "en" ? .en : nil
        guard let labels = fixture.summary else { return [] }
        let reference = Self.lines(labels.reference)
        for (system, variant) in [("precis", options), ("lead", Self.leadOptions(options))] {
            for n in [3, 5] {
                var o = variant
                o.budget = .sentences(n)
                o.order = .document
                let summary = try Summarizer(options: o).summarize(documents)
                let picks = n == 3 ? labels.top3 : labels.top5
                add("selection\(n).f1", system, Self.selection(summary.sentences.map { ($0.document, $0.start..<$0.end) }, picks, fixture).f1)
                if n == 3, let rougeLanguage {
                    let prediction = summary.sentences.map(\.text).joined(separator: "\n")
                    for (type, s) in RougeScorer(language: rougeLanguage).score(target: reference, prediction: prediction) {
                        add("\(type.rawValue).f1", system, s.f1)
                        add("\(type.rawValue).recall", system, s.recall)
                        add("\(type.rawValue).precision", system, s.precision)
                    }
                }
            }
        }
        if let rougeLanguage {
            let oracle = Self.oracle(documents, reference: reference, language: rougeLanguage, count: 3)
            for (type, s) in RougeScorer(language: rougeLanguage).score(target: reference, prediction: oracle.joined(separator: "\n")) {
                add("\(type.rawValue).f1", "oracle", s.f1)
            }
        }
        return scores
    }

    /// Lead-N: the lead prior alone, no redundancy control (round-robin over documents).
    static func leadOptions(_ options: SummaryOptions) -> SummaryOptions {
        var o = options
        o.positionWeight = 1
        o.mmrLambda = 1
        return o
    }

    /// A text as sentences on lines, the form ROUGE-Lsum expects.
    static func lines(_ text: String) -> String {
        SentenceSegmenter().sentences(in: text).map(\.text).joined(separator: "\n")
    }

    /// Greedy extractive oracle: adds the sentence that most raises ROUGE-1 + ROUGE-2 F1 against
    /// the reference, up to `count` sentences, stopping when nothing helps.
    static func oracle(_ documents: [Document], reference: String, language: Language, count: Int) -> [String] {
        let scorer = RougeScorer(language: language, types: [.rouge1, .rouge2])
        let pool = documents.flatMap { $0.sentences.filter { !$0.isNoise }.map(\.text) }
        var chosen: [Int] = []
        var best = 0.0
        while chosen.count < count {
            var pick = -1
            for i in pool.indices where !chosen.contains(i) {
                let text = (chosen + [i]).sorted().map { pool[$0] }.joined(separator: "\n")
                let s = scorer.score(target: reference, prediction: text)
                let value = (s[.rouge1]?.f1 ?? 0) + (s[.rouge2]?.f1 ?? 0)
                if value > best + 1e-12 { best = value; pick = i }
            }
            if pick < 0 { break }
            chosen.append(pick)
        }
        return chosen.sorted().map { pool[$0] }
    }

    /// One-to-one matching of picked sentences with labelled ones: same document, byte ranges
    /// overlapping by at least half of the shorter (segmenters may differ at the edges).
    static func selection(_ system: [(String, Range<Int>)], _ picks: [Fixture.Pick], _ fixture: Fixture) -> PrecisionRecall {
        let texts = Dictionary(uniqueKeysWithValues: fixture.documents.map { ($0.id, $0.text) })
        let labels = picks.compactMap { p in SpanLocator.range(of: p.text, occurrence: 1, in: texts[p.document] ?? "").map { (p.document, $0) } }
        var used = Set<Int>()
        var matched = 0
        for (document, range) in system {
            if let k = labels.indices.first(where: { !used.contains($0) && labels[$0].0 == document && Self.overlapsHalf(labels[$0].1, range) }) {
                used.insert(k)
                matched += 1
            }
        }
        return PrecisionRecall(matched: matched, predicted: system.count, expected: picks.count)
    }

    static func overlapsHalf(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let overlap = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        return overlap > 0 && overlap * 2 >= min(a.count, b.count)
    }

    // MARK: Figures and conflicts

    /// Extracted comparable figures against labelled ones: same document, overlapping spans,
    /// same kind and exactly the same value. Second: of the matched figures whose label has a
    /// unit, how many have the same unit (case-insensitive), as counts whose F1 is the accuracy.
    func figureCounts(_ fixture: Fixture, _ documents: [Document], extracted: [SourcedFigure]) -> (PrecisionRecall, PrecisionRecall) {
        let byDocument = Dictionary(grouping: extracted, by: \.document)
        var total = PrecisionRecall(matched: 0, predicted: 0, expected: 0)
        var units = PrecisionRecall(matched: 0, predicted: 0, expected: 0)
        for document in documents {
            let system = (byDocument[document.id] ?? []).map(\.figure)
            let labels = (fixture.figures ?? []).filter { $0.document == document.id }
            var used = Set<Int>()
            var matched = 0
            for label in labels {
                guard let range = SpanLocator.range(of: label.text, occurrence: label.occurrence, in: document.text),
                      let value = Decimal(string: label.value, locale: Locale(identifier: "en_US_POSIX")) else { continue }
                if let k = system.indices.first(where: { k in
                    !used.contains(k) && system[k].start < range.upperBound && range.lowerBound < system[k].end
                        && system[k].kind.rawValue == label.kind && system[k].value == value
                        && system[k].denominator == label.denominator.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
                }) {
                    used.insert(k)
                    matched += 1
                    if let unit = label.unit {
                        let same = system[k].unit?.lowercased() == unit.lowercased()
                        units = units + PrecisionRecall(matched: same ? 1 : 0, predicted: 1, expected: 1)
                    }
                }
            }
            total = total + PrecisionRecall(matched: matched, predicted: system.count, expected: labels.count)
        }
        return (total, units)
    }

    /// Pair counts of one fixture: conflicts (reported against labelled), labelled consistent
    /// pairs reported consistent (recall), and labelled look-alikes *not* reported as conflicts
    /// (overall and per type; 1 means none was called a conflict).
    struct PairCounts {
        var conflicts: PrecisionRecall
        var consistent: PrecisionRecall?
        var lookalikes: PrecisionRecall?
        var lookalikesByType: [String: PrecisionRecall]
    }

    /// Matches reported pairs to labelled ones: both sides' spans overlap, in either order.
    func pairCounts(_ fixture: Fixture, _ report: FactCheckReport) -> PairCounts {
        let texts = Dictionary(uniqueKeysWithValues: fixture.documents.map { ($0.id, $0.text) })
        typealias Side = (String, Range<Int>)
        func locate(_ r: Fixture.SpanReference) -> Side? {
            SpanLocator.range(of: r.text, occurrence: r.occurrence, in: texts[r.document] ?? "").map { (r.document, $0) }
        }
        func pair(_ a: Fixture.SpanReference, _ b: Fixture.SpanReference) -> (Side, Side)? {
            guard let x = locate(a), let y = locate(b) else { return nil }
            return (x, y)
        }
        func same(_ side: Side, _ f: SourcedFigure) -> Bool {
            side.0 == f.document && f.start < side.1.upperBound && side.1.lowerBound < f.end
        }
        func matches(_ label: (Side, Side), _ c: FigureComparison) -> Bool {
            (same(label.0, c.a) && same(label.1, c.b)) || (same(label.0, c.b) && same(label.1, c.a))
        }
        let conflictLabels = fixture.conflicts.compactMap { pair($0.a, $0.b) }
        var used = Set<Int>()
        var matched = 0
        for c in report.conflicts {
            if let k = conflictLabels.indices.first(where: { !used.contains($0) && matches(conflictLabels[$0], c) }) {
                used.insert(k)
                matched += 1
            }
        }
        let conflicts = PrecisionRecall(matched: matched, predicted: report.conflicts.count, expected: conflictLabels.count)
        let consistent = fixture.consistent.map { list -> PrecisionRecall in
            let labels = list.compactMap { pair($0.a, $0.b) }
            let found = labels.filter { l in report.consistent.contains { matches(l, $0) } }.count
            return PrecisionRecall(matched: found, predicted: labels.count, expected: labels.count)
        }
        var byType: [String: PrecisionRecall] = [:]
        let lookalikes = fixture.lookalikes.map { list -> PrecisionRecall in
            var total = PrecisionRecall(matched: 0, predicted: 0, expected: 0)
            for l in list {
                guard let p = pair(l.a, l.b) else { continue }
                let called = report.conflicts.contains { matches(p, $0) }
                let one = PrecisionRecall(matched: called ? 0 : 1, predicted: 1, expected: 1)
                total = total + one
                byType[l.type] = (byType[l.type] ?? PrecisionRecall(matched: 0, predicted: 0, expected: 0)) + one
            }
            return total
        }
        return PairCounts(conflicts: conflicts, consistent: consistent, lookalikes: lookalikes, lookalikesByType: byType)
    }

    // MARK: Aggregation

    private func aggregate(_ scores: [FixtureScore], counts: [String: [String: [PrecisionRecall]]]) -> [AggregateScore] {
        var result: [AggregateScore] = []
        let summary = scores.filter { $0.task == "summary" }
        let groups = Dictionary(grouping: summary) { MetricKey(task: $0.task, language: $0.language, metric: $0.metric) }
        for key in groups.keys.sorted() {
            let all = groups[key]!
            func mean(_ system: String) -> Double? {
                let v = all.filter { $0.system == system }.map(\.value)
                return v.isEmpty ? nil : v.reduce(0, +) / Double(v.count)
            }
            let mine = all.filter { $0.system == "precis" }.map(\.value)
            guard !mine.isEmpty else { continue }
            let ci = bootstrap.interval(mine) { $0.reduce(0, +) / Double($0.count) }
            result.append(AggregateScore(key: key, value: mean("precis")!, low: ci.low, high: ci.high,
                                         fixtures: mine.count, lead: mean("lead"), oracle: mean("oracle")))
        }
        for task in counts.keys.sorted() {
            for language in counts[task]!.keys.sorted() {
                let items = counts[task]![language]!
                let total = items.reduce(PrecisionRecall(matched: 0, predicted: 0, expected: 0), +)
                for (metric, value, statistic) in [
                    ("precision", total.precision, { (s: [PrecisionRecall]) in s.reduce(PrecisionRecall(matched: 0, predicted: 0, expected: 0), +).precision }),
                    ("recall", total.recall, { (s: [PrecisionRecall]) in s.reduce(PrecisionRecall(matched: 0, predicted: 0, expected: 0), +).recall }),
                    ("f1", total.f1, { (s: [PrecisionRecall]) in s.reduce(PrecisionRecall(matched: 0, predicted: 0, expected: 0), +).f1 }),
                ] {
                    let ci = bootstrap.interval(items, statistic: statistic)
                    result.append(AggregateScore(key: MetricKey(task: task, language: language, metric: metric), value: value,
                                                 low: ci.low, high: ci.high, fixtures: items.count, lead: nil, oracle: nil, counts: total))
                }
            }
        }
        return result
    }
}
