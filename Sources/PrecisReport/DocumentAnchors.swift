import PrecisText

/// Stable anchor names for documents and their sentences: by position, since document ids are
/// arbitrary text (paths, ids with spaces or markup).
struct DocumentAnchors {
    private var positions: [String: Int] = [:]

    init(_ documents: [Document]) {
        for (k, d) in documents.enumerated() where positions[d.id] == nil { positions[d.id] = k }
    }

    func sentence(_ document: String, _ sentence: Int) -> String { "d\(positions[document] ?? 0)-s\(sentence)" }
    func figure(_ document: String, _ start: Int) -> String { "d\(positions[document] ?? 0)-b\(start)" }

    /// One anchored span per sentence of `document`, the targets of citation links; with
    /// `markingNoise`, noise sentences also get the `noise` class.
    func sentenceMarks(_ document: Document, markingNoise: Bool) -> [TextMark] {
        document.sentences.map { s in
            TextMark(start: s.start, end: s.end,
                     open: "<span id=\"\(sentence(document.id, s.index))\"\(markingNoise && s.isNoise ? " class=\"noise\"" : "")>", close: "</span>")
        }
    }
}
