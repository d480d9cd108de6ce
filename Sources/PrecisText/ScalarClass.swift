/// Character classes the segmenter and tokenizer share, decided on Unicode scalar values.
enum ScalarClass {
    /// Han ideographs, kana, Hangul and the iteration marks that run with them.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x3040...0x30FF, 0x31F0...0x31FF: return v != 0x30FB  // kana, except the middle dot ・
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        case 0x3005, 0x3006, 0x3007: return true  // 々 〆 〇
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return true  // Hangul
        case 0xFF66...0xFF9F: return true  // half-width katakana
        default: return false
        }
    }

    /// Letters outside the CJK blocks (Latin, Greek, Cyrillic…), by the Unicode property.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic && !isCJK(v)
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) }

    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isUppercaseASCII(_ v: UInt32) -> Bool { v >= 0x41 && v <= 0x5A }

    @inline(__always)
    static func isLowercaseASCII(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }
}
