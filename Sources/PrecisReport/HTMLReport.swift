import PrecisFacts
import PrecisSummary
import PrecisText

/// Self-contained HTML pages of Precis results, to judge a summary beside its sources and a
/// conflict by reading both sentences: inline CSS, no script, no network, source text shown
/// literally (escaped, with bidi and other controls made visible).
public enum HTMLReport {
    /// A page with the summary (each sentence linked to its source sentence) and every source in
    /// full with the picked sentences highlighted and near-duplicates marked.
    /// - Parameters:
    ///   - summary: the result of `Summarizer.summarize` on `documents`.
    ///   - documents: the documents summarized, in input order.
    ///   - title: the page title; by default "Precis summary".
    public static func summary(_ summary: Summary, documents: [Document], title: String = "Precis summary") -> String {
        SummaryPage(summary: summary, documents: documents, title: title).html()
    }

    /// A page with the conflicts, not-comparable and consistent pairs (both sentences, values as
    /// written and normalised, difference, reason, confidence) and every source with each figure
    /// underlined and labelled by its verdict.
    /// - Parameters:
    ///   - report: the result of `FactChecker.check` on `documents`.
    ///   - documents: the sources checked, in input order.
    ///   - title: the page title; by default "Precis fact check".
    public static func check(_ report: FactCheckReport, documents: [Document], title: String = "Precis fact check") -> String {
        CheckPage(report: report, documents: documents, title: title).html()
    }
}
