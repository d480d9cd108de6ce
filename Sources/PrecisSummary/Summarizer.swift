import PrecisText
import PrecisVectors

/// Extractive summarizer: picks source sentences verbatim and cites where each came from.
///
/// Pipeline: candidate sentences (not noise, at least `minimumTerms` terms) from every document
/// → TF-IDF vectors in one space → cosine similarity graph (sparse or BLAS kernel) → LexRank or
/// centroid scores, blended with a lead prior → near-duplicates collapsed → MMR selection under
/// the budget. Ties are broken by position, so the output is the same on every run.
public struct Summarizer: Sendable {
    /// The settings every call to `summarize` uses; checked when summarizing, not when set.
    public var options: SummaryOptions

    /// Creates a summarizer with `options` (by default the documented defaults of ``SummaryOptions``).
    public init(options: SummaryOptions = SummaryOptions()) {
        self.options = options
    }

    /// Summarizes one or more documents together.
    /// - Throws: `SummarizeError` for an invalid budget, no documents, duplicate ids or a model
    ///   that cannot be loaded.
    public func summarize(_ documents: [Document]) throws(SummarizeError) -> Summary {
        try options.budget.validate()
        try options.validate()
        guard !documents.isEmpty else { throw .noDocuments }
        var ids = Set<String>()
        for document in documents where !ids.insert(document.id).inserted { throw .duplicateDocumentID(document.id) }

        let language = options.language ?? Self.majorityLanguage(documents)
        let tokenizer: Tokenizer
        do { tokenizer = try Tokenizer.bundled(for: language) } catch { throw .model(error) }
        let idf: IDFSource
        switch options.weighting {
        case .input: idf = .input
        case .model(let model):
            guard model.tokenizer == tokenizer.version else { throw .modelMismatch(expected: tokenizer.version, found: model.tokenizer) }
            idf = .model(model)
        case .bundled:
            do { idf = .model(try IDFModel.bundled(for: language)) } catch { throw .model(error) }
        }

        let (candidates, termLists, shortInput) = collectCandidates(documents, tokenizer)
        let vectorizer = TFIDFVectorizer(idf: idf, sublinearTF: options.sublinearTF)
        let vectors = vectorizer.vectorize(termLists)
        let querySimilarity = options.query.flatMap { Self.querySimilarity($0, termLists, tokenizer, vectorizer) }
        let kernel: SimilarityKernel
        let graph: String
        let picked: [Int]
        let scores: [Double]
        let groups: DuplicateGroups
        let threshold = options.duplicateThreshold
        let similarities: (Int, Int) -> Bool
        if candidates.count <= options.denseGraphLimit {
            let (matrix, used) = options.kernel.similarities(of: vectors)
            (kernel, graph) = (used, "dense")
            (picked, scores, groups) = rank(candidates, matrix, query: querySimilarity)
            similarities = { matrix.similarity($0, $1) >= threshold }
        } else {
            let neighbours = NeighbourGraph(vectors, neighbours: options.neighbours, keepAbove: options.duplicateThreshold)
            (kernel, graph) = (.sparse, "neighbours-\(options.neighbours)")
            (picked, scores, groups) = rank(candidates, neighbours, query: querySimilarity)
            similarities = { neighbours.similarity($0, $1) >= threshold }
        }

        var result: [SummarySentence] = []
        for (rank, index) in picked.enumerated() {
            let candidate = candidates[index]
            let document = documents[candidate.document]
            // Cite only the sentences that are themselves near-duplicates of this one (groups can
            // chain A–B–C where A and C differ).
            let sources = groups.members(of: index).filter({ $0 == index || similarities(index, $0) }).map { m -> Citation in
                let c = candidates[m]
                return Citation(document: documents[c.document].id, sentence: c.sentence.index,
                                start: c.start, end: c.sentence.end)
            }
            result.append(SummarySentence(text: candidate.text, document: document.id,
                                          sentence: candidate.sentence.index, start: candidate.start,
                                          end: candidate.sentence.end, score: (scores[index] * 1e6).rounded() / 1e6,
                                          rank: rank + 1, sources: sources))
        }
        if options.order == .document {
            let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
            result.sort { (order[$0.document]!, $0.sentence) < (order[$1.document]!, $1.sentence) }
        }
        return Summary(algorithm: options.algorithm, language: language, kernel: kernel, graph: graph, budget: options.budget,
                       candidates: candidates.count, shortInput: shortInput, sentences: result)
    }

    /// The candidate sentences in document order, with their terms: not noise, at least
    /// `minimumTerms` terms, and prose only when there is enough of it. When fewer than the
    /// budget's sentences qualify (or none, for a length budget), every sentence with a term is
    /// a candidate and `shortInput` says so. Each sentence is tokenized once.
    private func collectCandidates(_ documents: [Document], _ tokenizer: Tokenizer) -> ([Candidate], [[String]], shortInput: Bool) {
        struct Entry { var document: Int; var sentence: Sentence; var terms: [String]; var prose: Bool }
        var entries: [Entry] = []
        for (d, document) in documents.enumerated() {
            for sentence in document.sentences where !sentence.isNoise {
                let terms = tokenizer.terms(in: sentence.text)
                if !terms.isEmpty { entries.append(Entry(document: d, sentence: sentence, terms: terms, prose: CandidateText.isProse(sentence.text))) }
            }
        }
        let qualified = entries.filter { $0.terms.count >= options.minimumTerms }
        let proseOnly = options.prefersProse && qualified.filter(\.prose).count >= options.minimumProseSentences
        var chosen = proseOnly ? qualified.filter(\.prose) : qualified
        let wanted: Int
        if case .sentences(let n) = options.budget { wanted = n } else { wanted = 1 }
        let shortInput = chosen.count < wanted && entries.count > chosen.count
        if shortInput { chosen = entries }
        var positions: [Int: Int] = [:]
        let candidates = chosen.map { e -> Candidate in
            let position = positions[e.document, default: 0]
            positions[e.document] = position + 1
            return Candidate(document: e.document, sentence: e.sentence, position: position,
                             datelineBytes: CandidateText.datelineLength(e.sentence.text))
        }
        return (candidates, chosen.map(\.terms), shortInput)
    }

