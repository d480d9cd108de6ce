import Foundation
import PrecisFacts
import PrecisSummary
import PrecisTestSupport
import PrecisText
import Testing
@testable import PrecisReport

/// Source text with the tags taken out and the five escapes undone: what a reader sees.
private func visibleText(_ html: some StringProtocol) -> String {
    var out = ""
    var inTag = false
    for c in html {
        if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
    }
    return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
}

/// The inner markup of each `<div class="source" …>` of a page, in order.
private func sourceBlocks(_ page: String) -> [Substring] {
    var blocks: [Substring] = []
    var rest = page[...]
    while let open = rest.range(of: "<div class=\"source\"") {
        let start = rest[open.upperBound...].firstIndex(of: ">")!
        let end = rest[start...].range(of: "</div>")!
        blocks.append(rest[rest.index(after: start)..<end.lowerBound])
        rest = rest[end.upperBound...]
    }
    return blocks
}

/// Every `href="#x"` of a page names an element `id="x"` of the same page.
private func unresolvedLinks(_ page: String) -> [String] {
    func values(after marker: String) -> [String] {
        page.components(separatedBy: marker).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
    let ids = Set(values(after: " id=\""))
    return values(after: "href=\"#").filter { !ids.contains($0) }
}

private let hostile = "Officials said <script>alert(\"x\")</script> the toll was 12 & rising. It's \u{202E}txt.exe. The toll rose to 15 people on Monday."

@Suite struct HTMLTextTests {
    @Test func escapesMarkupAndShowsControls() {
        #expect(HTMLText.escape("a<b>&\"c\" 'd'\u{202E}e\tf\n") ==
            "a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39;<span class=\"ctl\" title=\"control character\">⟨U+202E⟩</span>e\tf\n")
        #expect(HTMLText.attribute("x\"<\u{2066}\u{0007}") == "x&quot;&lt;⟨U+2066⟩⟨U+0007⟩")
        #expect(HTMLText.escape("国防費GDP比2.3%") == "国防費GDP比2.3%")
    }

    @Test func marksAreLosslessAndNest() {
        let text = "米国は2.6%。Then 3 <b>x</b> & y."
        let bytes = Array(text.utf8)
        var generator = SeededGenerator(seed: 7)
        for round in 0..<200 {
            var marks: [TextMark] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let a = Int.random(in: -2...bytes.count + 2, using: &generator)
                let b = Int.random(in: -2...bytes.count + 2, using: &generator)
                marks.append(TextMark(start: min(a, b), end: max(a, b), open: "<i>", close: "</i>"))
            }
            let html = TextMarkup.render(text, marks: marks)
            #expect(visibleText(html) == text, "round \(round)")
            #expect(html.components(separatedBy: "<i>").count == html.components(separatedBy: "</i>").count, "round \(round)")
        }
        #expect(TextMarkup.render("ab & cd", marks: [TextMark(start: 0, end: 7, open: "<s>", close: "</s>"),
                                                     TextMark(start: 3, end: 4, open: "<b>", close: "</b>", after: "*")])
            == "<s>ab <b>&amp;</b>* cd</s>")
        // A mark that crosses another's edge is left out, not allowed to break the nesting.
        #expect(TextMarkup.render("abcdef", marks: [TextMark(start: 0, end: 3, open: "<s>", close: "</s>"),
                                                    TextMark(start: 2, end: 5, open: "<b>", close: "</b>")])
            == "<s>abc</s>def")
    }
}

@Suite struct HTMLReportTests {
    @Test func summaryPageCitesAndHighlights() throws {
        let document = try fixtureDocument("seed-000")
        let summary = try Summarizer().summarize([document])
        let page = HTMLReport.summary(summary, documents: [document])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(!page.lowercased().contains("<script") && !page.contains("http-equiv") && !page.contains("src="))
        #expect(unresolvedLinks(page) == [])
        let blocks = sourceBlocks(page)
        #expect(blocks.count == 1)
        // The source is shown whole, with the labels of the picks between the sentences.
        var shown = visibleText(blocks[0])
        for k in 1...summary.sentences.count {
            shown = shown.replacingOccurrences(of: "[\(k)]", with: "").replacingOccurrences(of: "=\(k)", with: "")
        }
        #expect(shown == document.text)
        for (k, s) in summary.sentences.enumerated() {
            #expect(page.contains("<li id=\"p\(k + 1)\"><span lang=\"ja\">\(HTMLText.escape(s.text))</span> <span class=\"cite\">[<a href=\"#d0-s\(s.sentence)\">"))
            #expect(page.contains("score \(String(format: "%.4f", s.score))\">\(HTMLText.escape(s.text))</mark><sup class=\"label\"><a href=\"#p\(k + 1)\">[\(k + 1)]</a></sup>"))
        }
    }

    @Test func checkPageShowsBothSidesOfAConflict() throws {
        let a = Document(id: "a.txt", text: "韓国の国防費はGDP比2.6%だった。")
        let b = Document(id: "b.txt", text: "韓国の国防費はGDP比2.3%だ。")
        let report = try FactChecker().check([a, b])
        #expect(report.conflicts.count == 1)
        let page = HTMLReport.check(report, documents: [a, b])
        #expect(page.contains("<h2 id=\"conflict\">Conflicts (1)</h2>"))
        #expect(page.contains("<td class=\"num\">A: 2.6% → 2.6 %<br>B: 2.3% → 2.3 %</td><td class=\"num\">0.3 (11.5%)</td>"))
        #expect(page.contains("韓国の国防費はGDP比<span class=\"fig conflict\">2.6%</span>だった。"))
        #expect(page.contains("韓国の国防費はGDP比<span class=\"fig conflict\">2.3%</span>だ。"))
        #expect(page.contains("<sup class=\"label\"><a href=\"#conflict-1\">✗1</a></sup>"))
        #expect(unresolvedLinks(page) == [])
        #expect(sourceBlocks(page).map { visibleText($0).replacingOccurrences(of: "✗1", with: "") } == [a.text, b.text])
    }

    @Test func hostileTextIsShownNeverRun() throws {
        let documents = [Document(id: "<script>alert('id')</script>", text: hostile, language: .en),
                         Document(id: "b\"><img src=x onerror=alert(1)>", text: hostile.replacingOccurrences(of: "15", with: "17"), language: .en)]
        let summary = try Summarizer().summarize(documents)
        let report = try FactChecker().check(documents)
        for page in [HTMLReport.summary(summary, documents: documents), HTMLReport.check(report, documents: documents)] {
            #expect(!page.lowercased().contains("<script") && !page.lowercased().contains("<img"))
            #expect(!page.unicodeScalars.contains("\u{202E}"))
            #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(page.contains("<h3 id=\"d0\">&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;</h3>"))
            #expect(page.contains("<h3 id=\"d1\">b&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h3>"))
            #expect(page.contains("It&#39;s <span class=\"ctl\" title=\"control character\">⟨U+202E⟩</span>txt.exe."))
            #expect(unresolvedLinks(page) == [])
        }
    }
}
