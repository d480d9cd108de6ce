/// The languages Precis tokenizes: Japanese (and other CJK text) and English.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    /// Japanese (also used for other CJK text), e.g. `前年比3%増`.
    case ja
    /// English, e.g. "up 3% from a year earlier".
    case en

    /// Detects the language of a text from its letters: Japanese when at least 20% of the
    /// letters are kana or CJK ideographs (news in Japanese quotes plenty of Latin names and
    /// acronyms), English otherwise. Looks at the first 64 KiB of scalars at most.
    public static func detect(_ text: some StringProtocol) -> Language {
        var cjk = 0
        var letters = 0
        var seen = 0
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 65_536 { break }
            let v = scalar.value
            if ScalarClass.isCJK(v) {
                cjk += 1
                letters += 1
            } else if ScalarClass.isLetter(scalar) {
                letters += 1
            }
        }
        guard letters > 0 else { return .en }
        return cjk * 5 >= letters ? .ja : .en
    }
}
