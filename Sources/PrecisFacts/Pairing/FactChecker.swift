import Foundation
import PrecisText
import PrecisVectors

/// Settings of the fact checker; the defaults are the evaluated choice.
public struct FactCheckOptions: Sendable {
    /// Minimum evidence that two figures measure the same thing: half the cosine similarity of
    /// their contexts, plus 0.3 for a shared measure concept, 0.1 for the same ratio base and 0.1
    /// for the same explicitly named entity.
    public var minimumSimilarity: Double = 0.25
    /// The same, for years and dates, which name events rather than measure quantities.
    public var minimumEventSimilarity: Double = 0.55
    /// The same, for figures of sources in different languages, whose words cannot be compared:
    /// a shared measure concept alone (`conceptEvidence`) is enough.
    public var minimumCrossLanguageSimilarity: Double = 0.25
    /// Two figures of sources in the same language also need at least this context cosine (unless
    /// they state the same specific value): a shared measure word alone does not make two unrelated
    /// articles' death tolls the same fact.
    public var minimumContextCosine: Double = 0.1
    /// Two sources in the same language whose whole texts have a lower TF-IDF cosine than this
    /// are about different things, and their figures are not compared.
    public var minimumDocumentCosine: Double = 0.2
    /// The same, for two figures of one document.
    public var minimumSameDocumentSimilarity: Double = 0.55
    /// Pairs whose confidence is lower are left out of the report. Swept on the tuning half of the
    /// 67 clusters: 0.3 → 0.27–0.28 found two more conflicts (Japanese+English recall 0.34 → 0.39) for
    /// one false one (precision 0.82 → 0.83, F1 0.67 → 0.69), consistent pairs and look-alikes
    /// unchanged; 0.25 and below cost precision, 0.33 lost recall (0.54).
    public var minimumConfidence: Double = 0.28
    /// Each figure takes part in at most this many pairs (its best-supported ones).
    public var maximumPairsPerFigure: Int = 8
    /// Each figure is paired with at most this many figures of any one other source (its best
    /// supported): a statement has one counterpart in another article, not every figure of it.
    /// Pairs within one source (attributed statements) are limited by `maximumPairsPerFigure` only.
    public var maximumPairsPerSource: Int = 1
    /// A figure that a sentence of another source states with the same value is not reported in
    /// conflict with the other figures of that sentence (they are other items of a parallel
    /// list: 「41銘柄で30円、20銘柄で20円」 in both). Decided per sentence, so a changed figure whose
    /// sentence repeats an unchanged value still conflicts, and so does a value that the other
    /// source repeats in another sentence but changes here. Measured on the tuning half: conflict
    /// F1 0.51 → 0.54 (precision 0.57 → 0.62), test half unchanged. Per source rather than per
    /// sentence removed one more false conflict but lost such changed figures.
    public var explainedFiguresAreNotContradicted = true
    /// Two figures of one source, in different sentences, with one measure key, compatible frames,
    /// different values and a context cosine of at least this form a series (an update, a step of
    /// a story, another case): a conflict against a member of a series is `notComparable` unless
    /// both figures state their time in the text or the counterpart is plain (`seriesMatchMargin`).
    /// Example: a hurricane's pressure of 892 and then 884 hPa in one report against another's
    /// 952. Chosen on the tuning half (with the margin): conflict precision 0.73 → 0.80, recall
    /// 0.63 → 0.62; test precision 0.44 → 0.47. 0.2 lost a test conflict, 0.45 kept the false
    /// ones. nil turns the rule off.
    public var minimumSeriesCosine: Double? = 0.3
    /// A figure whose value the plain figures of one kind in another sentence add up to
    /// (13 deaths against 「12人が地滑りによって死亡したほか、1人が…」) is not in conflict with
    /// those parts: the pair is `notComparable`, decided by the aggregation slot.
    public var partsThatAddUpAreNotContradicted = true
    /// Two figures of one sentence are compared when the sentence sets two sources against each
    /// other ("police estimated the crowd at 300, while the union put it at 1,500"; 「村は2150人と
    /// しているが、県の集計では1870人」, see `FactChecker.contrastsSources`); other pairs of one
    /// sentence are steps of a change or items of a list and never compared.
    public var contrastedSourcesInOneSentence = true
    /// A conflict against a member of a series stands when the other figure's context cosine with
    /// that member exceeds its cosine with every other member by at least this: the counterpart
    /// is plain (a second report that repeats the sentence with one figure changed). Chosen on
    /// the tuning half: 0.2 kept two true conflicts that 0.3 and more lose; 0.1 let a false one in.
    public var seriesMatchMargin: Double = 0.2
    /// A time the text states at least this many years before the other figure's publication-date
    /// default makes the pair `notComparable` ("the 2011 flood forced 1,900 people" against an
    /// undated figure of a 2024 article); otherwise a default never separates. One year is too
    /// close: 「昨年1年間の出生数は86人。死亡数は341人」 carries "last year" into the next sentence.
    /// Applied to sources in one language only: a translation often leaves the year unstated. A
    /// relative time right at the figure ("last year's 41 percent", `Measure.timeIsAtFigure`)
    /// separates at one year (tuning half: one false conflict fewer, nothing else changed).
    /// Chosen on the tuning half: 2 removed one false conflict (precision 0.655 → 0.667) and
    /// changed nothing else; nil turns the rule off.
    public var minimumYearsBeforePublication: Int? = 2
    /// A figure the text does not date is as of its document's publication day or earlier, so it
    /// is not compared with a figure stated for a later period ("11 people had been treated" in
    /// an article of 15 April against "14 people, the county said on Tuesday", 16 April).
    public var untimedFiguresPrecedeLaterTimes = true
    /// A figure whose measure is named right at it (`FrameOptions.adjacentKeyBytes`) pairs only
    /// with figures that have that measure among their concepts (or none at all).
    public var adjacentKeyMustBeShared = true
    /// Two figures of different sources with the same value of at least this many significant
    /// digits (87%, 3.61%, 66.6%, 142,000 yen; kind and unit equal) are compared even when their
    /// measure words, keys or change roles differ: a precise value rarely repeats by chance, and
    /// translations and rewrites name the measure differently. Entity, base, aggregation, time and
    /// modality still apply. Chosen on the tuning half: 3 digits raised consistent recall 0.63 →
    /// 0.65, 2 digits to 0.69 (117 of 169), conflicts and look-alikes unchanged by either; test
    /// half with 2: consistent recall 0.66 → 0.72, conflict precision 0.51 → 0.52. nil turns the rule off.
    public var identicalValueDigits: Int? = 2
    /// Groups of one kind and dimension up to this size are compared pair by pair (O(n²)).
    public var exhaustivePairingLimit: Int = 1_000
    /// Above it, each figure is compared with this many following figures of its group.
    public var pairingWindow: Int = 64
    /// Weight of a measure concept (`@defence`) relative to an ordinary context term's TF-IDF.
    public var conceptWeight: Double = 3
    /// Evidence weights (see `minimumSimilarity`): of the context cosine, of a shared measure
    /// concept, of the same ratio base, of the same entity named in both sentences.
    public var cosineEvidence: Double = 0.5
    /// Evidence for a measure concept both frames share (`@defence` in 国防費 and "defence spending").
    public var conceptEvidence: Double = 0.3
    /// Evidence for the same ratio base in both (`GDP` in GDP比 and "of GDP").
    public var baseEvidence: Double = 0.1
    /// Evidence for the same entity named in both sentences (not inherited from earlier ones).
    public var entityEvidence: Double = 0.1
    /// Evidence added when both values agree within their precision and are specific (at least
    /// `specificDigits` significant digits: 126万4000人, 32.1%, $38m): such a value rarely repeats by
    /// chance. Chosen on the tuning half: 0.25 left the same value in two languages (5.28% and
    /// "5.28 percent") below the confidence floor; 0.35 raised consistent recall 0.64 → 0.71
    /// (Japanese+English 0.41 → 0.59) with look-alikes unchanged; higher values changed nothing more.
    public var agreeingValueEvidence: Double = 0.35
    /// Significant digits a value needs to count as specific for `agreeingValueEvidence` and
    /// `closeValueEvidence` (2: 32.1% and 5万1000人 are specific, 30% and 5万人 are not).
    public var specificDigits: Int = 2
    /// Evidence for two specific values of one dimension that differ by at most `closeValueShare`
    /// (1万6420円 and 16,240 yen; 「台湾が最多の5万1,000人」 and 「台湾からの宿泊者は5万7,000人」): the
    /// counterpart of a figure in a translation or in another report of the same event usually
    /// lies close to it. Chosen on the tuning half, first across languages: 0.25 left such pairs
    /// below the confidence floor; 0.3 raised Japanese+English conflict F1 0.54 → 0.62 (all 0.56 →
    /// 0.57) with look-alikes unchanged; 0.35 cost precision. Then for sources in one language as
    /// well: conflict F1 0.61 → 0.68 (precision 0.77 → 0.79, recall 0.51 → 0.59), look-alikes and
    /// consistent pairs unchanged, test F1 0.41 → 0.43; a share of 0.05–0.25 instead of 0.15 gave
    /// F1 0.62–0.67.
    public var closeValueEvidence: Double = 0.3
    /// Largest relative difference (0–1 of the larger value) at which two specific values count as
    /// close for `closeValueEvidence`.
    public var closeValueShare: Double = 0.15
    /// Evidence for two specific values of one dimension whose significant digits are the same in
    /// another order (38 and 83 million; 18.2% and 12.8%): a transposed figure is the commonest
    /// copying slip, so such a value is likely the other report's counterpart. 0 turns it off.
    /// The values must lie within a factor of ten and not already count as close. Chosen on the
    /// tuning half: 0.2 changed nothing; 0.3 found conflicts 85 → 87 of 140 with precision,
    /// consistent pairs and look-alikes unchanged; 0.4 lost a consistent pair. Test half: 37 → 41
    /// of 102 conflicts found, no false conflict more. It is added even when the two share a
    /// measure concept, so that the swapped counterpart outranks a bound that merely admits the
    /// value (82 clusters, tuning half: 106 → 108 of 163 found, no false one more).
    public var transposedDigitsEvidence: Double = 0.3
    /// Evidence that two figures of sources in different languages report one fact when they
    /// have the same significant digits at a power of ten apart (38億円 against "380 million
    /// yen", 23億円 against "230 million yen"): the slip of converting 億 or 万 into millions and
    /// billions. Such a pair is not discounted for its large difference. 0 turns it off.
    public var scaledDigitsEvidence: Double = 0.3
    /// A target and a forecast are compared with each other (a company "targeting" a value it
    /// 「見込む」); false keeps every non-factual modality apart.
    public var targetsMeetForecasts = true
    /// The same number of two units of one dimension ("14 km" against "14 miles") is evidence of
    /// one fact written with the wrong unit, like `scaledDigitsEvidence` (in any language pair),
    /// and pairs the two figures however each names its measure, like identical values.
    public var unitSlipIsScaled = true
    /// Two quantities in units of different systems (hectares and acres, km/h and knots) agree
    /// when they lie within this share of each other: a conversion written in a text is rounded
    /// without saying so ("48,000 hectares (119,000 acres)" is 0.3% off).
    public var conversionTolerance: Double = 0.02
    /// A bound that admits the other figure's value ("more than 1.5 million" and 1.68 million)
    /// earns no `agreeingValueEvidence`: it agrees without stating the same value.
    public var boundsAreNotSpecific = true
    /// Two values with the same digits in another order conflict even when a bound of one
    /// would allow the other ("more than 214,000" against 24万1000人).
    public var transposedDigitsDefeatBounds = true
    /// Within one document, two sentences attributed to the same named source (「Xによると」,
    /// "according to X") are not compared: only two different sources can disagree there.
    public var oneNamedSourceIsNotTwo = true
    /// Two figures of different sources with the same digits (at least this many significant
    /// ones) in another order (28.6 and 26.8 metres, 186万人 and 1.68 million) are taken to
    /// report one fact however differently each names its measure, like identical values
    /// (`identicalValueDigits`), and need no similar context; entity, time and modality still
    /// apply. 2 chosen on the tuning half (3 found 1 conflict more, 2 found 4, no false one). nil turns it off.
    public var transposedDigitsNameOneFact: Int? = 2
    /// Two dates are compared only when they state a part in common (year, month or day): 「16日」
    /// against 「7月」 says nothing either way. Tuning half: one false conflict fewer (16 of 103
    /// found), nothing else changed; test half unchanged.
    public var datesMustShareAStatedPart = true
    /// Confidence is evidence divided by this (and capped at 1).
    public var fullConfidenceEvidence: Double = 0.8
    /// Confidence factor when an entity is missing or carried over from an earlier sentence.
    public var uncertainEntityFactor: Double = 0.85
    /// Confidence factor when a value is approximate or bounded.
    public var approximateFactor: Double = 0.9
    /// Conflicts whose values differ by more than this share lose confidence in proportion
    /// (a value several times another is more often a part, a total or another measure).
    public var largeDifferenceShare: Double = 0.5
    /// An approximate figure (約, about) may be off by half a unit of its last non-zero digit,
    /// but by at most this share of its value ("about 100" → [90, 110], not [50, 150]).
    public var approximateMaximumShare: Decimal = Decimal(string: "0.1")!
    /// An approximate figure allows at least this many times its stated resolution on either side
    /// (half a unit of its last stated digit): 1 keeps the rounding the text states, so 約3兆 is
    /// [2.5兆, 3.5兆]. Tuning half: 2 (a whole unit either side, [2兆, 4兆]) let 約3兆円 meet
    /// 約2兆4000億円 as consistent; 1 found one conflict more (85 of 140), consistent pairs and
    /// look-alikes unchanged; test half unchanged.
    public var approximateResolutions: Decimal = 1
    /// How far around each figure its frame is read.
    public var frames = FrameOptions()
    /// The defaults: every weight and threshold as documented above, chosen on the tuning half.
    public init() {}
}

