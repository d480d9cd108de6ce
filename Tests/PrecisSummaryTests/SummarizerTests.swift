import Foundation
import Testing
@testable import PrecisSummary
import PrecisText
import PrecisVectors
import PrecisTestSupport

/// Every summary sentence must be the exact bytes its citation names.
func assertCited(_ summary: Summary, _ documents: [Document], sourceLocation: SourceLocation = #_sourceLocation) {
    let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
    for s in summary.sentences {
        let bytes = Array(byID[s.document]!.text.utf8)
        #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text, sourceLocation: sourceLocation)
        #expect(s.sources.first == Citation(document: s.document, sentence: s.sentence, start: s.start, end: s.end), sourceLocation: sourceLocation)
        for c in s.sources {
            let doc = byID[c.document]!
            // A citation covers its sentence, or the part after a dateline.
            #expect(doc.sentences[c.sentence].start <= c.start && c.start < c.end && doc.sentences[c.sentence].end == c.end, sourceLocation: sourceLocation)
        }
    }
}

@Suite struct SummarizerTests {
    @Test func seedArticleGivesThreeCitedSentences() throws {
        let document = try fixtureDocument("seed-000")
        var options = SummaryOptions()
        options.budget = .sentences(3)
        let summary = try Summarizer(options: options).summarize([document])
        #expect(summary.sentences.count == 3)
        assertCited(summary, [document])
        #expect(summary.sentences.map(\.sentence) == summary.sentences.map(\.sentence).sorted())
    }

    /// Headlines, captions and credits (no terminal punctuation) are left out when there is
    /// enough prose, and kept when there is not.
    @Test func proseIsPreferredToHeadlinesAndCaptions() throws {
        let text = """
            Storm floods coastal towns across the northern region
            Heavy rain flooded coastal towns across the northern region on Monday. Officials said the river rose two metres overnight.
            Photo credit: regional storm service archive
            Rescue teams moved families from low streets near the river. Schools in the region will stay closed until Friday.
            """
        let document = Document(id: "storm", text: text)
        var options = SummaryOptions()
        options.budget = .sentences(3)
        let prose = try Summarizer(options: options).summarize([document])
        #expect(prose.sentences.allSatisfy { $0.text.hasSuffix(".") }, "\(prose.sentences.map(\.text))")
        #expect(prose.candidates == 4)
        options.prefersProse = false
        #expect(try Summarizer(options: options).summarize([document]).candidates == 6)
        // Too little prose: headlines stay candidates.
        options.prefersProse = true
        options.minimumProseSentences = 5
        #expect(try Summarizer(options: options).summarize([document]).candidates == 6)
    }

