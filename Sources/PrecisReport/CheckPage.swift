import Foundation
import PrecisFacts
import PrecisFigures
import PrecisText

/// The HTML page of a fact check: conflicts, then not-comparable and consistent pairs, each with
/// both sentences, the figures, the values as written and normalised, the difference and the
/// reason; then every source with each figure underlined and marked by its verdict.
struct CheckPage {
    var report: FactCheckReport
    var documents: [Document]
    var title: String

    /// The order in which a figure's verdicts win when it takes part in several pairs.
    private static let verdictOrder: [Verdict] = [.conflict, .notComparable, .consistent]

    func html() -> String {
        let anchors = DocumentAnchors(documents)
        let language = documents.first?.language.rawValue ?? "en"
        var body = "<header>\n<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p class=\"meta\">\(report.figures.count) figures in \(documents.count) source(s): \(report.conflicts.count) conflict(s), \(report.notComparable.count) not comparable, \(report.consistent.count) consistent</p>\n</header>\n<main>\n"
        let sections: [(Verdict, String, [FigureComparison])] = [
            (.conflict, "Conflicts", report.conflicts), (.notComparable, "Not comparable", report.notComparable),
            (.consistent, "Consistent", report.consistent),
        ]
        for (verdict, heading, pairs) in sections {
            body += "<section aria-labelledby=\"\(verdict.rawValue)\">\n<h2 id=\"\(verdict.rawValue)\">\(heading) (\(pairs.count))</h2>\n"
            body += pairs.isEmpty ? "<p>None.</p>\n" : table(pairs, verdict: verdict, anchors: anchors)
            body += "</section>\n"
        }
        body += legend()
        body += "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n"
        let verdicts = figureVerdicts()
        for (k, document) in documents.enumerated() {
            body += "<article aria-labelledby=\"d\(k)\">\n<h3 id=\"d\(k)\">\(HTMLText.escape(document.id))</h3>\n"
            body += "<div class=\"source\" lang=\"\(document.language.rawValue)\">\(TextMarkup.render(document.text, marks: marks(document, verdicts: verdicts, anchors: anchors)))</div>\n</article>\n"
        }
        body += "</section>\n</main>\n"
        return ReportPage.html(title: title, language: language, body: body)
    }

