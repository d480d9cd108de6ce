import Foundation
@testable import PrecisEvaluation
import PrecisText
import Testing
import PrecisTestSupport

/// One English (target, prediction) pair with rouge-score's values, each as (precision, recall, F1).
private struct PinnedCase: Sendable, CustomTestStringConvertible {
    typealias Triple = (precision: Double, recall: Double, f1: Double)

    let name: String
    let target: String
    let prediction: String
    let rouge1: Triple
    let rouge2: Triple
    let rougeL: Triple
    let rougeLsum: Triple

    init(_ name: String, target: String, prediction: String,
         rouge1: Triple, rouge2: Triple, rougeL: Triple, rougeLsum: Triple) {
        self.name = name
        self.target = target
        self.prediction = prediction
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
        self.rougeLsum = rougeLsum
    }

    var testDescription: String { name }

    func expected(_ type: RougeType) -> Triple {
        switch type {
        case .rouge1: rouge1
        case .rouge2: rouge2
        case .rougeL: rougeL
        case .rougeLsum: rougeLsum
        }
    }
}

/// Expects `score` to equal `expected` within `tolerance` in all three values, and never to be NaN.
private func expectScore(_ score: RougeScore?, _ expected: PinnedCase.Triple, tolerance: Double = 1e-6,
                 _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let score else {
        Issue.record("\(label): missing score", sourceLocation: sourceLocation)
        return
    }
    #expect(!score.precision.isNaN && !score.recall.isNaN && !score.f1.isNaN, "\(label): NaN",
            sourceLocation: sourceLocation)
    #expect(abs(score.precision - expected.precision) <= tolerance,
            "\(label) precision: expected \(expected.precision), got \(score.precision)", sourceLocation: sourceLocation)
    #expect(abs(score.recall - expected.recall) <= tolerance,
            "\(label) recall: expected \(expected.recall), got \(score.recall)", sourceLocation: sourceLocation)
    #expect(abs(score.f1 - expected.f1) <= tolerance,
            "\(label) F1: expected \(expected.f1), got \(score.f1)", sourceLocation: sourceLocation)
}

