import Foundation
import PrecisText

/// Splits text into ROUGE tokens: rouge-score's stemmed English words, or Japanese characters, so scores are comparable with published ones.
///
/// - English (`.en`) reproduces `rouge_score.tokenize.tokenize(text, PorterStemmer())`,
///   i.e. rouge-score's default tokenizer with `use_stemmer=True`: the text is
///   lower-cased (full Unicode mapping, so `K` KELVIN SIGN becomes `k`), every run
///   of characters outside `[a-z0-9]` separates tokens, and tokens longer than
///   three characters are replaced by their NLTK Porter stem.
/// - Japanese (`.ja`) makes every character a token: the text is NFKC-normalized
///   (full-width Latin and digits become ASCII, half-width kana become full-width),
///   lower-cased, and whitespace and punctuation (general category P*) are dropped.
///   Tokens are grapheme clusters, so a base letter and its combining marks stay one token.
public struct RougeTokenizer: Sendable {
    /// The language whose tokenization rules apply.
    public let language: Language
    private let stemmer = PorterStemmer()

    /// Creates a tokenizer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// Returns the tokens of `text` in order.
    public func tokenize(_ text: some StringProtocol) -> [String] {
        var tokens: [String] = []
        append(text, to: &tokens)
        return tokens
    }

    /// Splits `text` into lines on U+000A only (as Python's `str.split("\n")`), drops empty
    /// lines, and tokenizes each line; rouge-score's ROUGE-Lsum sentences.
    ///
    /// A line that is not empty but has no tokens (only spaces or punctuation, or a lone `\r`)
    /// is kept as an empty token list, as rouge-score keeps it.
    public func sentenceTokens(_ text: String) -> [[String]] {
        var sentences: [[String]] = []
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true) {
            var tokens: [String] = []
            append(Substring(line), to: &tokens)
            sentences.append(tokens)
        }
        return sentences
    }

    private func append(_ text: some StringProtocol, to tokens: inout [String]) {
        switch language {
        case .en: appendEnglish(text, to: &tokens)
        case .ja: appendCharacters(text, to: &tokens)
        }
    }

    private func appendEnglish(_ text: some StringProtocol, to tokens: inout [String]) {
        var word: [UInt8] = []
        word.reserveCapacity(32)

        func flush() {
            guard !word.isEmpty else { return }
            let token = String(decoding: word, as: UTF8.self)
            word.removeAll(keepingCapacity: true)
            // rouge-score stems only tokens longer than three characters.
            let stemmed = token.utf8.count > 3 ? stemmer.stem(token) : token
            if !stemmed.isEmpty { tokens.append(stemmed) }
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39: word.append(byte)  // a-z, 0-9
                case 0x41...0x5A: word.append(byte | 0x20)  // A-Z lower-cased
                default: flush()
                }
            } else if scalar.properties.changesWhenLowercased {
                // Python lower-cases the whole text before keeping [a-z0-9]; a few non-ASCII
                // letters lower-case to ASCII (U+212A KELVIN SIGN -> "k", U+0130 -> "i" + U+0307).
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    switch lower.value {
                    case 0x61...0x7A, 0x30...0x39: word.append(UInt8(lower.value))
                    default: flush()
                    }
                }
            } else {
                flush()
            }
        }
        flush()
    }

    private func appendCharacters(_ text: some StringProtocol, to tokens: inout [String]) {
        let normalized = String(text).precomposedStringWithCompatibilityMapping.lowercased()
        for character in normalized where !character.isWhitespace && !character.isPunctuation {
            tokens.append(String(character))
        }
    }
}