    private func table(_ pairs: [FigureComparison], verdict: Verdict, anchors: DocumentAnchors) -> String {
        var out = "<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Measure</th><th scope=\"col\">Source A</th><th scope=\"col\">Source B</th>"
        out += "<th scope=\"col\">Values (as written → normalised)</th><th scope=\"col\">Difference</th><th scope=\"col\">Verdict and reason</th><th scope=\"col\">Confidence</th></tr></thead>\n<tbody>\n"
        for (n, p) in pairs.enumerated() {
            out += "<tr id=\"\(verdict.rawValue)-\(n + 1)\"><td class=\"num\">\(n + 1)</td><td>\(HTMLText.escape(p.measure))</td>"
            out += "<td>\(side(p.a, verdict: verdict, anchors: anchors))</td><td>\(side(p.b, verdict: verdict, anchors: anchors))</td>"
            out += "<td class=\"num\">A: \(HTMLText.escape(p.a.figure.text)) → \(HTMLText.escape(Self.normalised(p.a.figure)))<br>B: \(HTMLText.escape(p.b.figure.text)) → \(HTMLText.escape(Self.normalised(p.b.figure)))</td>"
            out += "<td class=\"num\">\(HTMLText.escape("\(p.absoluteDifference)")) (\(String(format: "%.1f", p.relativeDifference * 100))%)</td>"
            out += "<td><span class=\"verdict \(verdict.rawValue)\">\(Self.label(verdict))</span>: \(HTMLText.escape(p.reason)) <span class=\"cite\">(decided by \(HTMLText.escape(p.decidedBy)))</span></td>"
            out += "<td class=\"num\">\(String(format: "%.2f", p.confidence))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// One side of a pair: its sentence with the figure marked, and the citation linking to the
    /// figure in the source below.
    private func side(_ s: SourcedFigure, verdict: Verdict, anchors: DocumentAnchors) -> String {
        let mark = TextMark(start: s.start - s.sentenceStart, end: s.end - s.sentenceStart,
                            open: "<span class=\"fig \(verdict.rawValue)\">", close: "</span>")
        let lang = documents.first { $0.id == s.document }?.language.rawValue ?? "en"
        var out = "<span lang=\"\(lang)\">\(TextMarkup.render(s.sentenceText, marks: [mark]))</span><br>"
        out += "<span class=\"cite\"><a href=\"#\(anchors.figure(s.document, s.start))\">\(HTMLText.escape(s.document)) · sentence \(s.sentence) · bytes \(s.start)–\(s.end)</a></span>"
        return out
    }

    /// Each figure's strongest verdict (conflict, then not comparable, then consistent) and the
    /// row that shows it, keyed by document and byte offset.
    private func figureVerdicts() -> [String: (Verdict, Int)] {
        var result: [String: (Verdict, Int)] = [:]
        for verdict in Self.verdictOrder.reversed() {
            let pairs = verdict == .conflict ? report.conflicts : verdict == .consistent ? report.consistent : report.notComparable
            for (n, p) in pairs.enumerated().reversed() {
                for s in [p.b, p.a] { result["\(s.document)#\(s.start)"] = (verdict, n + 1) }
            }
        }
        return result
    }

    private func marks(_ document: Document, verdicts: [String: (Verdict, Int)], anchors: DocumentAnchors) -> [TextMark] {
        var marks = anchors.sentenceMarks(document, markingNoise: false)
        for f in report.figures where f.document == document.id {
            let hover = "\(f.figure.text) → \(Self.normalised(f.figure)) · \(f.measure.summary)"
            let id = anchors.figure(document.id, f.start)
            if let (verdict, row) = verdicts["\(document.id)#\(f.start)"] {
                marks.append(TextMark(start: f.start, end: f.end,
                                      open: "<span id=\"\(id)\" class=\"fig \(verdict.rawValue)\" title=\"\(HTMLText.attribute(hover))\">", close: "</span>",
                                      after: "<sup class=\"label\"><a href=\"#\(verdict.rawValue)-\(row)\">\(Self.symbol(verdict))\(row)</a></sup>"))
            } else {
                marks.append(TextMark(start: f.start, end: f.end,
                                      open: "<span id=\"\(id)\" class=\"fig unpaired\" title=\"\(HTMLText.attribute(hover))\">", close: "</span>"))
            }
        }
        return marks
    }

    private func legend() -> String {
        """
        <section aria-labelledby="legend">
        <h2 id="legend">Legend</h2>
        <dl class="legend">
        <dt><span class="fig conflict">2.6%</span><sup class="label">✗1</sup></dt><dd>Conflict 1: another source states a different value for the same measure, entity, time and modality (solid underline).</dd>
        <dt><span class="fig notComparable">3.8%</span><sup class="label">?1</sup></dt><dd>Not comparable 1: the same measure at another time, base or modality (dotted underline).</dd>
        <dt><span class="fig consistent">2.3%</span><sup class="label">✓1</sup></dt><dd>Consistent 1: the same value within the precision written (double underline).</dd>
        <dt><span class="fig unpaired">12人</span></dt><dd>A figure no other figure was paired with (thin underline). Hover any figure for its normalised value and frame.</dd>
        </dl>
        </section>

        """
    }

    static func label(_ verdict: Verdict) -> String {
        switch verdict {
        case .conflict: return "Conflict"
        case .consistent: return "Consistent"
        case .notComparable: return "Not comparable"
        }
    }

    static func symbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .conflict: return "✗"
        case .consistent: return "✓"
        case .notComparable: return "?"
        }
    }

    /// The value as Precis reads it: exact decimal, range, fraction, bound and unit
    /// (`≈ 3500000000 JPY`, `> 100 人`, `1950–1953`).
    static func normalised(_ f: Figure) -> String {
        var out = ""
        switch f.bound {
        case .moreThan: out += "> "
        case .atLeast: out += "≥ "
        case .atMost: out += "≤ "
        case .lessThan: out += "< "
        case nil: break
        }
        if f.approximate { out += "≈ " }
        out += "\(f.value)"
        if let upper = f.upper { out += "–\(upper)" }
        if let denominator = f.denominator { out += "/\(denominator)" }
        if let unit = f.unit, !unit.isEmpty { out += " \(unit)" }
        if f.kind == .date || f.kind == .year { out += " (\(f.kind.rawValue))" }
        return out
    }
}
