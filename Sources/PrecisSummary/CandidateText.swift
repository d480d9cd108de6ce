import PrecisText

/// What of a sentence a summary may show: whether it reads as prose, and the part of it that
/// is the news rather than a dateline or byline (`ATLANTA --`, `TOKYO (Reuters) -`,
/// `【ワシントン＝共同】`).
enum CandidateText {
    /// Whether a sentence reads as prose: it ends in terminal punctuation (。．！？.!?…), possibly
    /// inside closing quotes or brackets. Headlines, captions, credits and bylines do not.
    static func isProse(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "」", "』", "）", ")", "”", "’", "\"", "'", "】", "］", "]": continue
            case "。", "．", "！", "？", ".", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }

    /// UTF-8 bytes at the start of `text` taken by a dateline and the white space after it (0
    /// when there is none). The rest is kept only when it is itself a sentence of some length.
    static func datelineLength(_ text: String) -> Int {
        // Most sentences cannot start a dateline: decide from the first byte before copying any.
        guard let first = text.utf8.first, (first >= 0x41 && first <= 0x5A) || text.hasPrefix("【") else { return 0 }
        let bytes = Array(text.utf8)
        let length = englishDateline(bytes) ?? japaneseDateline(bytes) ?? 0
        guard length > 0 else { return 0 }
        var end = length
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        return bytes.count - end >= minimumBodyBytes ? end : 0
    }

    /// Shortest text, in UTF-8 bytes, left after a dateline for it to be removed.
    static let minimumBodyBytes = 20

    /// `CITY --`, `CITY (Agency) -`, `CITY, Place (Agency) —`: a place in capitals (one to four
    /// words), an optional `, Place` of up to 30 bytes and `(Agency)`, then a dash between spaces
    /// (`--`, `—` or `–`; a single `-` only after an agency). Returns the byte just past the dash.
    private static func englishDateline(_ b: [UInt8]) -> Int? {
        func isCapital(_ v: UInt8) -> Bool { v >= 0x41 && v <= 0x5A }
        var i = 0
        var words = 0
        // Words of capitals, periods, apostrophes and inner hyphens (`WILKES-BARRE`, `ST. PAUL`).
        while i < b.count, isCapital(b[i]), words < 4 {
            var j = i
            while j < b.count, isCapital(b[j]) || b[j] == 0x2E || b[j] == 0x27
                    || (b[j] == 0x2D && j + 1 < b.count && isCapital(b[j + 1])) { j += 1 }
            words += 1
            i = j
            guard i + 1 < b.count, b[i] == 0x20, isCapital(b[i + 1]) else { break }
            i += 1
        }
        guard words > 0, i >= 2 else { return nil }
        if i < b.count, b[i] == 0x2C {  // `, Calif.` or `, March 3`
            var j = i + 1
            while j < b.count, j - i < 30, b[j] != 0x28, b[j] != 0x2D, b[j] < 0x80 { j += 1 }
            while j > i, b[j - 1] == 0x20 { j -= 1 }
            i = j
        }
        var k = i
        var spaceStart = k
        var agency = false
        while k < b.count, b[k] == 0x20 { k += 1 }
        if k < b.count, b[k] == 0x28 {  // `(Reuters)`
            agency = true
            var j = k + 1
            while j < b.count, j - k < 32, b[j] != 0x29 { j += 1 }
            guard j < b.count, b[j] == 0x29 else { return nil }
            k = j + 1
            spaceStart = k
            while k < b.count, b[k] == 0x20 { k += 1 }
        }
        guard k > spaceStart else { return nil }
        // The dash: `--`, `-`, `—` (E2 80 94) or `–` (E2 80 93), then a space.
        var dashEnd = k
        if k + 1 < b.count, b[k] == 0x2D, b[k + 1] == 0x2D { dashEnd = k + 2 }
        else if agency, k < b.count, b[k] == 0x2D { dashEnd = k + 1 }  // `TOKYO (Reuters) -`, not `U.S. - Japan`
        else if k + 2 < b.count, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0x94 || b[k + 2] == 0x93 { dashEnd = k + 3 }
        guard dashEnd > k, dashEnd < b.count, b[dashEnd] == 0x20 else { return nil }
        return dashEnd
    }

    /// `【ワシントン＝共同】`, `【ソウル聯合ニュース】`: a bracketed place and agency (with ＝, or
    /// ending in a wire service's name) opening the sentence. `【図表】` is not one.
    private static func japaneseDateline(_ b: [UInt8]) -> Int? {
        let text = String(decoding: b, as: UTF8.self)
        guard text.hasPrefix("【"), let close = text.firstIndex(of: "】") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close]
        guard inside.count <= 24, !inside.isEmpty else { return nil }
        let agencies = ["共同", "時事", "ロイター", "AFP", "聯合ニュース", "新華社", "AP", "ブルームバーグ"]
        guard inside.contains("＝") || inside.contains("=") || agencies.contains(where: { inside.hasSuffix($0) }) else { return nil }
        return text[...close].utf8.count
    }
}
