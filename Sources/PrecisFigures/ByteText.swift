/// A borrowed UTF-8 buffer with bounds-safe byte access and on-demand scalar decoding,
/// so the scanner works on bytes and never builds a String per character.
struct ByteText {
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) var count: Int { bytes.count }

    /// The byte at `i`, or 0 outside the buffer (0 never occurs inside a match pattern).
    @inline(__always) subscript(_ i: Int) -> UInt8 {
        (i >= 0 && i < bytes.count) ? bytes[i] : 0
    }

    /// Length of the UTF-8 sequence introduced by a lead byte (1 for ASCII and stray continuation bytes).
    @inline(__always) static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar starting at `i`; returns (0, 0) at the end and (0xFFFD, 1) for malformed bytes.
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        guard i >= 0, i < count else { return (0, 0) }
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let len = ByteText.sequenceLength(b0)
        guard len > 1, i + len <= count else { return (0xFFFD, 1) }
        var v: UInt32
        switch len {
        case 2: v = UInt32(b0 & 0x1F)
        case 3: v = UInt32(b0 & 0x0F)
        default: v = UInt32(b0 & 0x07)
        }
        for k in 1..<len {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            v = (v << 6) | UInt32(b & 0x3F)
        }
        return (v, len)
    }

    /// The scalar that ends just before `i`, with its start offset; (0, i) at the start of the buffer.
    func scalar(before i: Int) -> (value: UInt32, start: Int) {
        guard i > 0, i <= count else { return (0, i) }
        var s = i - 1
        var steps = 0
        while s > 0, bytes[s] & 0xC0 == 0x80, steps < 3 {
            s -= 1
            steps += 1
        }
        let (v, len) = scalar(at: s)
        if s + len != i { return (UInt32(bytes[i - 1]), i - 1) }
        return (v, s)
    }

    /// True if `pattern` occurs at `i`.
    @inline(__always) func matches(_ pattern: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + pattern.count <= count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }

    /// True if `pattern` ends exactly at `end`.
    @inline(__always) func matches(_ pattern: [UInt8], endingAt end: Int) -> Bool {
        matches(pattern, at: end - pattern.count)
    }

    /// The source text of a byte range (always on scalar boundaries in this module).
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    // MARK: ASCII classes

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inline(__always) static func isLineBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

    /// Position after one optional horizontal space (ASCII space, tab or U+00A0 no-break space).
    func skipOneSpace(_ i: Int) -> Int {
        if ByteText.isSpace(self[i]) { return i + 1 }
        if self[i] == 0xC2, self[i + 1] == 0xA0 { return i + 2 }
        return i
    }

    /// Position of the first byte before `i` that is not a horizontal space.
    func skipSpacesBackward(_ i: Int) -> Int {
        var p = i
        while p > 0 {
            if ByteText.isSpace(bytes[p - 1]) { p -= 1; continue }
            if p >= 2, bytes[p - 2] == 0xC2, bytes[p - 1] == 0xA0 { p -= 2; continue }
            break
        }
        return p
    }

    /// The decimal digit of an ASCII or full-width digit at `i`, with its byte length.
    @inline(__always) func digit(at i: Int) -> (value: UInt8, length: Int)? {
        let b = self[i]
        if ByteText.isDigit(b) { return (b - 0x30, 1) }
        if b == 0xEF, self[i + 1] == 0xBC {
            let c = self[i + 2]
            if c >= 0x90, c <= 0x99 { return (c - 0x90, 3) }
        }
        return nil
    }
}
