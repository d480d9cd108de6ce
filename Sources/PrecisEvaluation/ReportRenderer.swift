import Foundation

/// Renders an evaluation report as a table for people and as JUnit XML for CI dashboards.
public enum ReportRenderer {
    /// A fixed-width table: one row per aggregate metric, with Precis's value and 95% interval,
    /// lead-N and oracle where they apply, the threshold and the verdict.
    public static func table(_ report: EvaluationReport, baseline: Baseline?) -> String {
        let thresholds = Dictionary((baseline?.thresholds ?? []).map { ($0.key, $0.minimum) }, uniquingKeysWith: { a, _ in a })
        func f(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "-" }
        var rows = [["task", "lang", "metric", "precis", "95% CI", "lead", "oracle", "min", "status"]]
        for a in report.aggregates.sorted(by: { $0.key < $1.key })
        where (a.key.metric.hasSuffix("f1") || a.key.task != "summary" || a.key.metric.hasSuffix("recall"))
            && (a.key.task != "figure-units" || a.key.metric == "f1") {
            let minimum = thresholds[a.key]
            let status = minimum.map { a.value + 1e-9 < $0 ? "FAIL" : "ok" } ?? ""
            rows.append([a.key.task, a.key.language, a.key.metric, f(a.value), "[\(f(a.low)), \(f(a.high))]",
                         f(a.lead), f(a.oracle), f(minimum), status])
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max()! }
        var out = rows.map { row in row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") }
            .joined(separator: "\n") + "\n"
        out += "\n\(report.fixtureCount) fixtures. lead = lead-N (first sentences, round-robin over documents); oracle = greedy best extractive selection for the reference.\n"
        for note in report.notes { out += "- \(note)\n" }
        return out
    }

    /// JUnit XML: one test case per fixture and metric (its value in the output), and one per
    /// gated aggregate, failed when it regressed.
    public static func junit(_ report: EvaluationReport, regressions: [Baseline.Regression]) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let failed = Dictionary(regressions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var cases: [String] = []
        for s in report.fixtures where s.system == "precis" {
            cases.append("  <testcase classname=\"evaluate.\(escape(s.task)).\(escape(s.language))\" name=\"\(escape(s.fixture)) \(escape(s.metric))\">"
                + "<system-out>\(String(format: "%.6f", s.value))</system-out></testcase>")
        }
        for a in report.aggregates.sorted(by: { $0.key < $1.key }) {
            var line = "  <testcase classname=\"evaluate.aggregate\" name=\"\(escape(a.key.description))\">"
            if let r = failed[a.key] { line += "<failure message=\"\(escape(r.description))\"/>" }
            line += "<system-out>\(String(format: "%.6f", a.value))</system-out></testcase>"
            cases.append(line)
        }
        for r in regressions where r.value == nil {
            cases.append("  <testcase classname=\"evaluate.aggregate\" name=\"\(escape(r.key.description))\"><failure message=\"\(escape(r.description))\"/></testcase>")
        }
        let failures = regressions.count
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"precis-evaluate\" tests=\"\(cases.count)\" failures=\"\(failures)\">\n"
            + cases.joined(separator: "\n") + "\n</testsuite>\n"
    }
}
