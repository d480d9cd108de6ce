//! Summarize and check many groups of documents on every core; results come back in input
//! order and are the same as one-by-one calls.
import Precis

let groups: [[Document]] = [
    [Document(id: "a", text: "The central bank raised its rate to 0.5%. Markets had expected it.")],
    [Document(id: "b", text: "日銀は政策金利を0.5%に引き上げた。市場は予想していた。")],
]
let batch = OrderedBatch(jobs: 4)                          // default: the processors available
let summaries = Summarizer().summarize(batches: groups, batch: batch)
let checks = FactChecker().check(batches: groups, batch: batch)
for (summary, check) in zip(summaries, checks) {
    switch (summary, check) {
    case let (.success(summary), .success(report)):
        print(summary.sentences.map(\.text), report.figures.count, "figures")
    case let (.failure(error), _):
        print("summary failed: \(error)")
    case let (_, .failure(error)):
        print("check failed: \(error)")
    }
}
let squares = batch.map(1...100) { $0 * $0 }                // any Sendable work, in order
print(squares.last ?? 0)
