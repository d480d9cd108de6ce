import Foundation
import PrecisSummary
import PrecisText

/// The HTML page of a summary: the summary with a citation link per sentence, then every source
/// in full with the picked sentences highlighted and numbered and near-duplicates marked.
struct SummaryPage {
    var summary: Summary
    var documents: [Document]
    var title: String

    func html() -> String {
        let index = DocumentAnchors(documents)
        var body = "<header>\n<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p class=\"meta\">\(summary.sentences.count) sentence(s) from \(documents.count) document(s) · algorithm \(summary.algorithm.rawValue) · language \(summary.language.rawValue) · \(summary.candidates) candidate sentences</p>\n</header>\n"
        body += "<main>\n<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n"
        if summary.sentences.isEmpty {
            body += "<p>No sentence was picked: the input has no prose sentence that fits the budget.</p>\n"
        } else {
            body += "<ol class=\"summary\">\n"
            for (k, s) in summary.sentences.enumerated() {
                let lang = languageCode(of: s.document)
                body += "<li id=\"p\(k + 1)\"><span lang=\"\(lang)\">\(HTMLText.escape(s.text))</span> "
                let links = s.sources.enumerated().map { n, c in
                    (n == 1 ? "also in " : "") + "<a href=\"#\(index.sentence(c.document, c.sentence))\">\(HTMLText.escape(c.document)) · sentence \(c.sentence) · bytes \(c.start)–\(c.end)</a>"
                }
                body += "<span class=\"cite\">[" + links.joined(separator: "; ") + "]</span></li>\n"
            }
            body += "</ol>\n"
        }
        body += "</section>\n"
        body += legend()
        body += "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n"
        for (k, document) in documents.enumerated() {
            body += "<article aria-labelledby=\"d\(k)\">\n<h3 id=\"d\(k)\">\(HTMLText.escape(document.id))</h3>\n"
            body += "<div class=\"source\" lang=\"\(document.language.rawValue)\">\(TextMarkup.render(document.text, marks: marks(document, index: index)))</div>\n</article>\n"
        }
        body += "</section>\n</main>\n"
        return ReportPage.html(title: title, language: summary.language.rawValue, body: body)
    }

    /// Sentence anchors for every sentence, the picked spans (numbered as in the summary, rank
    /// and score on hover), and near-duplicates that the summary cites as the same sentence.
    private func marks(_ document: Document, index: DocumentAnchors) -> [TextMark] {
        var marks = index.sentenceMarks(document, markingNoise: true)
        for (k, s) in summary.sentences.enumerated() {
            for (n, c) in s.sources.enumerated() where c.document == document.id {
                if n == 0 {
                    let hover = "summary sentence \(k + 1) · rank \(s.rank) · score \(String(format: "%.4f", s.score))"
                    marks.append(TextMark(start: s.start, end: s.end, open: "<mark class=\"pick\" title=\"\(HTMLText.attribute(hover))\">",
                                          close: "</mark>", after: "<sup class=\"label\"><a href=\"#p\(k + 1)\">[\(k + 1)]</a></sup>"))
                } else {
                    marks.append(TextMark(start: c.start, end: c.end, open: "<span class=\"dup\" title=\"the same sentence as summary sentence \(k + 1)\">",
                                          close: "</span>", after: "<sup class=\"label\"><a href=\"#p\(k + 1)\">=\(k + 1)</a></sup>"))
                }
            }
        }
        return marks
    }

    private func legend() -> String {
        """
        <section aria-labelledby="legend">
        <h2 id="legend">Legend</h2>
        <dl class="legend">
        <dt><mark class="pick">picked sentence</mark><sup class="label">[1]</sup></dt><dd>In the summary as sentence 1; hover for its rank (order of choice) and score.</dd>
        <dt><span class="dup">near-duplicate</span><sup class="label">=1</sup></dt><dd>The same sentence in another place; summary sentence 1 cites it too.</dd>
        <dt><span class="noise">grey text</span></dt><dd>Page noise (URLs, reply markers, timestamps), never picked.</dd>
        </dl>
        </section>

        """
    }

    private func languageCode(of id: String) -> String {
        documents.first { $0.id == id }?.language.rawValue ?? summary.language.rawValue
    }
}
