/// List items written on one line: `1. Buy milk 2. Call home`, `a. … b. …`, `• 3. …`.
extension StopRules {
    /// The next item of a list on one line: a marker (`2.`, `2.)`, `2)`, `b.`, after white space
    /// or a bullet) whose ordinal follows the marker that opened the current segment, followed by
    /// a space and a word. Returns where the item starts (at its bullet), its end and ordinal.
    func listItem(at i: Int, hi: Int, segmentStart: Int, lineStart: Int) -> (start: Int, end: Int, ordinal: Int)? {
        let v = scalars[i]
        guard ScalarClass.isDigit(v) || ScalarClass.isLowercaseASCII(v) else { return nil }
        // What precedes: white space, optionally after a bullet; or a bullet glued on (`⁃10.`).
        var start = i
        if i > lineStart, Self.isBullet(scalars[i - 1]) { start = i - 1 }
        else if i > lineStart, !ScalarClass.isWhitespace(scalars[i - 1]) { return nil }
        if start > lineStart, Self.isBullet(scalars[start - 1]) { start -= 1 }
        else if start == i, i - 2 >= lineStart, Self.isBullet(scalars[i - 2]) { start = i - 2 }
        guard let marker = listMarker(at: i, hi: hi) else { return nil }
        let expected = (listOrdinal ?? openingOrdinal(segmentStart: segmentStart, before: start)).map { $0 + 1 }
        guard let expected, marker.ordinal == expected, marker.isLetter == (listLetters(segmentStart: segmentStart)) else { return nil }
        guard start > segmentStart else { return nil }
        return (start, marker.end, marker.ordinal)
    }

    /// A marker at `i`: 1–2 digits or one lower-case letter, then `.`, `.)` or `)`, then a space
    /// and a word. Letters count a = 1, b = 2…
    func listMarker(at i: Int, hi: Int) -> (end: Int, ordinal: Int, isLetter: Bool)? {
        var j = i
        var ordinal = 0
        let isLetter = ScalarClass.isLowercaseASCII(scalars[i])
        if isLetter {
            ordinal = Int(scalars[i]) - 0x60
            j = i + 1
        } else {
            while j < hi, j - i < 3, (0x30...0x39).contains(scalars[j]) { ordinal = ordinal * 10 + Int(scalars[j]) - 0x30; j += 1 }
            guard j - i <= 2 else { return nil }
        }
        guard j < hi else { return nil }
        if scalars[j] == 0x2E {
            j += 1
            if j < hi, scalars[j] == 0x29 { j += 1 }
        } else if scalars[j] == 0x29, !isLetter {
            j += 1
        } else {
            return nil
        }
        guard j + 1 < hi, ScalarClass.isWhitespace(scalars[j]) else { return nil }
        let k = skipSpaces(from: j, hi: hi)
        guard k < hi, Self.isASCIILetter(scalars[k]) else { return nil }
        return (j, ordinal, isLetter)
    }

    /// The ordinal of the marker that opens the segment (after white space and bullets), if any.
    func openingOrdinal(segmentStart: Int, before limit: Int) -> Int? {
        var j = segmentStart
        while j < limit, j - segmentStart < Self.lookaround, ScalarClass.isWhitespace(scalars[j]) || Self.isBullet(scalars[j]) { j += 1 }
        guard j < limit, let marker = listMarker(at: j, hi: limit) else { return nil }
        return marker.ordinal
    }

    /// Whether the list of the current segment counts in letters (`a. … b. …`).
    func listLetters(segmentStart: Int) -> Bool {
        var j = segmentStart
        while j < scalars.count, j - segmentStart < Self.lookaround, ScalarClass.isWhitespace(scalars[j]) || Self.isBullet(scalars[j]) { j += 1 }
        return j < scalars.count && ScalarClass.isLowercaseASCII(scalars[j])
    }

    /// How far, in scalars, a rule looks around a stop for the word or token it belongs to:
    /// bounds the work per stop, so no input makes segmentation quadratic.
    static let lookaround = 64

    static func isBullet(_ v: UInt32) -> Bool {
        v == 0x2022 || v == 0x2043 || v == 0x30FB || v == 0x25CF || v == 0x25A0 || v == 0x2013 || v == 0x2D || v == 0x2219
    }
}
