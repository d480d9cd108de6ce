import Foundation
import PrecisText
import Testing

/// Checks PorterStemmer against 5,000 word/stem pairs produced by NLTK, so ROUGE stemming matches rouge-score.
@Suite("PorterStemmer")
struct PorterStemmerTests {
    /// Location of the NLTK reference pairs (see the `#` header lines of the file for how they were made).
    static let vectorsURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Data/porter-nltk.tsv")

    /// Reads `word<TAB>stem` pairs, skipping `#` comment lines.
    static func loadPairs() throws -> [(word: String, stem: String)] {
        let text = try String(contentsOf: vectorsURL, encoding: .utf8)
        var pairs: [(word: String, stem: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                Issue.record("Malformed line in porter-nltk.tsv: \(line)")
                continue
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        return pairs
    }

    @Test("matches NLTK on every reference pair")
    func matchesNLTKVectors() throws {
        let pairs = try Self.loadPairs()
        #expect(pairs.count >= 5_000)
        let stemmer = PorterStemmer()
        var mismatches: [String] = []
        for (word, expected) in pairs {
            let got = stemmer.stem(word)
            if got != expected {
                mismatches.append("\(word): expected \(expected), got \(got)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(50).joined(separator: "\n"))")
    }

    @Test(
        "NLTK extensions and classic Porter examples",
        arguments: [
            ("skies", "sky"), ("dying", "die"), ("news", "news"), ("proceed", "proceed"),
            ("ties", "tie"), ("died", "die"), ("cried", "cri"), ("fly", "fli"), ("say", "say"),
            ("feed", "feed"), ("agreed", "agre"), ("generously", "gener"), ("hopefully", "hope"),
            ("relational", "relat"), ("conditional", "condit"), ("geology", "geolog"),
            ("running", "run"), ("caresses", "caress"), ("ponies", "poni"), ("hopping", "hop"),
            ("filing", "file"), ("controll", "control"), ("is", "is"), ("a", "a"),
        ]
    )
    func knownStems(word: String, expected: String) {
        #expect(PorterStemmer().stem(word) == expected)
    }

    @Test("lower-cases its input like NLTK")
    func lowerCasesInput() {
        let stemmer = PorterStemmer()
        #expect(stemmer.stem("Running") == "run")
        #expect(stemmer.stem("SKIES") == "sky")
        #expect(stemmer.stem("Ab") == "ab")
    }

    @Test("stems non-ASCII words scalar by scalar like NLTK")
    func nonASCII() {
        let stemmer = PorterStemmer()
        #expect(stemmer.stem("cafés") == "café")
        #expect(stemmer.stem("naïve") == "naïv")
        #expect(stemmer.stem("日本語") == "日本語")
        #expect(stemmer.stem("") == "")
    }
}