    /// Datelines and wire bylines are not shown, and the citation slices exactly what is shown.
    @Test func datelinesAreLeftOutOfTheShownText() throws {
        let text = "ATLANTA -- Health officials said on Monday that flu cases rose sharply. "
            + "TOKYO (Reuters) - Japanese shares fell for a third day as exporters slipped. "
            + "U.S. - Japan talks ended without a deal on Tuesday evening in Tokyo. "
            + "【ワシントン＝共同】米政府は3日、新たな制裁を発表したと明らかにした。"
        let document = Document(id: "wire", text: text, language: .en)
        var options = SummaryOptions()
        options.budget = .sentences(4)
        let summary = try Summarizer(options: options).summarize([document])
        #expect(summary.sentences.map(\.text) == [
            "Health officials said on Monday that flu cases rose sharply.",
            "Japanese shares fell for a third day as exporters slipped.",
            "U.S. - Japan talks ended without a deal on Tuesday evening in Tokyo.",
            "米政府は3日、新たな制裁を発表したと明らかにした。",
        ])
        assertCited(summary, [document])
        #expect(summary.sentences.map(\.sentence) == [0, 1, 2, 3])
        #expect(CandidateText.datelineLength("【図表】輸出の推移について政府は説明した。") == 0)
        #expect(CandidateText.datelineLength("LONDON — Prices rose.") == 0)  // too little left to be a sentence
    }

    /// A query pulls the summary towards its topic; a query without terms changes nothing.
    @Test func queriesFocusTheSummary() throws {
        let text = "Heavy rain flooded coastal towns across the region on Monday. The central bank raised interest rates by half a point. "
            + "Officials said rivers rose overnight in the north. Schools in the flooded towns stay closed until Friday."
        var options = SummaryOptions()
        options.budget = .sentences(1)
        #expect(try Summarizer(options: options).summarize(text: text).sentences.map(\.sentence) == [0])
        options.query = "interest rates"
        #expect(try Summarizer(options: options).summarize(text: text).sentences.map(\.sentence) == [1])
        options.query = "the of and"
        #expect(try Summarizer(options: options).summarize(text: text).sentences.map(\.sentence) == [0])
        options.queryWeight = 1.5
        #expect(throws: SummarizeError.invalidOption("queryWeight must be in [0, 1], got 1.5")) { try Summarizer(options: options).summarize(text: text) }
    }

    /// A text with fewer candidate sentences than the budget gives its sentences and says so.
    @Test func shortInputsReturnTheirSentences() throws {
        let summary = try Summarizer().summarize(text: "Hello world. This is a test sentence here.")
        #expect(summary.sentences.map(\.text) == ["Hello world.", "This is a test sentence here."])
        #expect(summary.shortInput)
        let long = try Summarizer().summarize(text: "Heavy rain flooded coastal towns on Monday. Officials said rivers rose overnight. Schools stay closed until Friday.")
        #expect(!long.shortInput && long.sentences.count == 3)
    }

    @Test func forumSeedNeverGluesLines() throws {
        let document = try fixtureDocument("seed-002")
        for algorithm in SummaryAlgorithm.allCases {
            var options = SummaryOptions()
            options.algorithm = algorithm
            options.budget = .sentences(5)
            let summary = try Summarizer(options: options).summarize([document])
            #expect(summary.sentences.count == 5)
            assertCited(summary, [document])
            for s in summary.sentences {
                #expect(!s.text.contains("\n"), "glued lines: \(s.text)")
                #expect(!s.text.contains(">>"), "reply marker in: \(s.text)")
                #expect(!s.text.hasPrefix("http"))
            }
        }
    }

    @Test func budgetsAreRespected() throws {
        let document = try fixtureDocument("seed-002")
        for limit in [40, 120, 400] {
            var options = SummaryOptions()
            options.budget = .characters(limit)
            let summary = try Summarizer(options: options).summarize([document])
            #expect(!summary.sentences.isEmpty)
            #expect(summary.sentences.reduce(0) { $0 + $1.text.count } <= limit)
        }
        var options = SummaryOptions()
        options.budget = .words(60)
        let byWords = try Summarizer(options: options).summarize([document])
        #expect(byWords.sentences.reduce(0) { $0 + SummaryBudget.words(in: $1.text) } <= 60)
        options.budget = .ratio(0.1)
        let byRatio = try Summarizer(options: options).summarize([document])
        #expect(byRatio.sentences.reduce(0) { $0 + $1.text.count } <= document.text.count / 10 + 1)
        options.budget = .characters(3)
        #expect(try Summarizer(options: options).summarize([document]).sentences.isEmpty)
    }

    @Test func invalidInputThrows() throws {
        let document = Document(id: "d", text: "One sentence here. Another sentence there.")
        var options = SummaryOptions()
        options.budget = .sentences(0)
        #expect(throws: SummarizeError.invalidBudget("the budget must be between 1 and 1000000000, got 0")) { try Summarizer(options: options).summarize([document]) }
        options.budget = .characters(SummaryBudget.maximumCount + 1)
        #expect(throws: SummarizeError.invalidBudget("the budget must be between 1 and 1000000000, got 1000000001")) { try Summarizer(options: options).summarize([document]) }
        options.budget = .characters(SummaryBudget.maximumCount)
        let largest = try Summarizer(options: options).summarize([document])
        options.budget = .ratio(1)
        #expect(largest.sentences == (try Summarizer(options: options).summarize([document])).sentences)
        options.budget = .ratio(1.5)
        #expect(throws: SummarizeError.self) { try Summarizer(options: options).summarize([document]) }
        #expect(throws: SummarizeError.noDocuments) { try Summarizer().summarize([]) }
        #expect(throws: SummarizeError.duplicateDocumentID("d")) { try Summarizer().summarize([document, document]) }
    }

    @Test func invalidOptionsThrow() {
        let document = Document(id: "d", text: "One sentence here about taxes. Another sentence there about trade.")
        for change in [{ (o: inout SummaryOptions) in o.mmrLambda = .nan }, { $0.positionWeight = 2 }, { $0.neighbours = 0 },
                       { $0.teleportProbability = 0 }, { $0.duplicateThreshold = .infinity }] {
            var options = SummaryOptions()
            change(&options)
            #expect(throws: SummarizeError.self) { try Summarizer(options: options).summarize([document]) }
        }
    }

    /// Near-duplicate groups can chain (A≈B≈C with A and C apart); a summary sentence cites only
    /// its own near-duplicates.
    @Test func citationsAreDirectNearDuplicates() throws {
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november"]
        let text = (0..<5).map { words[$0..<($0 + 10)].joined(separator: " ") + "." }.joined(separator: " ")
        let document = Document(id: "d", text: text, language: .en)
        var options = SummaryOptions()
        options.weighting = .input
        options.budget = .sentences(5)
        let summary = try Summarizer(options: options).summarize([document])
        let tokenizer = try Tokenizer.bundled(for: .en)
        let vectors = TFIDFVectorizer(idf: .input).vectorize(document.sentences.map { tokenizer.terms(in: $0.text) })
        for s in summary.sentences {
            for c in s.sources.dropFirst() {
                #expect(vectors.rows[s.sentence].dot(vectors.rows[c.sentence]) >= options.duplicateThreshold - 1e-6)
            }
        }
    }

    @Test func duplicatesAcrossDocumentsCollapseAndCiteBoth() throws {
        let a = Document(id: "a", text: "Defence spending rose to 2.6% of GDP this year. The army hired new recruits. Fuel prices fell sharply in March.")
        let b = Document(id: "b", text: "Exports of cars grew quickly. Defence spending rose to 2.6% of GDP this year. Tourism recovered after the storm.")
        var options = SummaryOptions()
        options.budget = .sentences(5)
        let summary = try Summarizer(options: options).summarize([a, b])
        assertCited(summary, [a, b])
        let defence = summary.sentences.filter { $0.text.hasPrefix("Defence") }
        #expect(defence.count == 1)
        #expect(Set(defence.first?.sources.map(\.document) ?? []) == ["a", "b"])
    }

    @Test func deterministicAndRankOrder() throws {
        let document = try fixtureDocument("seed-002")
        var options = SummaryOptions()
        options.budget = .sentences(4)
        let first = try Summarizer(options: options).summarize([document])
        let second = try Summarizer(options: options).summarize([document])
        #expect(first.sentences == second.sentences)
        options.order = .rank
        let ranked = try Summarizer(options: options).summarize([document])
        #expect(ranked.sentences.map(\.rank) == [1, 2, 3, 4])
        #expect(Set(ranked.sentences.map(\.sentence)) == Set(first.sentences.map(\.sentence)))
        // The same answer whichever similarity kernel computed the graph.
        options.order = .document
        options.kernel = .dense
        let dense = try Summarizer(options: options).summarize([document])
        options.kernel = .sparse
        let sparse = try Summarizer(options: options).summarize([document])
        #expect(dense.sentences.map(\.sentence) == sparse.sentences.map(\.sentence))
    }
}

