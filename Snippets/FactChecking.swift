//! Compare the figures of two sources: conflicts, consistent pairs and pairs that measure the
//! same thing at different times, each with a citation to both sentences.
import Precis

do {
    let sources = [
        Document(id: "kyodo", text: "政府は2024年度の防衛費をGDP比2.3%とする方針を示した。", date: 20240510),
        Document(id: "nikkei", text: "政府は2024年度の防衛費をGDP比2.6%とする方針だ。", date: 20240511),
    ]
    let report = try FactChecker().check(sources)              // throws FactCheckError

    for pair in report.conflicts {
        print("conflict on \(pair.measure): \(pair.a.figure.text) (\(pair.a.document) bytes \(pair.a.figure.start)..<\(pair.a.figure.end))"
              + " vs \(pair.b.figure.text) (\(pair.b.document) bytes \(pair.b.figure.start)..<\(pair.b.figure.end)):"
              + " \(pair.reason), confidence \(pair.confidence)")
    }
    print("\(report.consistent.count) consistent, \(report.notComparable.count) not comparable")
} catch {
    print("error: \(error)")
}