/// Cross-checks figures between sources (and within one): pairs the figures that measure the
/// same thing and says whether they agree.
///
/// Two figures are paired when they have the same kind and dimension (percent with percent;
/// money in the same currency, scales normalized, never converted; counts of people with counts
/// of people), no conflicting entity, ratio base or measure concept, and similar contexts (TF-IDF
/// cosine of the words around them, plus language-independent concept terms). Figures of one
/// sentence are not paired with each other ("from 2.6% to 3.8%"). A pair's verdict is
/// `notComparable` when the time or the modality differs, else `consistent` when the values'
/// stated precision intervals overlap and `conflict` when they do not.
public struct FactChecker: Sendable {
    /// The weights and thresholds of pairing and verdicts, and how frames are read.
    public var options: FactCheckOptions

    /// A checker with the given options (the documented defaults when omitted).
    public init(options: FactCheckOptions = FactCheckOptions()) {
        self.options = options
    }

    /// Every figure of a document: the comparable ones with what they measure, the others
    /// (ordinals, names, times, markers) as extracted, and numbers rejected with a reason.
    /// - Throws: `FactCheckError.model` when the bundled lexicon cannot be loaded.
    public func figures(in document: Document) throws(FactCheckError) -> (measured: [SourcedFigure], other: [Figure], rejected: [RejectedNumber]) {
        let lexicon: FactLexicon
        let functionWords: Set<String>
        do {
            lexicon = try FactLexicon.bundled()
            functionWords = try Stopwords.bundled(for: .en)
        } catch { throw .model(error) }
        let extraction = FigureExtractor().extract(from: document)
        let measured = FrameReader(lexicon: lexicon, options: options.frames, functionWords: functionWords)
            .read(document, figures: extraction.figures)
        return (measured, extraction.figures.filter { !$0.isComparable }, extraction.rejected)
    }