@Suite struct ScoringTests {
    /// LexRank by the textbook: an explicit row-stochastic matrix and power iteration.
    func referenceLexRank(_ s: SimilarityMatrix, teleport: Double) -> [Double] {
        let n = s.count
        var m = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            let sum = (0..<n).filter { $0 != i }.reduce(0.0) { $0 + Double(s[i, $1]) }
            for j in 0..<n { m[i][j] = sum > 1e-12 ? (j == i ? 0 : Double(s[i, j]) / sum) : 1 / Double(n) }
        }
        var p = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<500 {
            p = (0..<n).map { j in teleport / Double(n) + (1 - teleport) * (0..<n).reduce(0.0) { $0 + p[$1] * m[$1][j] } }
        }
        return p
    }

    @Test func lexRankMatchesReference() {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<60 {
            let n = Int.random(in: 1...25, using: &generator)
            var values = [Float](repeating: 0, count: n * n)
            for i in 0..<n {
                values[i * n + i] = 1
                for j in (i + 1)..<max(n, i + 1) {
                    let v: Float = Bool.random(using: &generator) ? Float.random(in: 0...1, using: &generator) : 0
                    values[i * n + j] = v
                    values[j * n + i] = v
                }
            }
            let s = SimilarityMatrix(count: n, values: values)
            let fast = LexRank(teleport: 0.15, maxIterations: 500, tolerance: 1e-12).scores(s)
            let slow = referenceLexRank(s, teleport: 0.15)
            let worst = zip(fast, slow).map { abs($0 - $1) }.max() ?? 0
            #expect(worst < 1e-5, "round \(round): \(worst)")
            #expect(abs(fast.reduce(0, +) - 1) < 1e-9)
        }
    }

    @Test func allZeroGraphIsUniformNotNaN() {
        let s = SimilarityMatrix(count: 4, values: [Float](repeating: 0, count: 16))
        let scores = LexRank(teleport: 0.15, maxIterations: 100, tolerance: 1e-9).scores(s)
        #expect(scores.allSatisfy { abs($0 - 0.25) < 1e-12 })
        #expect(CentroidScorer().scores(s) == [0, 0, 0, 0])
    }

    @Test func centroidEqualsCosineToMeanVector() {
        var generator = SeededGenerator(seed: 11)
        let sentences = (0..<30).map { _ in (0..<6).map { _ in "w\(Int.random(in: 0..<40, using: &generator))" } }
        let matrix = TFIDFVectorizer().vectorize(sentences)
        let (s, _) = SimilarityKernel.sparse.similarities(of: matrix)
        let scores = CentroidScorer().scores(s)
        var centroid = [Double](repeating: 0, count: matrix.termCount)
        for row in matrix.rows { for (k, id) in row.indices.enumerated() { centroid[Int(id)] += Double(row.values[k]) / 30 } }
        let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for (i, row) in matrix.rows.enumerated() {
            let dot = row.indices.enumerated().reduce(0.0) { $0 + Double(row.values[$1.offset]) * centroid[Int($1.element)] }
            #expect(abs(scores[i] - dot / norm) < 1e-5)
        }
    }

    @Test func wordsCountJapaneseAndEnglish() {
        #expect(SummaryBudget.words(in: "The cat sat.") == 3)
        #expect(SummaryBudget.words(in: "国防費を増額") == 3)
        #expect(SummaryBudget.words(in: "GDP比23%") == 3)
    }
}


