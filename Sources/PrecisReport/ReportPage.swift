/// The frame of every HTML report: one self-contained file with its styles inline, no script,
/// no external font or image, so it opens offline and as a mail attachment.
package enum ReportPage {
    /// A complete HTML document around `body` (markup, already escaped).
    package static func html(title: String, language: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTMLText.attribute(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Precis">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Colours reach at least 4.5:1 against their background (WCAG AA for body text); every
    /// colour has a label or line style beside it, so the page reads in grey or in print too.
    static let css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
               color: #1a1a1a; background: #ffffff; line-height: 1.6; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #444; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; word-break: break-all; }
        p.meta { color: #4a4a4a; margin-top: 0; }
        a { color: #0b4f9c; }
        ol.summary li { margin: .5rem 0; }
        .cite { font-size: .85rem; color: #4a4a4a; }
        .source { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #bbb; padding: .25rem .75rem; }
        mark.pick { background: #fff1a8; color: #1a1a1a; outline: 1px solid #8a6d00; }
        span.dup { background: #e6eefc; text-decoration: underline dashed #0b4f9c; }
        sup.label { font-size: .7rem; font-weight: bold; color: #1a1a1a; background: #eeeeee; border: 1px solid #777; border-radius: 3px; padding: 0 .2rem; margin: 0 .1rem; }
        span.noise { color: #5a5a5a; }
        span.ctl { font-size: .75rem; color: #8b0000; border: 1px dotted #8b0000; }
        dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; font-size: .9rem; }
        dl.legend dt { margin: 0; }
        dl.legend dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border: 1px solid #999; padding: .35rem .5rem; vertical-align: top; text-align: left; }
        th { background: #f0f0f0; }
        td.num { white-space: nowrap; }
        .fig { font-weight: bold; }
        .fig.conflict { color: #a3001b; text-decoration: underline solid #a3001b 2px; }
        .fig.consistent { color: #14612b; text-decoration: underline double #14612b; }
        .fig.notComparable { color: #6b4400; text-decoration: underline dotted #6b4400 2px; }
        .fig.unpaired { text-decoration: underline solid #777; font-weight: normal; }
        .verdict { font-weight: bold; }
        .verdict.conflict { color: #a3001b; }
        .verdict.consistent { color: #14612b; }
        .verdict.notComparable { color: #6b4400; }
        @media print {
          body { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          tr, .source { break-inside: avoid; }
          mark.pick { outline: 1px solid #000; }
        }
        """
}