/// Pins ROUGE to Google's rouge-score for English and to hand-computed values for Japanese, so reported scores stay comparable.
@Suite("ROUGE")
struct RougeTests {
    /// English pairs pinned to rouge-score.
    ///
    /// Produced with rouge-score 0.1.2 (PyPI `rouge-score`), nltk 3.10.4 and Python 3.11.7:
    ///
    ///     from rouge_score import rouge_scorer
    ///     scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'], use_stemmer=True)
    ///     s = scorer.score(target, prediction)
    ///     for k in ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']:
    ///         print('(%.6f, %.6f, %.6f)' % (s[k].precision, s[k].recall, s[k].fmeasure))
    ///
    /// The texts were written for this test (news-like, not taken from any source); multi-line
    /// strings give rougeLsum its sentences. Values are rounded to 6 decimals, hence the 1e-6
    /// tolerance (the unrounded Swift values were checked to be bit-identical to Python's).
    fileprivate static let pinned: [PinnedCase] = [
        PinnedCase(
            "paraphrase",
            target: "The central bank raised interest rates by 0.25 percentage points on Tuesday.",
            prediction: "On Tuesday the central bank raised rates by a quarter point.",
            rouge1: (0.818182, 0.692308, 0.750000), rouge2: (0.500000, 0.416667, 0.454545),
            rougeL: (0.636364, 0.538462, 0.583333), rougeLsum: (0.636364, 0.538462, 0.583333)),
        PinnedCase(
            "multiSentence",
            target: "Heavy rain flooded parts of the city on Monday.\nOfficials said 12 people were rescued from their homes.\nSchools will remain closed until Wednesday.",
            prediction: "Officials rescued 12 people after heavy rain flooded the city.\nSchools stay closed until Wednesday.",
            rouge1: (0.866667, 0.541667, 0.666667), rouge2: (0.428571, 0.260870, 0.324324),
            rougeL: (0.600000, 0.375000, 0.461538), rougeLsum: (0.800000, 0.500000, 0.615385)),
        PinnedCase(
            "unionLCS",
            target: "police arrested two men\npolice said the men were armed",
            prediction: "two men were arrested by police\npolice said they were armed\nthe men were armed",
            rouge1: (0.666667, 1.000000, 0.800000), rouge2: (0.357143, 0.555556, 0.434783),
            rougeL: (0.533333, 0.800000, 0.640000), rougeLsum: (0.600000, 0.900000, 0.720000)),
        PinnedCase(
            "numbers",
            target: "Inflation rose to 3.5% in March, up from 3.2% in February.",
            prediction: "Inflation was 3.5% in March versus 3.2% a month earlier.",
            rouge1: (0.583333, 0.538462, 0.560000), rouge2: (0.363636, 0.333333, 0.347826),
            rougeL: (0.583333, 0.538462, 0.560000), rougeLsum: (0.583333, 0.538462, 0.560000)),
        PinnedCase(
            "heavyStemming",
            target: "The runners were running and the runner runs daily.",
            prediction: "running runs ran",
            rouge1: (0.666667, 0.222222, 0.333333), rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.666667, 0.222222, 0.333333), rougeLsum: (0.666667, 0.222222, 0.333333)),
        PinnedCase(
            "repeatedWords",
            target: "the the the cat sat on the mat",
            prediction: "the the the the the the the",
            rouge1: (0.571429, 0.500000, 0.533333), rouge2: (0.333333, 0.285714, 0.307692),
            rougeL: (0.571429, 0.500000, 0.533333), rougeLsum: (0.571429, 0.500000, 0.533333)),
        PinnedCase(
            "caseAndPunctuation",
            target: "Prime Minister Kishida visited Washington.",
            prediction: "PM KISHIDA VISITED washington, D.C.!",
            rouge1: (0.500000, 0.600000, 0.545455), rouge2: (0.400000, 0.500000, 0.444444),
            rougeL: (0.500000, 0.600000, 0.545455), rougeLsum: (0.500000, 0.600000, 0.545455)),
        PinnedCase(
            "blankLinesAndCRLF",
            target: "Markets rallied on Friday.\nOil prices dropped 2%.",
            prediction: "Oil prices dropped 2%.\r\n\r\n\nMarkets rallied on Friday.",
            rouge1: (1.000000, 1.000000, 1.000000), rouge2: (0.857143, 0.857143, 0.857143),
            rougeL: (0.500000, 0.500000, 0.500000), rougeLsum: (1.000000, 1.000000, 1.000000)),
        PinnedCase(
            "nonASCII",
            target: "Caf\u{E9} owners in Z\u{FC}rich protested the new tax.",
            prediction: "Zurich cafe owners protest the tax \u{2014} again.",
            rouge1: (0.571429, 0.444444, 0.500000), rouge2: (0.166667, 0.125000, 0.142857),
            rougeL: (0.571429, 0.444444, 0.500000), rougeLsum: (0.571429, 0.444444, 0.500000)),
        PinnedCase(
            "kelvinSign",
            target: "The sample was cooled to 4 \u{212A} overnight.",
            prediction: "Sample cooled to 4 k.",
            rouge1: (1.000000, 0.625000, 0.769231), rouge2: (0.750000, 0.428571, 0.545455),
            rougeL: (1.000000, 0.625000, 0.769231), rougeLsum: (1.000000, 0.625000, 0.769231)),
        PinnedCase(
            "identical",
            target: "Rescue teams reached the village.\nAll 40 residents are safe.",
            prediction: "Rescue teams reached the village.\nAll 40 residents are safe.",
            rouge1: (1.000000, 1.000000, 1.000000), rouge2: (1.000000, 1.000000, 1.000000),
            rougeL: (1.000000, 1.000000, 1.000000), rougeLsum: (1.000000, 1.000000, 1.000000)),
        PinnedCase(
            "noOverlap",
            target: "Shares of Toyota rose sharply.",
            prediction: "Heavy snow closed mountain roads.",
            rouge1: (0.000000, 0.000000, 0.000000), rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000), rougeLsum: (0.000000, 0.000000, 0.000000)),
        PinnedCase(
            "emptyPrediction",
            target: "Stocks fell sharply in early trading.",
            prediction: "",
            rouge1: (0.000000, 0.000000, 0.000000), rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000), rougeLsum: (0.000000, 0.000000, 0.000000)),
        PinnedCase(
            "punctuationOnlyPrediction",
            target: "Stocks fell sharply in early trading.",
            prediction: "... !!! --- ?",
            rouge1: (0.000000, 0.000000, 0.000000), rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000), rougeLsum: (0.000000, 0.000000, 0.000000)),
        PinnedCase(
            "emptyTarget",
            target: "",
            prediction: "Stocks fell sharply in early trading.",
            rouge1: (0.000000, 0.000000, 0.000000), rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000), rougeLsum: (0.000000, 0.000000, 0.000000)),
        PinnedCase(
            "bothEmpty",
            target: "",
            prediction: "",
            rouge1: (0.000000, 0.000000, 0.000000), rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000), rougeLsum: (0.000000, 0.000000, 0.000000)),
    ]

    @Test("English scores equal rouge-score's", arguments: pinned)
    fileprivate func englishMatchesRougeScore(_ pinned: PinnedCase) {
        let scores = RougeScorer(language: .en).score(target: pinned.target, prediction: pinned.prediction)
        #expect(scores.count == 4)
        for type in RougeType.allCases {
            expectScore(scores[type], pinned.expected(type), "\(pinned.name) \(type.rawValue)")
        }
    }

    @Test("Japanese scores on character tokens, computed by hand")
    func japanese() {
        let scorer = RougeScorer(language: .ja)

        // Target 東京都は晴れ (6 characters; 。 is punctuation and dropped), prediction 東京は晴れ (5).
        // ROUGE-1: 5 matches, P = 5/5, R = 5/6, F = 2·1·(5/6) / (1 + 5/6) = 10/11.
        // ROUGE-2: target bigrams 東京 京都 都は は晴 晴れ (5), prediction 東京 京は は晴 晴れ (4),
        //          3 shared: P = 3/4, R = 3/5, F = 0.9 / 1.35 = 2/3.
        // ROUGE-L and -Lsum: LCS 東京は晴れ = 5, so the same as ROUGE-1.
        var s = scorer.score(target: "東京都は晴れ。", prediction: "東京は晴れ。")
        expectScore(s[.rouge1], (1, 5.0 / 6, 10.0 / 11), "ja1 rouge1")
        expectScore(s[.rouge2], (0.75, 0.6, 2.0 / 3), "ja1 rouge2")
        expectScore(s[.rougeL], (1, 5.0 / 6, 10.0 / 11), "ja1 rougeL")
        expectScore(s[.rougeLsum], (1, 5.0 / 6, 10.0 / 11), "ja1 rougeLsum")

        // NFKC then lower-case: ＧＤＰは１．５％増 -> "gdpは1.5%増"; "." and "%" are punctuation,
        // so the target is g d p は 1 5 増 (7) and GDPは1.5%増えた is g d p は 1 5 増 え た (9).
        // ROUGE-1: 7 matches, P = 7/9, R = 7/7, F = 2·(7/9) / (16/9) = 7/8.
        // ROUGE-2: all 6 target bigrams occur among the prediction's 8: P = 6/8, R = 1, F = 1.5/1.75 = 6/7.
        // ROUGE-L: LCS = 7, as ROUGE-1.
        s = scorer.score(target: "ＧＤＰは１．５％増", prediction: "GDPは1.5%増えた")
        expectScore(s[.rouge1], (7.0 / 9, 1, 7.0 / 8), "ja2 rouge1")
        expectScore(s[.rouge2], (0.75, 1, 6.0 / 7), "ja2 rouge2")
        expectScore(s[.rougeL], (7.0 / 9, 1, 7.0 / 8), "ja2 rougeL")

        // Two lines each, in swapped order. Target 地震が発生した (7) + 津波の心配はない (8) = 15 tokens,
        // prediction 津波の心配はない (8) + 地震が起きた (6) = 14 tokens.
        // ROUGE-Lsum: target line 1 has LCS 地震がた (4) with prediction line 2 and nothing with line 1;
        //   target line 2 has LCS 8 with prediction line 1. Hits 12: P = 12/14, R = 12/15,
        //   F = 2·(6/7)·(4/5) / (6/7 + 4/5) = 9.6/11.6 = 24/29.
        // ROUGE-L on the whole texts: LCS 津波の心配はない = 8, P = 8/14, R = 8/15, F = 16/29.
        // ROUGE-1: the same 12 characters match, so the same as ROUGE-Lsum.
        // ROUGE-2 (bigrams run across the line break, as in rouge-score): target 14 bigrams, prediction 13,
        //   shared 地震 震が 津波 波の の心 心配 配は はな ない = 9: P = 9/13, R = 9/14, F = 2/3.
        s = scorer.score(target: "地震が発生した。\n津波の心配はない。", prediction: "津波の心配はない。\n地震が起きた。")
        expectScore(s[.rouge1], (12.0 / 14, 12.0 / 15, 24.0 / 29), "ja3 rouge1")
        expectScore(s[.rouge2], (9.0 / 13, 9.0 / 14, 2.0 / 3), "ja3 rouge2")
        expectScore(s[.rougeL], (8.0 / 14, 8.0 / 15, 16.0 / 29), "ja3 rougeL")
        expectScore(s[.rougeLsum], (12.0 / 14, 12.0 / 15, 24.0 / 29), "ja3 rougeLsum")

        // Half-width katakana: NFKC turns ｶﾞｿﾘﾝ価格 into ガソリン価格 (6 characters, ｶﾞ -> ガ is one).
        // Prediction ガソリン価格が上昇 (9). ROUGE-1: P = 6/9, R = 1, F = 2·(2/3) / (5/3) = 0.8.
        // ROUGE-2: 5 target bigrams all among the prediction's 8: P = 5/8, R = 1, F = 1.25/1.625 = 10/13.
        s = scorer.score(target: "ｶﾞｿﾘﾝ価格", prediction: "ガソリン価格が上昇")
        expectScore(s[.rouge1], (6.0 / 9, 1, 0.8), "ja4 rouge1")
        expectScore(s[.rouge2], (5.0 / 8, 1, 10.0 / 13), "ja4 rouge2")
    }

    @Test("Empty or token-less input scores 0 in every type, never NaN", arguments: Language.allCases)
    func emptyInputsScoreZero(_ language: Language) {
        let scorer = RougeScorer(language: language)
        let text = language == .ja ? "東京都は晴れ。" : "Stocks fell sharply."
        let noTokens = language == .ja ? "。、「」　\n\n" : "... !!! --\n\n"
        for (target, prediction) in [(text, ""), ("", text), ("", ""), (text, noTokens), (noTokens, text)] {
            let scores = scorer.score(target: target, prediction: prediction)
            for type in RougeType.allCases {
                #expect(scores[type] == .zero, "\(language) \(type) target=\(target.debugDescription) prediction=\(prediction.debugDescription)")
            }
        }
    }

    @Test("English tokens follow rouge-score: lower-case, [a-z0-9] runs, Porter stems of tokens over 3 characters")
    func englishTokens() {
        let scorer = RougeScorer(language: .en)
        #expect(scorer.tokenize("The runners' 3.5% gain, RUNNING away!") == ["the", "runner", "3", "5", "gain", "run", "away"])
        #expect(scorer.tokenize("Café in Zürich") == ["caf", "in", "z", "rich"])
        #expect(scorer.tokenize("4 \u{212A}") == ["4", "k"])  // KELVIN SIGN lower-cases to ASCII k
        #expect(scorer.tokenize("") == [])
    }

    @Test("Japanese tokens are NFKC, lower-cased characters without whitespace or punctuation")
    func japaneseTokens() {
        let scorer = RougeScorer(language: .ja)
        #expect(scorer.tokenize("ＧＤＰは１．５％増") == ["g", "d", "p", "は", "1", "5", "増"])
        #expect(scorer.tokenize("「ｶﾞｿﾘﾝ」 価格・上昇ー") == ["ガ", "ソ", "リ", "ン", "価", "格", "上", "昇", "ー"])
    }

    @Test("Only the requested types are computed")
    func requestedTypesOnly() {
        let scores = RougeScorer(language: .en, types: [.rougeLsum])
            .score(target: "police arrested two men", prediction: "two men were arrested")
        #expect(Array(scores.keys) == [.rougeLsum])
    }

    @Test("Checkpointed LCS backtracking picks the same LCS as the full table")
    func checkpointedBacktrackingMatchesFullTable() {
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<500 {
            let alphabet = Int32(generator.next() % 5 + 1)
            let a = (0..<Int(generator.next() % 40 + 1)).map { _ in Int32(generator.next() % UInt64(alphabet)) }
            let b = (0..<Int(generator.next() % 40 + 1)).map { _ in Int32(generator.next() % UInt64(alphabet)) }
            let full = RougeScorer.lcsIndices(a, b, fullTableLimit: .max)
            let checkpointed = RougeScorer.lcsIndices(a, b, fullTableLimit: 0)
            #expect(full == checkpointed, "a=\(a) b=\(b)")
            #expect(full.count == RougeScorer.lcsLength(a, b))
        }
    }

    @Test("A long single-line pair takes the checkpointed path and ROUGE-Lsum equals ROUGE-L")
    func longSingleLine() {
        // 2,100 tokens each: a 2,101 × 2,101 table exceeds fullTableLimit (2^22 cells). With one
        // sentence on each side the union LCS is one LCS, so ROUGE-Lsum must equal ROUGE-L.
        var generator = SeededGenerator(seed: 42)
        func text() -> String {
            (0..<2_100).map { _ in "w\(generator.next() % 30)" }.joined(separator: " ")
        }
        let target = text()
        let prediction = text()
        let scores = RougeScorer(language: .en, types: [.rougeL, .rougeLsum]).score(target: target, prediction: prediction)
        #expect(scores[.rougeL] != nil && scores[.rougeL] == scores[.rougeLsum])
        // Two random sequences over 30 words share an LCS of roughly 30% of their length.
        #expect((scores[.rougeL]?.f1 ?? 0) > 0.2)
    }
}