    /// Extracts figures from every document and compares them.
    /// - Throws: `FactCheckError` for duplicate document ids or a bundled model that cannot be loaded.
    public func check(_ documents: [Document]) throws(FactCheckError) -> FactCheckReport {
        let lexicon: FactLexicon
        do {
            lexicon = try FactLexicon.bundled()
            for language in Set(documents.map(\.language)) {
                _ = try Tokenizer.bundled(for: language)
                _ = try IDFModel.bundled(for: language)
            }
        } catch { throw .model(error) }
        var sourced: [SourcedFigure] = []
        var rejected: [RejectedNumber] = []
        var ids = Set<String>()
        for document in documents {
            guard ids.insert(document.id).inserted else { throw .duplicateDocumentID(document.id) }
            let listing = try figures(in: document)
            rejected += listing.rejected
            sourced += listing.measured
        }
        // A year or date in a sentence that also states a quantity is that quantity's time
        // (「失業率は2024年に3.1%」), not an event of its own: such figures are not compared.
        var quantitySentences = Set<String>()
        for s in sourced where !Self.isEvent(s.figure) { quantitySentences.insert("\(s.document)#\(s.sentence)") }
        // (The date of a named event, "opened in 1962", is compared: `Measure.event`.)
        let timeQualifiers = Set(sourced.indices.filter {
            Self.isEvent(sourced[$0].figure) && sourced[$0].measure.event == nil
                && quantitySentences.contains("\(sourced[$0].document)#\(sourced[$0].sentence)")
        })
        let languages = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.language) })
        let vectors = sourced.map { contextVector($0, language: languages[$0.document] ?? .en) }
        // Sources in one language that share too few words are about different things: their
        // figures are not compared (a batch of unrelated articles yields no conflicts). Checked
        // lazily, once per pair of sources that has candidate figures.
        var vocabulary: [String: Int32] = [:]
        let documentVectors = documents.map { documentVector($0, vocabulary: &vocabulary) }
        let documentIndex = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        let figureDocument = sourced.map { documentIndex[$0.document] ?? 0 }
        var related: [Int: Bool] = [:]
        func areRelated(_ x: Int, _ y: Int) -> Bool {
            if x == y || documents[x].language != documents[y].language { return true }
            let key = min(x, y) * documents.count + max(x, y)
            if let known = related[key] { return known }
            let r = documentVectors[x].dot(documentVectors[y]) >= options.minimumDocumentCosine
            related[key] = r
            return r
        }
        // Candidate pairs as (i, j) indices into `sourced`, which is in input order, so (i, j)
        // order is document order.
        var candidates: [(i: Int, j: Int, score: PairScore)] = []
        let conceptSets = sourced.map { Set($0.measure.concepts) }
        let countClasses = sourced.map { $0.figure.kind == .count ? Self.countClass($0, lexicon) : nil }
        let weak = lexicon.weakConcepts
        let rateOfChange = lexicon.rateOfChangeConcepts
        // Decimal arithmetic is slow: intervals and approximate magnitudes once per figure.
        // Quantities in metric multiples of one unit (kW, GW) are compared in the base unit.
        let factors = sourced.map { Self.unitFactor($0.figure) }
        let intervals = sourced.indices.map { ValueInterval(sourced[$0].figure, maximumShare: options.approximateMaximumShare, approximateResolutions: options.approximateResolutions).scaled(by: factors[$0]) }
        let comparable = sourced.map { Self.comparableValue($0.figure) }
        let magnitudes = comparable.map { abs(NSDecimalNumber(decimal: $0).doubleValue) }
        let dimensions = sourced.map { dimension($0, lexicon) }
        let groups = Dictionary(grouping: sourced.indices) { dimensions[$0] }
        for key in groups.keys.sorted() {
            let members = groups[key]!
            // All pairs of a group, unless it is huge (a table of thousands of percentages):
            // then each figure is compared with the next `pairingWindow` of its kind, in input order.
            let window = members.count > options.exhaustivePairingLimit ? options.pairingWindow : members.count
            for x in 0..<members.count {
                for y in (x + 1)..<max(min(members.count, x + 1 + window), x + 1) {
                    let i = members[x], j = members[y]
                    if timeQualifiers.contains(i) || timeQualifiers.contains(j) { continue }
                    if !areRelated(figureDocument[i], figureDocument[j]) { continue }
                    if let x = countClasses[i], let y = countClasses[j], x != y { continue }
                    if let c = compare(sourced[i], sourced[j], similarity: vectors[i].dot(vectors[j]),
                                       concepts: (conceptSets[i], conceptSets[j]), intervals: (intervals[i], intervals[j]),
                                       magnitudes: (magnitudes[i], magnitudes[j]),
                                       crossLanguage: languages[sourced[i].document] != languages[sourced[j].document],
                                       weak: weak, rateOfChange: rateOfChange) {
                        candidates.append((i, j, c))
                    }
                }
            }
        }
        // 「12人が地滑りによって死亡したほか、1人が…死亡」 against 「13人が死亡」: the figures of one
        // sentence that add up to the other figure are its parts, not a different count. (Parts
        // already marked as such, 「うち3人が重傷」, are not summed: they lie inside another figure.)
        if options.partsThatAddUpAreNotContradicted {
            var bySentence: [String: [Int]] = [:]
            for k in sourced.indices where !Self.isEvent(sourced[k].figure) && sourced[k].figure.upper == nil && sourced[k].figure.bound == nil {
                bySentence["\(sourced[k].document)#\(sourced[k].sentence)", default: []].append(k)
            }
            func addsUp(_ whole: Int, _ part: Int) -> Bool {
                let parts = bySentence["\(sourced[part].document)#\(sourced[part].sentence)", default: []].filter {
                    dimensions[$0] == dimensions[part] && countClasses[$0] == countClasses[part] && !sourced[$0].figure.approximate
                        && Self.compatible(sourced[$0].measure.aggregation, nil)
                }
                guard parts.count >= 2, parts.contains(part) else { return false }
                let sum = parts.reduce(Decimal(0)) { $0 + comparable[$1] }
                return intervals[whole].overlaps(ValueInterval(low: sum, high: sum + Decimal(string: "0.000001")!))
            }
            demoteConflicts(&candidates, slot: "aggregation", reason: "the figures of the other sentence add up to it: a part against its whole") {
                addsUp($0, $1) || addsUp($1, $0)
            }
        }
        if let minimumSeriesCosine = options.minimumSeriesCosine {
            let series = seriesMembers(sourced, groups: groups, vectors: vectors, intervals: intervals,
                                       countClasses: countClasses, minimumCosine: minimumSeriesCosine)
            func dated(_ m: Measure) -> Bool { m.time != nil && !m.timeFromDocument }
            // The counterpart is plain when the other figure's context is clearly closer to this
            // member than to any other member of its series.
            let margin = options.seriesMatchMargin
            func ambiguous(_ member: Int, _ other: Int) -> Bool {
                guard let siblings = series[member] else { return false }
                let own = vectors[member].dot(vectors[other])
                return siblings.contains { own - vectors[$0].dot(vectors[other]) < margin }
            }
            // (Digits swapped between the two say which member the other figure answers.)
            func swapped(_ i: Int, _ j: Int) -> Bool {
                options.transposedDigitsNameOneFact.map { digits in
                    Self.significantDigits(sourced[i].figure.value) >= digits
                        && Self.areTransposed(sourced[i].figure.value, sourced[j].figure.value, magnitudes: (magnitudes[i], magnitudes[j]), minimumDigits: digits)
                } ?? false
            }
            demoteConflicts(&candidates, slot: "time", reason: "one source states several values of this measure, and their times are not stated") { i, j in
                sourced[i].document != sourced[j].document && (ambiguous(i, j) || ambiguous(j, i))
                    && !(dated(sourced[i].measure) && dated(sourced[j].measure)) && !swapped(i, j)
            }
        }
        // A figure that a sentence of another source states with the same value (not merely
        // inside a range of it) is not contradicted by the other figures of that sentence: in
        // parallel lists ("41銘柄で30円、20銘柄で20円" in both) the crossed pairs are other items,
        // not a disagreement. (Per sentence: a changed figure whose sentence also repeats an
        // unchanged value stays in conflict, since the changed figure itself has no equal there.)
        if options.explainedFiguresAreNotContradicted {
            func key(_ figure: Int, _ other: Int) -> String { "\(figure)>\(sourced[other].document)#\(sourced[other].sentence)" }
            var explained = Set<String>()
            for c in candidates where c.score.verdict == .consistent && sourced[c.i].document != sourced[c.j].document
                && sourced[c.i].figure.value == sourced[c.j].figure.value && sourced[c.i].figure.upper == sourced[c.j].figure.upper {
                explained.insert(key(c.i, c.j))
                explained.insert(key(c.j, c.i))
            }
            candidates.removeAll { c in
                c.score.verdict == .conflict && sourced[c.i].document != sourced[c.j].document
                    && (explained.contains(key(c.i, c.j)) || explained.contains(key(c.j, c.i)))
            }
        }
        // Each figure keeps its `maximumPairsPerFigure` best-supported pairs, so that a table of
        // a thousand percentages does not yield half a million "consistent" pairs.
        candidates.sort { $0.score.evidence != $1.score.evidence ? $0.score.evidence > $1.score.evidence : ($0.i, $0.j) < ($1.i, $1.j) }
        var used = [Int](repeating: 0, count: sourced.count)
        var perSource: [String: Int] = [:]  // "figure index → other document" pair counts
        candidates = candidates.filter { c in
            guard used[c.i] < options.maximumPairsPerFigure, used[c.j] < options.maximumPairsPerFigure else { return false }
            // Within one source (attributed statements) the per-figure cap alone applies.
            let cross = sourced[c.i].document != sourced[c.j].document
            let ki = "\(c.i)>\(sourced[c.j].document)", kj = "\(c.j)>\(sourced[c.i].document)"
            guard !cross || (perSource[ki, default: 0] < options.maximumPairsPerSource && perSource[kj, default: 0] < options.maximumPairsPerSource) else { return false }
            used[c.i] += 1
            used[c.j] += 1
            perSource[ki, default: 0] += 1
            perSource[kj, default: 0] += 1
            return true
        }
        candidates.sort { ($0.i, $0.j) < ($1.i, $1.j) }
        let comparisons = candidates.map { comparison(sourced[$0.i], sourced[$0.j], $0.score) }
        return FactCheckReport(figures: sourced, conflicts: comparisons.filter { $0.verdict == .conflict },
                               consistent: comparisons.filter { $0.verdict == .consistent },
                               notComparable: comparisons.filter { $0.verdict == .notComparable }, rejected: rejected)
    }

    static func isEvent(_ f: Figure) -> Bool { f.kind == .year || f.kind == .date }

    /// Turns the conflicts among `candidates` whose figures (indices into the check's figures)
    /// satisfy `applies` into `notComparable` pairs decided by `slot`.
    func demoteConflicts(_ candidates: inout [(i: Int, j: Int, score: PairScore)], slot: String, reason: String,
                         where applies: (Int, Int) -> Bool) {
        for k in candidates.indices where candidates[k].score.verdict == .conflict && applies(candidates[k].i, candidates[k].j) {
            candidates[k].score.verdict = .notComparable
            candidates[k].score.slot = slot
            candidates[k].score.reason = reason
        }
    }

    /// The other members of each figure's series in its source (see `FactCheckOptions.minimumSeriesCosine`):
    /// another figure of the same source, in another sentence, has the same measure key, level or
    /// change role, entity (or none), aggregation and counted class, a different value and a
    /// context cosine of at least `minimumCosine`.
    func seriesMembers(_ sourced: [SourcedFigure], groups: [String: [Int]], vectors: [ContextVector], intervals: [ValueInterval],
                       countClasses: [String?], minimumCosine: Double) -> [Int: [Int]] {
        var series: [Int: [Int]] = [:]
        for key in groups.keys.sorted() {
            // Per source, so that the loop is quadratic in one document's figures only.
            let bySource = Dictionary(grouping: groups[key]!) { sourced[$0].document }
            for members in bySource.keys.sorted().map({ bySource[$0]! }) where members.count <= options.exhaustivePairingLimit {
                for x in 0..<members.count {
                    for y in (x + 1)..<members.count {
                        let i = members[x], j = members[y]
                        let a = sourced[i].measure, b = sourced[j].measure
                        guard sourced[i].sentence != sourced[j].sentence, !Self.isEvent(sourced[i].figure),
                              let ka = a.key, ka == b.key, a.change == b.change,
                              a.entity == b.entity || a.entity == nil || b.entity == nil,
                              Self.compatible(a.aggregation, b.aggregation), countClasses[i] == countClasses[j],
                              !intervals[i].overlaps(intervals[j]), vectors[i].dot(vectors[j]) >= minimumCosine else { continue }
                        series[i, default: []].append(j)
                        series[j, default: []].append(i)
                    }
                }
            }
        }
        return series
    }

    /// Kind and dimension: figures are only compared within one of these.
    func dimension(_ s: SourcedFigure, _ lexicon: FactLexicon) -> String {
        let f = s.figure
        switch f.kind {
        case .money: return "money:\(f.unit ?? "?")"
        case .count:
            // All counts form one group; `countClass` decides which of them count the same things.
            return "count"
        case .duration: return "duration:\(Self.durationUnit(f.unit))"
        case .quantity: return "quantity:" + (f.unit.flatMap { UnitScale(unit: $0)?.base } ?? f.unit?.lowercased() ?? "")
        // Half and 50%: a fraction is a share, compared in percent.
        case .percent, .fraction: return "share"
        default: return f.kind.rawValue
        }
    }

    /// One name per unit of time, whatever the language it was written in (`カ月` and `months`
    /// are both `month`), so that 「平均5.4カ月分」 and "5.1 months' pay" are compared.
    static func durationUnit(_ unit: String?) -> String {
        guard let unit = unit?.lowercased() else { return "" }
        switch unit {
        case "年", "年間", "years", "year": return "year"
        case "カ月", "か月", "ヶ月", "ヵ月", "ケ月", "箇月", "months", "month": return "month"
        case "週", "週間", "weeks", "week": return "week"
        case "日", "日間", "days", "day": return "day"
        case "時間", "hours", "hour": return "hour"
        case "分", "分間", "minutes", "minute": return "minute"
        case "秒", "seconds", "second": return "second"
        case "decades", "decade": return "decade"
        default: return unit
        }
    }

    /// The whole document's terms, TF-IDF weighted (bundled model of its language), as term ids
    /// of a shared vocabulary; L2-normalised.
    func documentVector(_ d: Document, vocabulary: inout [String: Int32]) -> DocumentVector {
        var weights: [Int32: Double] = [:]
        if let tokenizer = try? Tokenizer.bundled(for: d.language), let model = try? IDFModel.bundled(for: d.language) {
            for term in tokenizer.terms(in: d.text) where !term.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
                let id: Int32
                if let known = vocabulary[term] { id = known } else {
                    id = Int32(vocabulary.count)
                    vocabulary[term] = id
                }
                weights[id, default: 0] += model.idf(term)
            }
        }
        return DocumentVector(weights)
    }

    /// What a count counts: the class of its counter or noun (「避難者1万2000人」 and "12,000
    /// evacuees" count people), `people` for a measure of people, its own noun otherwise, and nil
    /// for a bare number ("voted 108 to 125"), which may stand for any class.
    static func countClass(_ s: SourcedFigure, _ lexicon: FactLexicon) -> String? {
        guard let unit = s.figure.unit?.lowercased(), !unit.isEmpty else {
            return s.measure.key.flatMap { lexicon.dimensions[$0] == "count:people" ? "people" : nil }
        }
        if let c = lexicon.counterClass(unit) { return c }
        // An English counted noun that is not a listed counter ("6,300 doses") is its own class,
        // whatever the clause is about ("Health workers have given 6,800 doses").
        if unit.utf8.allSatisfy({ $0 < 0x80 }) { return unit }
        if let key = s.measure.key, lexicon.dimensions[key] == "count:people" { return "people" }
        return unit
    }

    /// Context terms around the figure, TF-IDF weighted (bundled model of the document's
    /// language), plus measure concepts and the ratio base; L2-normalised.
    func contextVector(_ s: SourcedFigure, language: Language) -> ContextVector {
        let bytes = Array(s.sentenceText.utf8)
        let lo = s.start - s.sentenceStart, hi = s.end - s.sentenceStart
        // The figure's own clause (the words between it and its neighbouring figures) says what
        // it measures: 「死者309人、行方不明者298人」. It weighs double; the wider context adds
        // the sentence's topic. Years and dates name events and use their clause alone
        // ("2026年に…創設" is not "2030年までの…移管").
        let event = s.figure.kind == .year || s.figure.kind == .date
        let clauseLeft = FrameReader.window(bytes, max(s.previousFigureEnd - s.sentenceStart, lo - options.frames.clauseBytes), lo)
        let clauseRight = FrameReader.window(bytes, hi, min(s.nextFigureStart - s.sentenceStart, hi + options.frames.clauseBytes))
        let left = FrameReader.window(bytes, lo - options.frames.contextBytes, lo)
        let right = FrameReader.window(bytes, hi, hi + options.frames.contextBytes)
        func text(_ a: Range<Int>, _ b: Range<Int>) -> String {
            String(decoding: bytes[a], as: UTF8.self) + " " + String(decoding: bytes[b], as: UTF8.self)
        }
        var weights: [String: Double] = [:]
        // Both load once per process; check(_:) has made sure they can.
        if let tokenizer = try? Tokenizer.bundled(for: language), let model = try? IDFModel.bundled(for: language) {
            for (part, weight) in [(text(clauseLeft, clauseRight), 2.0), (event ? "" : text(left, right), 1.0)] {
                for term in tokenizer.terms(in: part) where !term.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
                    weights[term, default: 0] += weight * model.idf(term)
                }
            }
        }
        for concept in s.measure.concepts { weights[concept, default: 0] += options.conceptWeight * 4 }
        if let base = s.measure.base { weights["#base:" + base, default: 0] += options.conceptWeight * 2 }
        return ContextVector(weights)
    }

    /// The verdict and scores of a candidate pair, before the full comparison is built.
    struct PairScore {
        var verdict: Verdict
        var reason: String
        /// The frame slot that decided the verdict: `value`, `time`, `baseTime` or `modality`.
        var slot: String
        var evidence: Double
        var confidence: Double
    }

    /// Scores a pair, or `nil` when the two figures do not measure the same thing: any clash of
    /// their frames (entity, ratio base, measure key or concepts, aggregation, level vs change,
    /// an age band, another person's age) blocks the pair; then the evidence must reach the
    /// threshold. Time and modality do not block: they make the pair `notComparable`, naming the slot.
    func compare(_ a: SourcedFigure, _ b: SourcedFigure, similarity: Double, concepts: (Set<String>, Set<String>),
                 intervals: (ValueInterval, ValueInterval), magnitudes: (Double, Double), crossLanguage: Bool = false,
                 weak: Set<String> = [], rateOfChange: Set<String> = []) -> PairScore? {
        let contrasted = a.document == b.document && a.sentence == b.sentence && options.contrastedSourcesInOneSentence
            && Self.contrastsSources(a, b)
        if a.document == b.document && a.sentence == b.sentence && !contrasted { return nil }
        let ma = a.measure, mb = b.measure
        if ma.isCategory || mb.isCategory { return nil }
        // 「16日」 and 「7月」 state no part of a date in common: nothing to compare.
        if options.datesMustShareAStatedPart, a.figure.kind == .date, b.figure.kind == .date,
           Self.statedDateParts(a.figure.value).isDisjoint(with: Self.statedDateParts(b.figure.value)) { return nil }
        if let ea = ma.entity, let eb = mb.entity, ea != eb,
           Self.entitiesClash(ea, eb, crossLanguage: crossLanguage, bothInherited: ma.entityInherited && mb.entityInherited) { return nil }
        if let ba = ma.base, let bb = mb.base, ba != bb { return nil }
        // The same significant digits in another order (38 and 83 million, 18.2% and 12.8%),
        // computed once for the rules below that use it.
        let swapped = Self.areTransposed(a.figure.value, b.figure.value, magnitudes: magnitudes, minimumDigits: options.specificDigits)
        // The same precise value in two sources ("3.61%" and "3.61 percent", 14万2000円 and 142,000
        // yen) is the same fact however differently each names it: the measure words may differ.
        let identical = options.identicalValueDigits.map { digits in
            a.document != b.document && a.figure.kind == b.figure.kind && Self.sameValue(a.figure, b.figure)
                && Self.significantDigits(a.figure.value) >= digits
        } ?? false
            || (options.unitSlipIsScaled && a.document != b.document && Self.isUnitSlip(a.figure, b.figure, minimumDigits: options.specificDigits))
            || (options.transposedDigitsNameOneFact.map { digits in
                a.document != b.document && a.figure.kind == b.figure.kind && Self.significantDigits(a.figure.value) >= digits
                    && (digits == options.specificDigits ? swapped
                        : Self.areTransposed(a.figure.value, b.figure.value, magnitudes: magnitudes, minimumDigits: digits))
            } ?? false)
        if !identical, let ka = ma.key, let kb = mb.key, ka != kb, ma.keyIsAdjacent || mb.keyIsAdjacent,
           !weak.contains(ka), !weak.contains(kb) { return nil }
        // Weak concepts and counted nouns add evidence but never block a pair on their own.
        let strong = (concepts.0.subtracting(weak).filter { !$0.hasPrefix(FrameReader.countedNounPrefix) },
                      concepts.1.subtracting(weak).filter { !$0.hasPrefix(FrameReader.countedNounPrefix) })
        if !identical, !strong.0.isEmpty && !strong.1.isEmpty && strong.0.isDisjoint(with: strong.1) && concepts.0.isDisjoint(with: concepts.1) { return nil }
        // A measure named right at the figure ("the benchmark rate, now 4.5 per cent") is what it
        // measures: the other figure must have that concept among its own, when it has any.
        if options.adjacentKeyMustBeShared && !identical {
            if ma.keyIsAdjacent, let ka = ma.key, !weak.contains(ka), !strong.1.isEmpty, !concepts.1.contains(ka) { return nil }
            if mb.keyIsAdjacent, let kb = mb.key, !weak.contains(kb), !strong.0.isEmpty, !concepts.0.contains(kb) { return nil }
        }
        // A part (うち), a daily or a per-person amount against a plain figure: the same number
        // stated twice is the same fact, a different number is a part against its whole.
        // (A plain figure after a larger one of its sentence may itself be a part: it meets marked parts.)
        let listedPart = (ma.aggregation == .subtotal && mb.followsLargerFigure) || (mb.aggregation == .subtotal && ma.followsLargerFigure)
        if !identical, !Self.compatible(ma.aggregation, mb.aggregation) && !intervals.0.overlaps(intervals.1) && !listedPart { return nil }
        // "Prices rose 3.4%" and "inflation of 3.6%": for a rate of change, a change is its level.
        let rates = concepts.0.intersection(concepts.1).intersection(rateOfChange)
        if !identical, !Self.compatible(ma, mb), !(Set([ma.change, mb.change]) == [.level, .change] && !rates.isEmpty) { return nil }
        // Ages are compared only for the same person (the name or noun right before the age).
        if Self.isAge(a.figure), ma.subject != mb.subject { return nil }
        let event = a.figure.kind == .year || a.figure.kind == .date
        let sharedConcept = !concepts.0.isDisjoint(with: concepts.1)
        let agreeing = intervals.0.overlaps(intervals.1)
        // (A bound that admits the other value states no value of its own: "more than 1.5
        // million" agrees with 1.68 million but is no evidence that it reports the same fact.)
        let specific = agreeing && Self.significantDigits(a.figure.value) >= options.specificDigits
            && Self.significantDigits(b.figure.value) >= options.specificDigits
            && !(options.boundsAreNotSpecific && (a.figure.bound != nil || b.figure.bound != nil) && !Self.sameValue(a.figure, b.figure))
        let largestMagnitude = max(magnitudes.0, magnitudes.1)
        let close = !agreeing && largestMagnitude > 0
            && abs(magnitudes.0 - magnitudes.1) / largestMagnitude <= options.closeValueShare
            && Self.significantDigits(a.figure.value) >= options.specificDigits && Self.significantDigits(b.figure.value) >= options.specificDigits
        // Swapped digits are the commonest slip in copying a figure, so the counterpart of one
        // report in another.
        let transposed = !agreeing && options.transposedDigitsEvidence > 0 && !close && swapped
        // Across languages the words differ: only the language-free slots (a shared measure
        // concept, the same specific value, or a close specific value) can pair two figures.
        let scaled = (crossLanguage && !agreeing && options.scaledDigitsEvidence > 0 && !close
            && Self.areScaled(a.figure.value, b.figure.value, magnitudes: magnitudes))
            // "14 km" against "14 miles": the same number in another unit of the dimension.
            || (options.unitSlipIsScaled && !agreeing && Self.isUnitSlip(a.figure, b.figure, minimumDigits: options.specificDigits))
        if crossLanguage && !sharedConcept && !specific && !close && !transposed && !scaled { return nil }
        let sameEntity = ma.entity != nil && ma.entity == mb.entity && !ma.entityInherited && !mb.entityInherited
        let evidence = options.cosineEvidence * similarity + (sharedConcept ? options.conceptEvidence : 0)
            + (ma.base != nil ? options.baseEvidence : 0) + (sameEntity ? options.entityEvidence : 0)
            + (specific ? options.agreeingValueEvidence : 0) + (close && !sharedConcept ? options.closeValueEvidence : 0)
            + (transposed ? options.transposedDigitsEvidence : 0)
            + (scaled && !sharedConcept ? options.scaledDigitsEvidence : 0)
        var threshold = event ? options.minimumEventSimilarity : crossLanguage ? options.minimumCrossLanguageSimilarity : options.minimumSimilarity
        // One source rarely states two values for one measure; parts, steps of a change and
        // other subjects are far more common, so pairs within a document need closer contexts.
        // Two attributed statements ("Reuters said 10", "AP reported 13") are the exception.
        if a.document == b.document {
            // Within one source a second value of the same measure is an update, a part or
            // another case far more often than a contradiction: only statements attributed to
            // a source (「WPによると2.6%」 against 「現在2.3%」) are compared, with closer contexts.
            guard ma.attributed || mb.attributed || contrasted else { return nil }
            // Two statements of one named source (「じゃかるた新聞によれば」 twice) are that source's
            // own, not two sources at odds.
            if options.oneNamedSourceIsNotTwo, !contrasted, ma.attributed && mb.attributed,
               !Self.sourceNames(in: a.sentenceText).isDisjoint(with: Self.sourceNames(in: b.sentenceText)) { return nil }
            if !(ma.attributed && mb.attributed) && !contrasted { threshold = max(threshold, options.minimumSameDocumentSimilarity) }
        }
        guard evidence >= threshold else { return nil }
        if !crossLanguage && !specific && !identical && similarity < options.minimumContextCosine { return nil }

        let verdict: Verdict
        let reason: String
        let slot: String
        if !ma.modality.isComparable(with: mb.modality, outlooksMeet: options.targetsMeetForecasts) {
            verdict = .notComparable
            slot = "modality"
            reason = "different modality: \(ma.modality.rawValue) vs \(mb.modality.rawValue)"
        } else if let ta = ma.time, let tb = mb.time, !Self.compatible(ta, tb),
                  ma.timeFromDocument == mb.timeFromDocument || (!crossLanguage && (options.minimumYearsBeforePublication.map { Self.statedEarlier(ma, mb, byAtLeast: $0) } ?? false)) {
            // (A publication-year default is only a guess: against a time the text states, it
            // neither separates nor joins, unless the stated time lies in an earlier year: "4
            // cases in 2021" is not the count an article of 2024 gives without a date.)
            verdict = .notComparable
            slot = "time"
            reason = "different time: \(ta) vs \(tb)"
        } else if options.untimedFiguresPrecedeLaterTimes, ma.modality.isFactual, mb.modality.isFactual,
                  Self.dayDatedKinds.contains(a.figure.kind), let (stated, published) = Self.statedAfterPublication(ma, mb) {
            verdict = .notComparable
            slot = "time"
            reason = "different time: \(stated) is after the other source's publication (\(published))"
        } else if let ta = ma.baseTime, let tb = mb.baseTime, !Self.compatible(ta, tb) {
            verdict = .notComparable
            slot = "baseTime"
            reason = "compared with different times: \(ta) vs \(tb)"
        } else if options.transposedDigitsDefeatBounds, a.figure.bound != nil || b.figure.bound != nil, swapped {
            // "More than 214,000" against 24万1000人: the bound would allow it, but the same
            // digits in another order are a copying slip, not a second estimate.
            verdict = .conflict
            slot = "value"
            reason = "the same digits in another order (a bound does not explain them)"
        } else if Self.sameValue(a.figure, b.figure)
                    || intervals.0.overlaps(intervals.1)
                    || (Self.isConversion(a.figure, b.figure)
                        && abs(magnitudes.0 - magnitudes.1) <= max(magnitudes.0, magnitudes.1) * options.conversionTolerance) {
            verdict = .consistent
            slot = "value"
            // A bound ("more than 214,000", 以上) agrees with any value on its open side: say so,
            // rather than calling two different numbers equal.
            let bounded = [a.figure, b.figure].compactMap(\.bound)
            reason = Self.sameValue(a.figure, b.figure) || bounded.isEmpty
                ? "equal within the stated precision" : "within the stated bound (\(bounded.map(\.rawValue).joined(separator: ", ")))"
        } else {
            verdict = .conflict
            slot = "value"
            reason = "outside the stated precision"
        }
        // Approximate relative difference (exact values are only needed for the kept pairs).
        let largest = max(magnitudes.0, magnitudes.1)
        let relative = largest == 0 ? 0 : abs(magnitudes.0 - magnitudes.1) / largest
        var confidence = min(1, evidence / options.fullConfidenceEvidence)
        if verdict == .conflict && relative > options.largeDifferenceShare && !scaled { confidence *= 1 - (relative - options.largeDifferenceShare) }
        if ma.entity == nil || mb.entity == nil || ma.entityInherited || mb.entityInherited { confidence *= options.uncertainEntityFactor }
        if a.figure.approximate || b.figure.approximate || a.figure.bound != nil || b.figure.bound != nil { confidence *= options.approximateFactor }
        guard confidence >= options.minimumConfidence else { return nil }
        return PairScore(verdict: verdict, reason: reason, slot: slot, evidence: (evidence * 1000).rounded() / 1000,
                         confidence: (confidence * 100).rounded() / 100)
    }

    /// Two figures of one sentence that two sources state against each other: a source before the
    /// first, a contrast between them ("…, while", "but", 「…としているが、」「一方」) and a source after it ("the union put it
    /// at", 「県の集計では」; a bare では names a group: 「30代以下では」). "Police estimated the crowd at 300, while the union put it at 1,500."
    static func contrastsSources(_ a: SourcedFigure, _ b: SourcedFigure) -> Bool {
        let (first, second) = a.start < b.start ? (a, b) : (b, a)
        let bytes = Array(first.sentenceText.utf8)
        let lo = first.end - first.sentenceStart, hi = second.start - second.sentenceStart
        guard lo < hi, hi <= bytes.count else { return false }
        let between = String(decoding: bytes[lo..<hi], as: UTF8.self)
        let english = [", while ", " but ", " whereas ", "; "]
        let japanese = ["が、", "一方", "のに対し、"]
        guard let cut = (english + japanese).compactMap({ between.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        // The first figure has its own source: "Police estimated …", 「村は…としているが」.
        let opening = (String(decoding: bytes[..<lo], as: UTF8.self) + between[..<cut.lowerBound]).lowercased()
        let firstSources = [" said", " says", " estimated", " estimates", " counted", " reported", " put ", " puts ", "according to",
                            "によると", "によれば", "としている", "とした", "と発表", "と試算", "と推計", "とみている", "集計では", "調査では", "発表では"]
        guard firstSources.contains(where: { opening.contains($0) }) else { return false }
        let rest = between[cut.upperBound...].lowercased()
        let sources = [" said", " says", " put it at", " puts it at", " put the", " puts the", " estimated", " estimates", " counted",
                       " reported", " claimed", "according to", "'s figure", "’s figure", "によると", "によれば", "集計では", "調査では", "発表では", "推計では", "試算では", "の発表", "の推計", "の集計", "の試算"]
        return sources.contains { rest.contains($0) }
    }

    /// The sources a sentence names: the names before 「によると」「によれば」「の発表では」 (a list
    /// joined by 、, without a leading また or 一方) and the words after "according to" up to the
    /// next comma or stop. Empty when it names none.
    static func sourceNames(in sentence: String) -> Set<String> {
        var names: Set<String> = []
        let discourse: Set<String> = ["また", "一方", "さらに", "なお", "これまで", "ただ", "しかし"]
        for cue in ["の発表によると", "の発表では", "によると", "によれば"] {
            var rest = Substring(sentence)
            while let r = rest.range(of: cue) {
                let before = rest[..<r.lowerBound]
                let start = before.lastIndex(where: { "。「」（）()\n".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
                for part in before[start...].split(separator: "、") where !discourse.contains(String(part)) && part.count <= 20 {
                    names.insert(String(part))
                }
                rest = rest[r.upperBound...]
            }
        }
        var rest = Substring(sentence)
        while let r = rest.range(of: "according to ", options: .caseInsensitive) {
            let after = rest[r.upperBound...]
            let end = after.firstIndex(where: { ",.;".contains($0) }) ?? after.endIndex
            let name = after[..<end].lowercased().replacingOccurrences(of: "the ", with: "")
            if !name.isEmpty { names.insert(name) }
            rest = after
        }
        return names
    }

    /// Two different entities clash, except a town or region read from its name (`place:北浜市`)
    /// against a country (a town lies in some country) or against a place written in the other
    /// language (西ノ浦市 and Nishinoura cannot be matched by spelling).
    static func entitiesClash(_ a: String, _ b: String, crossLanguage: Bool, bothInherited: Bool = false) -> Bool {
        // Two entities both carried over from earlier sentences are two guesses: they do not block.
        if bothInherited { return false }
        let pa = a.hasPrefix("place:"), pb = b.hasPrefix("place:")
        if pa != pb { return false }
        if pa && pb && crossLanguage { return false }
        // 北浜市 and 東雲県: a city and a prefecture may be one inside the other.
        if pa && pb, let x = a.last, let y = b.last, "市町村県州区".contains(x), "市町村県州区".contains(y), x != y { return false }
        return true
    }

    /// True when two values have the same significant digits in a different order and lie within
    /// a factor of ten of each other (186万 and 1.68 million; 3.2% and 2.3%), each with at least
    /// `minimumDigits` significant digits.
    /// (`magnitudes` are the values in one base unit.)
    static func areTransposed(_ x: Decimal, _ y: Decimal, magnitudes: (Double, Double), minimumDigits: Int) -> Bool {
        let dx = significantDigitString(x), dy = significantDigitString(y)
        guard dx.count >= max(minimumDigits, 2), dx != dy, dx.sorted() == dy.sorted(), (x < 0) == (y < 0) else { return false }
        let small = min(magnitudes.0, magnitudes.1), large = max(magnitudes.0, magnitudes.1)
        return small > 0 && large < small * 10
    }

    /// Two quantities whose units differ and at least one of which is not metric (`UnitScale.defined`).
    static func isConversion(_ a: Figure, _ b: Figure) -> Bool {
        guard a.kind == .quantity, b.kind == .quantity, let ua = a.unit, let ub = b.unit, ua != ub else { return false }
        return UnitScale.defined[ua] != nil || UnitScale.defined[ub] != nil
    }

    /// The same number (at least `minimumDigits` significant digits) of two different units of
    /// one dimension: "14 km" and "14 miles".
    static func isUnitSlip(_ a: Figure, _ b: Figure, minimumDigits: Int) -> Bool {
        a.kind == .quantity && b.kind == .quantity && a.value == b.value && a.unit != b.unit
            && significantDigits(a.value) >= minimumDigits
    }

    /// True when two values have the same significant digits (at least two) and one is 10, 100
    /// or 1,000 times the other (`magnitudes` are the values in one base unit).
    static func areScaled(_ x: Decimal, _ y: Decimal, magnitudes: (Double, Double)) -> Bool {
        let dx = significantDigitString(x)
        guard dx.count >= 2, dx == significantDigitString(y), (x < 0) == (y < 0) else { return false }
        let small = min(magnitudes.0, magnitudes.1), large = max(magnitudes.0, magnitudes.1)
        guard small > 0 else { return false }
        return [10.0, 100.0, 1000.0].contains { abs(large / small - $0) < $0 * 1e-9 }
    }

    /// The parts a yyyymmdd date value states (0 marks an unknown part): 20070514 → year, month,
    /// day; 16 (「16日」) → day; 700 (「7月」) → month.
    static func statedDateParts(_ v: Decimal) -> Set<String> {
        let n = NSDecimalNumber(decimal: v).intValue
        var parts: Set<String> = []
        if n / 10000 != 0 { parts.insert("year") }
        if (n / 100) % 100 != 0 { parts.insert("month") }
        if n % 100 != 0 { parts.insert("day") }
        return parts
    }

    /// Significant digits of a value as written exactly (126万4000 → 4, 3000 → 1, 32.1 → 3).
    static func significantDigits(_ v: Decimal) -> Int { significantDigitString(v).count }

    /// The significant digits themselves, without leading or trailing zeros (126万4000 → 1264,
    /// 0.0305 → 305): what transposed and scaled values are compared by.
    static func significantDigitString(_ v: Decimal) -> [Character] {
        var digits = Array(abs(v).description.filter(\.isNumber))
        while digits.first == "0" { digits.removeFirst() }
        while digits.last == "0" { digits.removeLast() }
        return digits
    }

    /// Level and change roles: a changes compares with a change; the old level of "from A to B"
    /// compares with a level only when the text dates it (「2023年の41%から」), so that the time slot decides.
    static func compatible(_ a: Measure, _ b: Measure) -> Bool {
        if a.change.isCompatible(with: b.change) { return true }
        let roles: Set<ChangeRole> = [a.change, b.change]
        if roles.contains(.from), !roles.contains(.change) {
            // A year or month dates the old level (「2023年の41%から」); a day near it is the day of
            // the change (「8日、速報値のM6.6からM6.8に修正」), and the old value is simply superseded.
            let from = a.change == .from ? a : b
            return from.time.map { $0.count <= 7 } ?? false && !from.timeFromDocument
        }
        return false
    }

    /// One figure's time is stated in its text and lies `years` or more before the other's
    /// publication-date default.
    static func statedEarlier(_ a: Measure, _ b: Measure, byAtLeast years: Int) -> Bool {
        guard a.timeFromDocument != b.timeFromDocument, let ta = a.time, let tb = b.time else { return false }
        let (stated, published) = a.timeFromDocument ? (tb, ta) : (ta, tb)
        guard let s = year(of: stated), let p = year(of: published) else { return false }
        // "last year's 41 percent" says outright that it is not the current figure.
        let firm = (a.timeFromDocument ? b : a).timeIsAtFigure
        return p - s >= (firm ? 1 : years)
    }

    /// Counts and amounts of a developing story: the kinds an undated figure gives as of its publication day.
    static let dayDatedKinds: Set<FigureKind> = [.count, .money, .quantity]

    /// When one figure is undated and the other's stated time begins after the undated one's
    /// document was published (but not after its own): that time and the publication date
    /// (`2024-04-16`, `2024-04-15`).
    static func statedAfterPublication(_ a: Measure, _ b: Measure) -> (String, String)? {
        guard a.timeFromDocument != b.timeFromDocument else { return nil }
        let (undated, dated) = a.timeFromDocument ? (a, b) : (b, a)
        guard let published = undated.published, let time = dated.time, let start = firstDay(of: time), start > published,
              // A time after its own source's publication is a plan or an outlook, not a later report.
              start <= dated.published ?? start else { return nil }
        return (time, String(format: "%04d-%02d-%02d", published / 10000, published / 100 % 100, published % 100))
    }

    /// The first day (yyyymmdd) of a time slot that starts with a year (`2024` → 20240101,
    /// `2024-05` → 20240501, `2024-04-16Tmorning` → 20240416), or nil (`now`, `last-year`).
    static func firstDay(of time: String) -> Int? {
        let parts = time.prefix(10).split(separator: "-")
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : 1, day = parts.count > 2 ? Int(parts[2]) : 1
        guard let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return year * 10000 + month * 100 + day
    }

    /// The year a time slot names (`2024`, `2024-03` → 2024), or nil (`now`).
    static func year(of time: String) -> Int? {
        let digits = time.prefix(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// Plain figures, totals and running totals compare; a part, a daily or a per-person amount
    /// only with the same kind.
    static func compatible(_ a: Aggregation?, _ b: Aggregation?) -> Bool {
        let x = a.map { $0.isPlain ? nil : $0 } ?? nil, y = b.map { $0.isPlain ? nil : $0 } ?? nil
        return x == y
    }

    /// Equal times, a month within a year (`2024-03` and `2024`), an hour within a day
    /// (`2025-03-09T06` and `2025-03-09`), or now and this year.
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b + "-") || b.hasPrefix(a + "-") || a.hasPrefix(b + "T") || b.hasPrefix(a + "T")
            || Set([a, b]) == ["now", "this-year"] || sameDayOverlappingHours(a, b)
    }

    /// `2025-03-09T06` and `2025-03-09Tmorning`: an hour within the part of the day named.
    static func sameDayOverlappingHours(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "T", maxSplits: 1), y = b.split(separator: "T", maxSplits: 1)
        guard x.count == 2, y.count == 2, x[0] == y[0], let p = hours(x[1]), let q = hours(y[1]) else { return false }
        return p.overlaps(q)
    }

    /// The hours a time-of-day stamp covers: `06` → 6..<7, `morning` → 5..<11.
    static func hours(_ stamp: Substring) -> Range<Int>? {
        if let h = Int(stamp) { return h..<(h + 1) }
        return ["dawn": 0..<6, "morning": 5..<12, "noon": 11..<14, "afternoon": 12..<18, "evening": 16..<21, "night": 18..<24, "midnight": 22..<24][String(stamp)]
    }

    /// An age: years of a person (66歳, "56-year-old", "Spanton, 39,").
    static func isAge(_ f: Figure) -> Bool {
        f.kind == .duration && (f.unit == "歳" || f.text.contains("year-old") || f.text.contains("years old"))
    }

    /// The same value, range end and denominator in the same unit scale.
    static func sameValue(_ a: Figure, _ b: Figure) -> Bool {
        a.value == b.value && a.upper == b.upper && a.denominator == b.denominator && unitFactor(a) == unitFactor(b)
    }

    /// What one unit of a quantity figure is in its base unit (`UnitScale`); 1 for other figures.
    static func unitFactor(_ f: Figure) -> Decimal {
        guard f.kind == .quantity, let unit = f.unit, let scale = UnitScale(unit: unit) else { return 1 }
        return scale.factor
    }

    /// Decimal places kept when a fraction is turned into the percentage it denotes (⅔ →
    /// 66.666667%): enough that no stated percentage is rounded across, few enough to print.
    static let fractionShareDecimals = 6

    /// The value a figure is compared by: a quantity in its base unit (3 GW → 3,000,000,000 W),
    /// a fraction as the percentage it denotes ("two in three" → 66.666667), others as stated.
    static func comparableValue(_ f: Figure) -> Decimal {
        if f.kind == .fraction, let d = f.denominator, d > 0 {
            var share = f.value * 100 / d, rounded = Decimal()
            NSDecimalRound(&rounded, &share, fractionShareDecimals, .plain)
            return rounded
        }
        return f.value * unitFactor(f)
    }

    /// The full comparison of a kept pair, with exact differences in the first figure's unit
    /// (in percent when it is a fraction, so that "two in three" against 60% differs by 6.67).
    func comparison(_ a: SourcedFigure, _ b: SourcedFigure, _ score: PairScore) -> FigureComparison {
        let aValue = Self.comparableValue(a.figure), bValue = Self.comparableValue(b.figure)
        let difference = abs(aValue - bValue) / Self.unitFactor(a.figure)
        let largest = max(abs(aValue), abs(bValue))
        let relative = largest == 0 ? 0 : (abs(aValue - bValue) / largest as NSDecimalNumber).doubleValue
        return FigureComparison(verdict: score.verdict, measure: a.measure.summary, a: a, b: b, absoluteDifference: difference,
                                relativeDifference: (relative * 1e6).rounded() / 1e6, confidence: score.confidence,
                                evidence: score.evidence, reason: score.reason, decidedBy: score.slot)
    }
}
