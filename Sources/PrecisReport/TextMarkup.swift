/// A byte range of a document to wrap in an element, e.g. a picked sentence or a figure.
package struct TextMark: Sendable {
    /// UTF-8 byte range `[start, end)` in the document.
    package var start: Int
    package var end: Int
    /// The opening tag(s), already escaped, e.g. `<mark class="pick">`.
    package var open: String
    /// The matching closing tag(s), e.g. `</mark>`.
    package var close: String
    /// Markup placed right after `close` (a visible label such as `<sup>[1]</sup>`).
    package var after: String = ""

    package init(start: Int, end: Int, open: String, close: String, after: String = "") {
        self.start = start
        self.end = end
        self.open = open
        self.close = close
        self.after = after
    }
}

/// Renders a whole document as escaped HTML with marks around byte ranges, losslessly: with
/// the tags removed and the escapes undone, the output is the document's text again.
package enum TextMarkup {
    /// The document's text with every mark applied. Marks may nest (a figure inside a
    /// sentence); a mark that crosses another's edge, or lies outside the text or off a
    /// character boundary, is left out rather than producing broken markup.
    package static func render(_ text: String, marks: [TextMark]) -> String {
        let bytes = Array(text.utf8)
        func isBoundary(_ offset: Int) -> Bool {
            offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
        }
        let ordered = marks.enumerated()
            .filter { $0.element.start >= 0 && $0.element.start < $0.element.end && $0.element.end <= bytes.count
                && isBoundary($0.element.start) && isBoundary($0.element.end) }
            .sorted { ($0.element.start, -$0.element.end, $0.offset) < ($1.element.start, -$1.element.end, $1.offset) }
            .map(\.element)
        var out = ""
        var position = 0
        var open: [TextMark] = []
        func emit(upTo offset: Int) {
            if offset > position {
                out += HTMLText.escape(String(decoding: bytes[position..<offset], as: UTF8.self))
                position = offset
            }
        }
        func closeTop() {
            let top = open.removeLast()
            emit(upTo: top.end)
            out += top.close + top.after
        }
        for mark in ordered {
            while let top = open.last, top.end <= mark.start { closeTop() }
            if let top = open.last, mark.end > top.end { continue }
            emit(upTo: mark.start)
            out += mark.open
            open.append(mark)
        }
        while !open.isEmpty { closeTop() }
        emit(upTo: bytes.count)
        return out
    }
}