@Suite struct LargeInputTests {
    /// The sparse nearest-neighbour graph used above `denseGraphLimit`: with a neighbour for
    /// every other candidate it is the dense graph, so the summary is the same; with 48 it is an
    /// approximation that keeps at least two of three picks.
    @Test func neighbourGraphKeepsTheSummary() throws {
        for (fixture, index) in [("seed-002", 0), ("seed-000", 0), ("en-wn-149740", 0), ("ja-wn-968", 0)] {
            let document = try fixtureDocument(fixture, index: index)
            for algorithm in SummaryAlgorithm.allCases {
                var options = SummaryOptions()
                options.algorithm = algorithm
                options.budget = .sentences(3)
                let dense = try Summarizer(options: options).summarize([document])
                options.denseGraphLimit = 0
                let sparse = try Summarizer(options: options).summarize([document])
                #expect(sparse.graph == "neighbours-48" && dense.graph == "dense")
                let kept = Set(dense.sentences.map(\.sentence)).intersection(sparse.sentences.map(\.sentence)).count
                #expect(kept >= 2, "\(fixture) \(algorithm): \(dense.sentences.map(\.sentence)) vs \(sparse.sentences.map(\.sentence))")
                options.neighbours = max(1, dense.candidates - 1)
                let complete = try Summarizer(options: options).summarize([document])
                #expect(dense.sentences.map(\.sentence) == complete.sentences.map(\.sentence), "\(fixture) \(algorithm)")
            }
        }
        // Many documents at once: a few hundred candidates, well above 48 neighbours.
        for prefix in ["en-wn", "ja-wn"] {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Evaluation/fixtures")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(prefix) }.sorted()
            let documents = try names.map { try fixtureDocument(String($0.dropLast(5))) }
            for budget in [SummaryBudget.sentences(5), .characters(600)] {
                var options = SummaryOptions()
                options.budget = budget
                let dense = try Summarizer(options: options).summarize(documents)
                options.denseGraphLimit = 0
                let sparse = try Summarizer(options: options).summarize(documents)
                #expect(dense.candidates > 100)
                #expect(dense.sentences.map(\.start) == sparse.sentences.map(\.start), "\(prefix) \(budget)")
            }
        }
    }
}