    /// Each candidate's cosine to the query, in one TF-IDF space with the candidates; nil when
    /// the query has no terms.
    static func querySimilarity(_ query: String, _ termLists: [[String]], _ tokenizer: Tokenizer, _ vectorizer: TFIDFVectorizer) -> [Double]? {
        let queryTerms = tokenizer.terms(in: query)
        guard !queryTerms.isEmpty else { return nil }
        let rows = vectorizer.vectorize(termLists + [queryTerms]).rows
        let q = rows[rows.count - 1]
        return rows.dropLast().map { Double($0.dot(q)) }
    }

    /// Scores, collapses near-duplicates and picks under the budget on one similarity graph.
    private func rank(_ candidates: [Candidate], _ similarity: some SimilarityGraph, query: [Double]?) -> ([Int], [Double], DuplicateGroups) {
        var scores: [Double]
        switch options.algorithm {
        case .lexrank:
            scores = LexRank(teleport: options.teleportProbability, maxIterations: options.maxIterations,
                             tolerance: options.tolerance).scores(similarity)
        case .centroid:
            scores = CentroidScorer().scores(similarity)
        }
        scores = blendPositionPrior(scores, candidates)
        // The query weighs against the whole news score (relevance and lead prior together): a
        // reader who asks about a topic wants its sentences, wherever they stand.
        if let query { scores = blendQuery(scores, query) }
        let groups = DuplicateGroups(similarity: similarity, threshold: options.duplicateThreshold)
        let lengths = candidates.map { cost(of: $0.text) }
        let picked = MMRSelector(lambda: options.mmrLambda, duplicateThreshold: options.duplicateThreshold)
            .select(scores: scores, similarity: similarity, representatives: groups.representatives,
                    lengths: lengths, limit: budgetLimit(candidates))
        return (picked, scores, groups)
    }

    /// Convenience: summarizes one text.
    public func summarize(text: String, id: String = "input") throws(SummarizeError) -> Summary {
        try summarize([Document(id: id, text: text, language: options.language)])
    }

    struct Candidate {
        var document: Int
        var sentence: Sentence
        /// Position among the document's candidates, from 0.
        var position: Int
        /// Bytes of a leading dateline (`ATLANTA --`) not shown in the summary.
        var datelineBytes: Int

        /// The text a summary shows: the sentence without its dateline.
        var text: String { datelineBytes == 0 ? sentence.text : String(decoding: sentence.text.utf8.dropFirst(datelineBytes), as: UTF8.self) }
        /// Where `text` starts in the document's bytes.
        var start: Int { sentence.start + datelineBytes }
    }

    /// Scores and query similarities, each scaled to a maximum of 1, blended by `queryWeight` and
    /// rounded like the position blend (position breaks ties).
    private func blendQuery(_ scores: [Double], _ query: [Double]) -> [Double] {
        let top = scores.max() ?? 0, queryTop = query.max() ?? 0
        let w = options.queryWeight
        return zip(scores, query).map { score, q in
            (((1 - w) * (top > 0 ? score / top : 0) + w * (queryTop > 0 ? q / queryTop : 0)) * 1e9).rounded() / 1e9
        }
    }

    /// Scores scaled to a maximum of 1, blended with the lead prior `1/√(1 + position)`, and
    /// rounded to 1e-9 so that float noise cannot reorder ties (position breaks them).
    private func blendPositionPrior(_ scores: [Double], _ candidates: [Candidate]) -> [Double] {
        let top = scores.max() ?? 0
        let w = min(max(options.positionWeight, 0), 1)
        return zip(scores, candidates).map { score, candidate in
            let relevance = top > 0 ? score / top : 0
            let prior = 1 / (1 + Double(candidate.position)).squareRoot()
            return (((1 - w) * relevance + w * prior) * 1e9).rounded() / 1e9
        }
    }

    private func cost(of text: String) -> Int {
        switch options.budget {
        case .sentences: return 1
        case .characters, .ratio: return text.count
        case .words: return SummaryBudget.words(in: text)
        }
    }

    private func budgetLimit(_ candidates: [Candidate]) -> Int {
        switch options.budget {
        case .sentences(let n), .characters(let n), .words(let n): return n
        case .ratio(let r):
            let total = candidates.reduce(0) { $0 + $1.sentence.text.count }
            return Int((Double(total) * r).rounded(.up))
        }
    }

    static func majorityLanguage(_ documents: [Document]) -> Language {
        var bytes: [Language: Int] = [:]
        for d in documents { bytes[d.language, default: 0] += d.text.utf8.count }
        return bytes.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key ?? .en
    }
}
