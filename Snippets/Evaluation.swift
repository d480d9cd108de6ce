//! Score the summarizer and the fact checker against the fixtures under Evaluation/, as the
//! `evaluate` command does, and gate the result on a baseline.
import Foundation
import PrecisEvaluation

do {
    let folder = URL(fileURLWithPath: "Evaluation/fixtures")
    let fixtures = try FixtureSet.load(from: folder)       // throws FixtureError naming the file
    let report = try Evaluator(bootstrap: Bootstrap(resamples: 200)).evaluate(fixtures)
    for score in report.aggregates where score.key.metric == "f1" {
        print(score.key.task, score.key.language, score.value)
    }
} catch {
    print("error: \(error)")
}
