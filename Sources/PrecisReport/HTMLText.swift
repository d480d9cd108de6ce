/// Turns untrusted source text into HTML that shows it literally and can never run or restyle.
///
/// `&`, `<`, `>`, `"` and `'` become character references (so text is safe in element content
/// and in quoted attributes alike). Characters that would act instead of showing, the bidi
/// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and other C0/C1 controls
/// but tab and line breaks, are shown as a visible `⟨U+202E⟩` marker: a bidi override in a
/// source must not reorder what a reader sees in the report.
package enum HTMLText {
    /// `text` escaped for element content, with controls as visible markers.
    package static func escape(_ text: some StringProtocol) -> String {
        escaped(text) { "<span class=\"ctl\" title=\"control character\">⟨\($0)⟩</span>" }
    }

    /// `text` escaped for a quoted attribute value: the same, with controls as plain `⟨U+…⟩`
    /// text (an attribute cannot hold markup).
    package static func attribute(_ text: some StringProtocol) -> String {
        escaped(text) { "⟨\($0)⟩" }
    }

    /// The five escapes, and `marker(code point)` in place of each acting control.
    private static func escaped(_ text: some StringProtocol, marker: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isActingControl(scalar) { out += marker(codePoint(scalar)) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// True for a character that changes how the text around it is shown instead of showing
    /// itself: bidi embeddings, overrides, isolates and marks, and C0/C1 controls other than
    /// tab, line feed and carriage return.
    package static func isActingControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
