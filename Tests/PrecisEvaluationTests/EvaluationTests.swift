import Foundation
import Testing
@testable import PrecisEvaluation
import PrecisTestSupport

let evaluationFolder = repositoryRoot.appendingPathComponent("Evaluation")

@Suite(.serialized) struct EvaluationTests {
    @Test func bundledFixturesLoadAndValidate() throws {
        let fixtures = try FixtureSet.load(from: evaluationFolder)
        #expect(fixtures.count >= 42)
        #expect(fixtures.filter { $0.documents.count > 1 }.count >= 10)
        #expect(Set(fixtures.map(\.language)) == ["ja", "en", "mixed"])
    }

    @Test func validationNamesFileAndField() throws {
        var fixture = try Fixture.load(contentsOf: evaluationFolder.appendingPathComponent("fixtures/seed-002.json"))
        fixture.summary?.top3.removeLast()
        #expect(throws: FixtureError(file: "f.json", field: "summary.top3", message: "expected 3 sentences, found 2")) { try fixture.validate(file: "f.json") }
        fixture = try Fixture.load(contentsOf: evaluationFolder.appendingPathComponent("fixtures/seed-002.json"))
        fixture.figures?[0].kind = "speed"
        #expect(throws: FixtureError(file: "f.json", field: "figures[0].kind", message: "'speed' is not a comparable figure kind")) { try fixture.validate(file: "f.json") }
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("precis-broken-fixture.json")
        try Data(#"{"schema": 1, "id": "x", "language": "ja"}"#.utf8).write(to: broken)
        #expect(throws: FixtureError(file: "precis-broken-fixture.json", field: "origin", message: "missing")) { try Fixture.load(contentsOf: broken) }
    }

    @Test func selectionMatchingAndMetrics() {
        let pr = PrecisionRecall(matched: 2, predicted: 3, expected: 4)
        #expect(abs(pr.precision - 2.0 / 3) < 1e-12 && abs(pr.recall - 0.5) < 1e-12)
        #expect(abs(pr.f1 - 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5)) < 1e-12)
        #expect(PrecisionRecall(matched: 0, predicted: 0, expected: 0).f1 == 1)
        #expect(Evaluator.overlapsHalf(0..<10, 4..<12))
        #expect(!Evaluator.overlapsHalf(0..<10, 8..<30))
        #expect(SpanLocator.range(of: "4%", occurrence: 2, in: "34% and 4%") == 8..<10)
    }

    @Test func bootstrapIsSeededAndBracketsTheMean() {
        let values = (0..<40).map { Double($0 % 7) / 7 }
        let a = Bootstrap().interval(values) { $0.reduce(0, +) / Double($0.count) }
        let b = Bootstrap().interval(values) { $0.reduce(0, +) / Double($0.count) }
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(a == b)
        #expect(a.low < mean && mean < a.high)
    }

    /// The gate works: labels corrupted so that they point at the wrong sentences and wrong
    /// values must make `evaluate` report regressions against the shipped baseline.
    @Test func noResamplesGiveTheSampleItself() {
        let values = [1.0, 2.0, 6.0]
        let interval = Bootstrap(resamples: 0).interval(values) { $0.reduce(0, +) / Double($0.count) }
        #expect(interval.low == 3 && interval.high == 3)
        #expect(Bootstrap(resamples: -5).interval([Double]()) { _ in 1 } == (0, 0))
    }

    @Test func corruptedLabelsFailTheBaseline() throws {
        let baseline = try Baseline.load(contentsOf: evaluationFolder.appendingPathComponent("baseline.json"))
        var fixtures = try FixtureSet.load(from: evaluationFolder)
        let cases = try FigureCaseSet.load(from: evaluationFolder)
        #expect(cases.count > 250)
        let segments = try SegmentCaseSet.load(from: evaluationFolder)
        let clean = try Evaluator(bootstrap: Bootstrap(resamples: 50)).evaluate(fixtures, figureCases: cases, segmentCases: segments)
        #expect(baseline.regressions(in: clean).isEmpty, "\(baseline.regressions(in: clean))")

        for k in fixtures.indices {
            // Picks: the last sentences of the first document instead of the labelled ones.
            let document = fixtures[k].documents[0]
            let sentences = document.text.split(whereSeparator: { "。．！？.!?\n".contains($0) }).map(String.init).filter { $0.count > 8 }
            let tail = Array(sentences.suffix(5))
            if tail.count == 5 {
                fixtures[k].summary?.top3 = tail.prefix(3).map { Fixture.Pick(document: document.id, text: $0) }
                fixtures[k].summary?.top5 = tail.map { Fixture.Pick(document: document.id, text: $0) }
            }
            fixtures[k].summary?.reference = "Unrelated words about gardening and weather patterns. 園芸と天気の話。"
            if var figures = fixtures[k].figures {
                for f in figures.indices { figures[f].value = "\(figures[f].value)1" }
                fixtures[k].figures = figures
            }
        }
        var wrongCases = cases
        for k in wrongCases.indices {
            for f in wrongCases[k].figures.indices { wrongCases[k].figures[f].value = "\(wrongCases[k].figures[f].value)1" }
        }
        // Boundaries: every internal gold boundary moved two scalars to the left, into the sentence.
        let wrongSegments = segments.map { c -> SegmentCase in
            var c = c
            c.boundaries = c.boundaries.dropLast().map { max(1, $0 - 2) } + [c.boundaries.last!]
            return c
        }
        let corrupted = try Evaluator(bootstrap: Bootstrap(resamples: 50)).evaluate(fixtures, figureCases: wrongCases, segmentCases: wrongSegments)
        let regressions = baseline.regressions(in: corrupted)
        #expect(regressions.contains { $0.key.task == "summary" })
        #expect(regressions.contains { $0.key.task == "figures" })
        #expect(regressions.contains { $0.key.task == "figure-values" && $0.key.language == "ja/test" })
        #expect(regressions.contains { $0.key.task == "figure-values" && $0.key.language == "en/test" })
        #expect(regressions.contains { $0.key.task == "boundaries" && $0.key.language == "ja/test" })
        #expect(regressions.contains { $0.key.task == "boundaries" && $0.key.language == "en/tune" })
    }

    @Test func baselineUpdateAndRegressionMessages() {
        let report = EvaluationReport(
            fixtures: [],
            aggregates: [AggregateScore(key: MetricKey(task: "summary", language: "ja", metric: "rouge1.f1"), value: 0.5, low: 0.4, high: 0.6, fixtures: 3, lead: nil, oracle: nil)],
            notes: [], fixtureCount: 3)
        let baseline = Baseline.updated(from: report, tolerance: 0.02)
        #expect(baseline.thresholds.map(\.minimum) == [0.48])
        var worse = report
        worse.aggregates[0].value = 0.47
        let regressions = baseline.regressions(in: worse)
        #expect(regressions.map(\.description) == ["summary/ja/rouge1.f1: 0.4700 is below the threshold 0.4800"])
        worse.aggregates = []
        #expect(baseline.regressions(in: worse).first?.value == nil)
    }
}
