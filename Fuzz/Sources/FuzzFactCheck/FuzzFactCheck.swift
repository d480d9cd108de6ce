import FuzzSupport
import Precis

/// Splits any UTF-8 input into two sources at its first NUL (or in half) and checks them
/// against each other: no crash, and every reported pair cites figures of the given sources.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFactCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = Invariants.text(data, size) else { return 0 }
    let scalars = Array(text.unicodeScalars)
    let cut = scalars.firstIndex(of: "\u{0}") ?? scalars.count / 2
    let a = String(String.UnicodeScalarView(scalars[..<cut]))
    let b = String(String.UnicodeScalarView(scalars[min(cut + 1, scalars.count)...]))
    let documents = [Document(id: "a", text: a, date: 20240515), Document(id: "b", text: b)]
    let report: FactCheckReport
    do { report = try FactChecker().check(documents) } catch { fatalError("check failed: \(error)") }
    let lengths = ["a": a.utf8.count, "b": b.utf8.count]
    for pair in report.conflicts + report.consistent + report.notComparable {
        for side in [pair.a, pair.b] {
            Invariants.require(side.start < side.end && side.end <= (lengths[side.document] ?? -1), "pair side \(side.document) \(side.start)..<\(side.end)")
        }
    }
    return 0
}
