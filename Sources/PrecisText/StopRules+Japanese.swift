/// Japanese stops without 。: polite endings, symbols, and spaces after a heading.
extension StopRules {
    /// `♪`, `☆`, `★` after Japanese text end its sentence unless a particle takes the symbol
    /// as a noun (`★を付ける`).
    func symbolBoundary(at i: Int, hi: Int, lineStart: Int) -> Int? {
        guard i > lineStart, ScalarClass.isCJK(scalars[i - 1]) else { return nil }
        var j = i + 1
        while j < hi, [0x266A, 0x2606, 0x2605].contains(scalars[j]) { j += 1 }
        j = consumeClosers(from: consumeTerminals(from: j, hi: hi), hi: hi)
        guard j < hi else { return j }
        let next = scalars[j]
        if ScalarClass.isWhitespace(next) { return j }
        return ScalarClass.isCJK(next) && !Self.isQuoteParticle(next) ? j : nil
    }

    /// A space between Japanese text ends a sentence when the text before it reads complete: a
    /// headline, a caption or a sub-heading joined to the body by one space (`…暴風域に 気象庁に
    /// よると…`). It does not when the text before ends in a particle or 、, is a list marker
    /// (`（1）　`), when no sentence end follows in the line (a headline with a space inside), or
    /// when the space sits in a name (`西田 幸博氏`, `日本電気 株式会社`, two katakana
    /// words) or before a particle (`第1章 から`) or an inline reference (`図表1-2-3 のとおり`).
    func japaneseSpaceBoundary(at i: Int, hi: Int, lineStart: Int, segmentStart: Int) -> Int? {
        guard i > lineStart, i > segmentStart else { return nil }
        let before = scalars[i - 1]
        guard ScalarClass.isCJK(before) || before == 0x300D || before == 0x300F || before == 0xFF09 || before == 0x3011 else { return nil }
        let k = skipSpaces(from: i, hi: hi)
        guard k < hi, k - i <= 2 else { return nil }
        let next = scalars[k]
        // Body text follows: a sentence end later in the line (`…反撃 930億ユーロの報復関税を…`
        // with none is one headline with a space inside it).
        guard stopFollows(k, hi: hi) else { return nil }
        // `サービス （EBS）に`: a bracket after a space annotates the word before it.
        guard ScalarClass.isCJK(next) || next == 0x300C || next == 0x300E || next == 0x3010 || ScalarClass.isDigit(next)
                || ScalarClass.isUppercaseASCII(next) else { return nil }
        // The text before: long enough to be a heading, not a list marker, ending complete.
        var start = segmentStart
        while start < i, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
        guard i - start >= Self.minimumHeadingLength else { return nil }
        if Self.endsIncomplete(before) { return nil }
        if (0x30A1...0x30FA).contains(before), (0x30A1...0x30FA).contains(next) { return nil }  // ディスコ キャリタス
        // The text after: not a particle, not a name with its honorific, not a company name.
        if Self.continuesClause(next) { return nil }
        if endsWith("株式会社", before: i) || startsWith("株式会社", at: k, hi: hi) { return nil }
        var run = k
        while run < hi, run - k <= 4, (0x4E00...0x9FFF).contains(scalars[run]), !Self.isHonorific(scalars[run]) { run += 1 }
        if run > k, run - k <= 4, run < hi, Self.isHonorific(scalars[run]) { return nil }
        // An inline reference: a short token, a space, then a particle (`図表1-2-3 のとおり`).
        var j = k
        while j < min(hi, k + Self.lookaround / 3), !ScalarClass.isWhitespace(scalars[j]) { j += 1 }
        if j < hi, j < k + Self.lookaround / 3, j + 1 < hi, Self.continuesClause(scalars[j + 1]) { return nil }
        return i
    }

    /// Shortest text, in scalars, before a space that can end as a heading: `（1）` and `イ` are
    /// list markers, not headings.
    static let minimumHeadingLength = 4

    /// Whether `text` (ASCII or Japanese) ends just before `i`.
    func endsWith(_ text: String, before i: Int) -> Bool {
        let units = Array(text.unicodeScalars.map(\.value))
        guard i >= units.count else { return false }
        return Array(scalars[(i - units.count)..<i]) == units
    }

    func startsWith(_ text: String, at k: Int, hi: Int) -> Bool {
        let units = Array(text.unicodeScalars.map(\.value))
        guard k + units.count <= hi else { return false }
        return Array(scalars[k..<(k + units.count)]) == units
    }

    /// 、，, and the particles は が を の で や と that leave a Japanese clause open.
    static func endsIncomplete(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001, 0xFF0C, 0x306F, 0x304C, 0x3092, 0x306E, 0x3067, 0x3084, 0x3068: return true
        default: return false
        }
    }

    /// Particles that continue a clause when they follow a space or a mark: と, っ, で, の, を,
    /// に, が, から (か), は, へ, や, より (よ), も.
    static func continuesClause(_ v: UInt32) -> Bool {
        switch v {
        case 0x3068, 0x3063, 0x3067, 0x306E, 0x3092, 0x306B, 0x304C, 0x304B, 0x306F, 0x3078, 0x3084, 0x3088, 0x3082: return true
        default: return false
        }
    }

    /// 氏 さ(ん) 様 君 ら: what follows a person's given name.
    static func isHonorific(_ v: UInt32) -> Bool {
        v == 0x6C0F || v == 0x3055 || v == 0x69D8 || v == 0x541B || v == 0x3089
    }

    /// A polite sentence ending with no 。 before a new sentence (`ところでした駅から…`): ました,
    /// でした, ません or です/ます (not ますます) directly followed by kanji, katakana or 「.
    func japanesePoliteEnding(at i: Int, hi: Int) -> Int? {
        // i is the last kana of the ending: た (ました/でした), ん (ません), す (です/ます).
        let v = scalars[i]
        guard v == 0x305F || v == 0x3093 || v == 0x3059, i >= 1, i + 1 < hi else { return nil }
        let next = scalars[i + 1]
        let opensSentence = (0x4E00...0x9FFF).contains(next) || ((0x30A1...0x30FA).contains(next)) || next == 0x300C
        guard opensSentence else { return nil }
        let a = scalars[i - 1]
        let b = i >= 2 ? scalars[i - 2] : 0
        switch v {
        case 0x305F:  // た after し, preceded by ま or で
            return a == 0x3057 && (b == 0x307E || b == 0x3067) ? i + 1 : nil
        case 0x3093:  // ません
            return a == 0x305B && b == 0x307E ? i + 1 : nil
        default:      // です, ます (not the adverb ますます)
            if a == 0x3067 { return i + 1 }
            return a == 0x307E && b != 0x3059 ? i + 1 : nil
        }
    }
}
