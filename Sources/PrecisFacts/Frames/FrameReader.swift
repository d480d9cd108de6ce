import Foundation
import PrecisText

/// Reads each figure's measure frame from its sentence: what is measured, of which entity, when,
/// against which base, how it is aggregated, whether it is a level or a change, and its modality.
///
/// The figure's own clause is the text between it and its neighbouring figures (at most
/// `FrameOptions.clauseBytes` each side), so that in 「GDP比2.6%だった国防費を3.8%へ引き上げることを要求」 the
/// demand attaches to 3.8% alone and in 「死者12人、けが人62人」 each count has its own measure.
struct FrameReader {
    let lexicon: FactLexicon
    let options: FrameOptions
    /// English function words ("of", "was", "against"), never a figure's measure label.
    let functionWords: Set<String>

    init(lexicon: FactLexicon, options: FrameOptions = FrameOptions(), functionWords: Set<String> = []) {
        self.lexicon = lexicon
        self.options = options
        self.functionWords = functionWords
    }

    /// Figures of `document` with their frames, in document order. Figures that do not lie
    /// inside one sentence are skipped (the extractor never produces them).
    func read(_ document: Document, figures: [Figure]) -> [SourcedFigure] {
        let bytes = Array(document.text.utf8)
        var result: [SourcedFigure] = []
        var lastEntity: (id: String, sentence: Int)?
        // The day the latest dated figure was of: what 同日 and "the same day" refer to.
        var lastDay: String?
        var f = 0
        let sorted = figures.sorted { $0.start < $1.start }
        for sentence in document.sentences {
            var inSentence: [Figure] = []
            while f < sorted.count, sorted[f].start < sentence.end {
                if sorted[f].start >= sentence.start, sorted[f].end <= sentence.end { inSentence.append(sorted[f]) }
                f += 1
            }
            let sb = Array(bytes[sentence.start..<sentence.end])
            let organizations = lexicon.matches(.organization, in: sb)
            // "the U.S. Geological Survey said": a country inside an institution's name is not an entity.
            var entities = (lexicon.matches(.entity, in: sb) + Self.placeNames(in: sentence.text))
                .filter { e in !organizations.contains { $0.range.overlaps(e.range) } && !Self.namesCurrency(sb, after: e.range.upperBound) }
                .sorted { $0.range.lowerBound < $1.range.lowerBound }
            // "Exports to the United States, Japan's largest export market, fell 2.3%": a possessive
            // that opens an appositive describes the entity before it; it does not replace it.
            if options.appositivePossessiveIsNotTheEntity, document.language == .en {
                entities = entities.enumerated().filter { k, e in k == 0 || !Self.opensAppositive(sb, e.range) }.map(\.element)
            }
            // "Shipments to Asia, which account for more than half of Japan's exports, rose 7.4%":
            // a country inside a relative clause describes the entity before it, too.
            if options.relativeClauseEntityIsNotTheEntity, document.language == .en {
                entities = entities.enumerated().filter { k, e in k == 0 || !Self.insideRelativeClause(sb, e.range) }.map(\.element)
            }
            let times = lexicon.matches(.time, in: sb).filter { (options.readsDays || !Self.namesADay($0.id)) && !Self.isAsOf($0, sb) }
            let attributed = !lexicon.matches(.source, in: sb).isEmpty
            let sentenceHasPeriod = inSentence.contains { $0.kind == .year } || times.contains { !Self.namesADay($0.id) }
            // "The bridge, which opened in 1962, carried 48,000 vehicles": an event's date dates no quantity.
            let events = inSentence.map { f -> FactLexicon.Match? in
                guard options.readsEventDates, FactChecker.isEvent(f) else { return nil }
                return eventCue(sb, lo: f.start - sentence.start, hi: f.end - sentence.start, japanese: document.language == .ja)
            }
            let (ownTimes, baseTimes, inheritedYears) = assignYears(inSentence, sentence: sentence, bytes: sb, date: document.date,
                                                    japanese: document.language == .ja, skipping: Set(events.indices.filter { events[$0] != nil }))
            var lastBase: [FigureKind: String?] = [:]  // the ratio base of the sentence's previous percentage
            // Age bands and other category limits (「65歳以上の高齢者」) name a group inside a
            // figure's clause: they do not end the clause of the figure next to them.
            let quantityEnds = Set(inSentence.filter { $0.kind == .quantity }.map { $0.end - sentence.start })
            let isLimit = inSentence.map { Self.isCategoryLimit(sb, lo: $0.start - sentence.start, hi: $0.end - sentence.start, figure: $0) }
            for (k, figure) in inSentence.enumerated() where figure.isComparable {
                let lo = figure.start - sentence.start, hi = figure.end - sentence.start
                var previous = (0..<k).last { !isLimit[$0] }
                // "jumped 52 percent to 1.68 million", "from 4.1% to 3.9%": in English the two
                // figures of a change share the clause of the first (its subject names both).
                if options.englishRangeSharesClause, document.language == .en {
                    while let p = previous, Self.joinsRange(sb, from: inSentence[p].end - sentence.start, to: inSentence[k].start - sentence.start) {
                        previous = (0..<p).last { !isLimit[$0] }
                    }
                }
                let next = ((k + 1)..<inSentence.count).first { !isLimit[$0] }
                let previousEnd = previous.map { inSentence[$0].end - sentence.start } ?? 0
                let nextStart = next.map { inSentence[$0].start - sentence.start } ?? sb.count
                let context = Self.window(sb, lo - options.contextBytes, hi + options.contextBytes)
                let clause = Self.window(sb, max(previousEnd, lo - options.clauseBytes), min(nextStart, hi + options.clauseBytes))
                let before = Self.slice(sb, max(previousEnd, lo - options.clauseBytes), lo)
                let after = Self.slice(sb, hi, min(nextStart, hi + options.clauseBytes))

                var m = Measure(attributed: attributed)
                m.published = document.date
                // Ratio base: right before the figure (brackets dropped: 国内総生産(GDP)比), right
                // after it in English (of GDP), or that of the previous percentage of the sentence.
                let nearBefore = Self.slice(sb, max(0, lo - 30), lo).filter { !"()（）".utf8.contains($0) }
                // English puts a ratio's base after it ("2.6% of GDP", "3% year on year"), before the next figure.
                let ratio = figure.kind == .percent || figure.kind == .percentagePoints
                m.base = lexicon.matches(.base, in: nearBefore).last?.id
                    ?? (ratio ? lexicon.matches(.base, in: Self.slice(sb, hi, min(nextStart, hi + 40))).first { $0.term.utf8.allSatisfy { $0 < 0x80 } }?.id : nil)
                if m.base == nil, figure.kind == .percent || figure.kind == .percentagePoints { m.base = lastBase[figure.kind] ?? nil }
                if figure.kind == .percent || figure.kind == .percentagePoints { lastBase[figure.kind] = m.base }
                // Measure: concepts of the figure's own clause, else of the wider context; the
                // base's own concept (GDP of "GDP比") is not the measure. The nearest is the key.
                var concepts = lexicon.matches(.concept, in: Array(sb[clause])).filter { $0.id != "@gdp" || m.base != "GDP" }
                if document.language == .ja, next != nil, options.japaneseMeasureAfterFigureIsNext {
                    // Japanese modifiers precede what they modify: a measure after the figure and
                    // before the next one names the next (「補助は最大4670億円で、投資額の約4割」),
                    // unless joined to this figure by の or が (「2人の死者」) or a relative clause
                    // (「GDP比2.6%だった国防費」).
                    let joint = Self.joiningParticle(sb, after: hi).map { $0 + 3 }
                    concepts = concepts.filter { c in
                        let a = c.range.lowerBound + clause.lowerBound
                        return a < hi || a == joint || Self.relativeClauseJoin(sb, from: hi, to: a)
                    }
                }
                var conceptOffset = clause.lowerBound
                var fromClause = true
                if concepts.isEmpty, options.englishSubjectBeforeTheClause, document.language == .en, previousEnd < lo {
                    // "The death toll from the capsizing of the ferry Sea Lantern rose to 26, with
                    // 29 people still missing": a long English subject still names the figure
                    // after it, before any later clause's measure does.
                    let subject = Self.window(sb, previousEnd, lo)
                    concepts = lexicon.matches(.concept, in: Array(sb[subject])).filter { $0.id != "@gdp" || m.base != "GDP" }
                    conceptOffset = subject.lowerBound
                    fromClause = false
                }
                if concepts.isEmpty {
                    concepts = lexicon.matches(.concept, in: Array(sb[context])).filter { $0.id != "@gdp" || m.base != "GDP" }
                    conceptOffset = context.lowerBound
                    fromClause = false
                }
                var ids = Set(concepts.map(\.id))
                // "6,300 doses", "2,150 employed adults": the noun a count counts is what it measures.
                if let noun = Self.countedNoun(figure) { ids.insert(noun) }
                m.concepts = Array(ids).sorted()
                // 「1人が行方不明」「2人の死者」: a measure joined to the figure by が or の is its own.
                func conceptDistance(_ c: FactLexicon.Match) -> Int {
                    let a = c.range.lowerBound + conceptOffset
                    if a >= hi, let joint = Self.joiningParticle(sb, after: hi), a == joint + 3 { return 0 }
                    return Self.distance(c.range, conceptOffset, lo, hi)
                }
                let nearest = concepts.min { conceptDistance($0) < conceptDistance($1) }
                m.key = fromClause ? nearest?.id : nil
                m.keyIsAdjacent = nearest.map { conceptDistance($0) <= options.adjacentKeyBytes } ?? false
                m.subject = nearest?.term ?? Self.countedNoun(figure).map { _ in figure.unit ?? "" }
                    ?? Self.nounNear(sb, lo: lo, hi: hi, previousEnd: previousEnd, nextStart: nextStart, skipping: functionWords)
                if FactChecker.isAge(figure) {
                    // 「菊川剛前会長(70歳)」: an age belongs to the name or title right before it.
                    m.subject = Self.ageOwner(sb, lo: lo, previousEnd: previousEnd)
                } else if let comparative = Self.comparativeAfter(sb, hi: hi, figure: figure) {
                    // "15% lighter and 33% thinner": the comparative says what the percentage measures.
                    m.key = "cmp:" + comparative
                    m.keyIsAdjacent = true
                }
                if let cue = events[k] {
                    m.event = cue.id
                    m.key = cue.id
                    m.keyIsAdjacent = true
                    m.concepts = Array(Set(m.concepts + [cue.id])).sorted()
                    m.subject = cue.term
                }
                m.modality = modality(before: before, after: after)
                // Entity: one of the figure's own clause (Japanese: the one before it, 「台湾が48万人、
                // 韓国が37万人」), else the nearest before it in the sentence, else the last one of
                // the previous few sentences.
                let inClause = entities.filter { clause.contains($0.range.lowerBound) }
                let leftOfFigure = inClause.filter { $0.range.upperBound <= lo }
                let clauseEntity = (!leftOfFigure.isEmpty ? leftOfFigure : inClause)
                    .min(by: { Self.distance($0.range, 0, lo, hi) < Self.distance($1.range, 0, lo, hi) })
                let earlier = entities.filter { $0.range.upperBound <= lo }.last
                let countryOf = { (o: FactLexicon.Match) in self.lexicon.organizationCountries[o.id] }
                if let e = clauseEntity ?? earlier {
                    m.entity = e.id
                } else if options.organizationNamesItsCountry,
                          let country = organizations.first(where: { $0.range.upperBound <= lo && countryOf($0) != nil }).flatMap(countryOf)
                            ?? organizations.first(where: { countryOf($0) != nil }).flatMap(countryOf) {
                    // 「総務省が発表した全国消費者物価指数」, "the Bureau of Labor Statistics said": a
                    // national statistics office or central bank reports its own country's figures.
                    m.entity = country
                } else if let last = lastEntity, sentence.index - last.sentence <= options.entityScope {
                    m.entity = last.id
                    m.entityInherited = true
                }
                // 「米国向けは3.2%減」: in trade figures a country followed by 向け names the
                // destination, and what goes there is the measure (exports), unless the clause
                // names a measure nearer the figure.
                if options.destinationNamesTheMeasure, let e = clauseEntity,
                   let cue = lexicon.matches(.destination, in: Self.slice(sb, e.range.upperBound, e.range.upperBound + 12))
                    .first(where: { $0.range.lowerBound == 0 }) {
                    let at = (e.range.upperBound + cue.range.lowerBound)..<(e.range.upperBound + cue.range.upperBound)
                    let distance = Self.distance(at, 0, lo, hi)
                    if m.key == nil || nearest.map({ distance < conceptDistance($0) }) ?? true {
                        m.key = cue.id
                        m.keyIsAdjacent = distance <= options.adjacentKeyBytes
                        m.concepts = Array(Set(m.concepts + [cue.id])).sorted()
                        m.subject = e.term + cue.term
                    }
                }
                // Time: the sentence's year nearest to this figure, else a relative time word of
                // its clause (resolved against the document's date), else the sentence's nearest before the figure
                // ("on Tuesday after Monday's crash, in which the index fell to 7,239": Monday), else its first.
                if !FactChecker.isEvent(figure) {
                    m.time = ownTimes[k]
                    m.baseTime = baseTimes[k]
                    if m.time == nil {
                        // Japanese modifiers precede what they modify: a time word after the figure
                        // (「5.28%で、前年同時期の5.10%」) belongs to the next figure.
                        let japanese = document.language == .ja
                        let precedes = { (t: FactLexicon.Match) in !japanese || t.range.lowerBound < lo || k + 1 == inSentence.count }
                        // A day word dates counts and amounts of a developing story; a year or
                        // month in the sentence gives the period instead ("visitors in 2024 …, the
                        // government said on Wednesday"), and ratios and durations do not move by the day.
                        let dayDates = Self.dayDated.contains(figure.kind) && !sentenceHasPeriod
                        let usable = { (t: FactLexicon.Match) in !isTimeBase(t, sb) && precedes(t) && (dayDates || !Self.namesADay(t.id)) }
                        let clauseTimes = times.filter { clause.contains($0.range.lowerBound) && usable($0) }
                        let sentenceTimes = times.filter(usable)
                        if clauseTimes.isEmpty, let year = inheritedYears[k] {
                            m.time = year
                        } else if let t = clauseTimes.first ?? sentenceTimes.last(where: { $0.range.upperBound <= lo }) ?? sentenceTimes.first {
                            m.time = t.id == "same-day" ? lastDay : Self.resolve(t.id, date: document.date, future: !m.modality.isFactual)
                            m.timeIsAtFigure = t.range.upperBound <= lo && lo - t.range.upperBound <= options.timeAtFigureBytes
                                && Self.possessive(sb, t.range.upperBound, lo)
                        }
                    }
                    if m.baseTime == nil, let t = times.first(where: { isTimeBase($0, sb) }) { m.baseTime = Self.resolve(t.id, date: document.date) }
                    // News states current figures without a time: with a publication date, an
                    // untimed figure is of the document's year (so 「昨年は1人」 differs from 「2人」).
                    if m.time == nil, let date = document.date {
                        m.time = String(date / 10000)
                        m.timeFromDocument = true
                    }
                    // 「9日午前6時現在、…3人が死亡」: a developing story states its figures as of an hour.
                    if options.readsTimeOfDay, document.language == .ja, let t = m.time,
                       let stamp = Self.timeOfDayAfter(sb, hi: hi) ?? Self.timeOfDay(in: sb, before: lo) {
                        if !m.timeFromDocument, t.count == 10 {
                            m.time = t + "T" + stamp
                        } else if m.timeFromDocument, let date = document.date,
                                  let day = inSentence.filter({ $0.kind == .date && $0.end <= figure.start })
                                    .compactMap({ Self.yearText($0, date: date) }).last(where: { $0.count == 10 }) ?? Self.day(date, offset: 0) {
                            // 「9日午後4時現在、5人が死亡、56人が負傷」: the hour of the sentence's day;
                            // 「午後5時現在、4人が死亡」 with no day: of the day of publication.
                            m.time = day + "T" + stamp
                            m.timeFromDocument = false
                        }
                    }
                    if options.readsEnglishTimeOfDay, document.language == .en, let t = m.time, !m.timeFromDocument, t.count == 10,
                       let stamp = Self.englishTimeOfDay(in: sb, lo: lo, hi: hi) {
                        m.time = t + "T" + stamp
                    }
                }
                m.aggregation = aggregation(sb, lo: lo, hi: hi, clause: clause, quantityEnds: quantityEnds)
                if options.listedPartsMeetMarkedParts, m.aggregation == nil {
                    m.followsLargerFigure = (0..<k).contains { j in
                        let e = inSentence[j]
                        return !isLimit[j] && e.kind == figure.kind && (e.unit == figure.unit || figure.unit == nil) && e.bound == nil && e.value > figure.value
                    }
                }
                m.change = change(sb, lo: lo, hi: hi, clause: clause, figure: figure, base: m.base)
                m.isCategory = Self.isCategoryLimit(sb, lo: lo, hi: hi, figure: figure)
                if let t = m.time, !m.timeFromDocument, t.count >= 10 { lastDay = String(t.prefix(10)) }
                result.append(SourcedFigure(document: document.id, sentence: sentence.index, start: figure.start, end: figure.end,
                                            sentenceStart: sentence.start, sentenceEnd: sentence.end, sentenceText: sentence.text,
                                            figure: figure, measure: m, previousFigureEnd: sentence.start + previousEnd,
                                            nextFigureStart: sentence.start + nextStart))
            }
            // 「県内では5日、…」: a day named without a figure of its own is still the day 同日 refers to.
            if let day = inSentence.filter({ $0.kind == .date }).compactMap({ Self.yearText($0, date: document.date) }).last(where: { $0.count == 10 }) {
                lastDay = day
            }
            if let e = entities.last {
                lastEntity = (e.id, sentence.index)
            } else if options.organizationNamesItsCountry,
                      let country = organizations.lazy.compactMap({ self.lexicon.organizationCountries[$0.id] }).last {
                lastEntity = (country, sentence.index)
            }
        }
        return result
    }

    // MARK: Slots

    /// The strongest modality cue between the figure and its neighbours. Japanese puts it after
    /// the figure (3.8%へ引き上げることを要求); English cues may precede it.
    func modality(before: [UInt8], after fullAfter: [UInt8]) -> Modality {
        let near = before.count - options.japaneseModalityBeforeBytes
        // "$38m, though Hart said he expected the final bill to exceed $60m": a contrast opens
        // another statement, whose cues are not this figure's.
        let after = Self.beforeContrast(fullAfter)
        // A cue that heads what follows it (「組合の要求（6.4%）」, 「目標は」) belongs to the next figure.
        let heads: Set<UInt8> = [0x28, 0xEF, 0xE3]  // "(", the lead bytes of （ and of は/の
        // 「要求通りの満額回答」: a value "as demanded" is the reported outcome, not the demand.
        func asCued(_ bytes: [UInt8], _ m: FactLexicon.Match) -> Bool {
            let rest = String(decoding: bytes[m.range.upperBound..<min(bytes.count, m.range.upperBound + 9)], as: UTF8.self)
            return rest.hasPrefix("通り") || rest.hasPrefix("どおり")
        }
        let afterCues = lexicon.matches(.modality, in: after).filter { m in
            if asCued(after, m) { return false }
            let e = m.range.upperBound
            guard e < after.count else { return true }
            if after[e] == 0x28 { return false }
            let next = String(decoding: after[e..<min(after.count, e + 3)], as: UTF8.self)
            return !(heads.contains(after[e]) && ["（", "は", "の"].contains(next))
        }
        let cues = Set(lexicon.matches(.modality, in: before).filter { ($0.term.utf8.allSatisfy { $0 < 0x80 } || $0.range.upperBound >= near) && !asCued(before, $0) }.map(\.id)
            + afterCues.map(\.id))
        for modality in [Modality.demand, .proposal, .target, .forecast, .estimate] where cues.contains(modality.rawValue) {
            return modality
        }
        return .reported
    }

    /// The bytes before the first contrast that opens another clause (", though", ", but"…).
    static func beforeContrast(_ bytes: [UInt8]) -> [UInt8] {
        let cut = contrastOpenings.compactMap { opening in
            bytes.indices.first { i in i + opening.count <= bytes.count && bytes[i..<(i + opening.count)].elementsEqual(opening) }
        }.min()
        return cut.map { Array(bytes[..<$0]) } ?? bytes
    }

    static let contrastOpenings: [[UInt8]] = [", though ", ", although ", ", but ", ", while ", ", whereas "].map { Array($0.utf8) }

    /// うち, "of whom", 累計, 1日あたり, "per capita": the nearest aggregation cue in the figure's
    /// clause, shortly before it or (English "a day", "per capita") right after it.
    /// - Parameter quantityEnds: where quantities of the sentence end (sentence offsets): a generic
    ///   "per" cue there is a unit rate (「5キロあたり」), not a per-person amount.
    func aggregation(_ sb: [UInt8], lo: Int, hi: Int, clause: Range<Int>, quantityEnds: Set<Int> = []) -> Aggregation? {
        let window = Self.window(sb, max(clause.lowerBound, lo - options.aggregationBytes), min(clause.upperBound, hi + 16))
        let cues = lexicon.matches(.aggregation, in: Array(sb[window])).filter { m in
            let a = m.range.lowerBound + window.lowerBound, b = m.range.upperBound + window.lowerBound
            if options.unitRatesAreNotPerCapita, Self.genericPerCues.contains(m.term) {
                if quantityEnds.contains(a) { return false }
                let next = String(decoding: Self.slice(sb, b, b + 16), as: UTF8.self).lowercased()
                if Self.unitWords.contains(where: { next.hasPrefix(" " + $0) }) { return false }
            }
            if options.partCuesPrecedeThePart, m.id == "subtotal", b > lo { return false }
            let gap = m.id == "daily" && m.term.utf8.allSatisfy({ $0 < 0x80 }) ? options.dailyCueGap : options.afterCueGap
            return b <= lo || (a >= hi && a - hi <= gap + 1)
        }
        let nearest = cues.min { Self.distance($0.range, window.lowerBound, lo, hi) < Self.distance($1.range, window.lowerBound, lo, hi) }
        if nearest == nil, options.partOfAFigureAfterIt, Self.namesItsWhole(sb, hi: hi) { return .subtotal }
        return nearest.flatMap { Aggregation(rawValue: $0.id) }
    }

    /// "140 of the chain's 312 stores", "two of its 12 members": an English figure followed by
    /// "of" and another number (not a year) is a part of that number.
    static func namesItsWhole(_ sb: [UInt8], hi: Int) -> Bool {
        let after = String(decoding: slice(sb, hi, min(sb.count, hi + 48)), as: UTF8.self)
        guard let m = after.prefixMatch(of: partOfWholePattern) else { return false }
        return !m.output.1.allSatisfy(\.isNumber) || m.output.1.count != 4 || !(m.output.1.hasPrefix("19") || m.output.1.hasPrefix("20"))
    }

    nonisolated(unsafe) static let partOfWholePattern = #/ (?:out )?of (?:(?:the|its|their|his|her|all|[A-Za-z-]+['’]s) ){0,3}([0-9][0-9,.]*)/#

    /// "Per" cues that say nothing of what they divide by.
    static let genericPerCues: Set<String> = ["あたり", "当たり", "per"]
    /// Units after "per" that make a unit price or rate ("$80 per barrel", "per kilogram").
    static let unitWords = ["kilogram", "kg", "gram", "litre", "liter", "tonne", "ton", "barrel", "gallon", "pound",
                            "ounce", "square", "metre", "meter", "mile", "kilometre", "kilometer", "hour", "share", "unit", "night"]

    /// Level or change: 3%増 / "rose 3%" / "a 3% rise" are changes; 「3%に上昇」 / "rose to 3%" give
    /// the new level, 「2%から」 / "from 2%" the old one. A year-on-year ratio is a change.
    func change(_ sb: [UInt8], lo: Int, hi: Int, clause: Range<Int>, figure: Figure, base: String?) -> ChangeRole {
        guard figure.kind != .year, figure.kind != .date else { return .level }
        let afterWindow = Self.window(sb, hi, min(clause.upperBound, hi + 24))
        let afterCues = lexicon.matches(.change, in: Array(sb[afterWindow])).filter {
            $0.range.lowerBound <= options.afterCueGap && $0.id.hasSuffix("-after")
        }
        let beforeWindow = Self.window(sb, max(clause.lowerBound, lo - 40), lo)
        let beforeCues = lexicon.matches(.change, in: Array(sb[beforeWindow])).filter { $0.id.hasSuffix("-before") }
        let adjacent = beforeCues.filter { beforeWindow.upperBound - ($0.range.upperBound + beforeWindow.lowerBound) <= options.beforeCueGap }
        if let a = afterCues.min(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if a.id == "to-after" { return .to }
            if a.id == "from-after" { return .from }
            return .change
        }
        if adjacent.contains(where: { $0.id == "to-before" }) { return beforeCues.contains { $0.id == "change-before" } ? .to : .level }
        if adjacent.contains(where: { $0.id == "from-before" }) { return .from }
        let verbs = beforeCues.filter { $0.id == "change-before" }
        if verbs.contains(where: { !["by", "up", "down"].contains($0.term) }) { return .change }
        // "made up 12% of", "make up": not a change.
        let madeUp = ["made", "make", "makes", "making"].contains(Self.wordBefore(sb, beforeWindow.lowerBound + (adjacent.first?.range.lowerBound ?? 0)))
        if !madeUp, adjacent.contains(where: { ["by", "up", "down"].contains($0.term) }) { return .change }
        if base == "YOY" { return .change }
        return .level
    }

    /// 「15歳未満の子ども」, 「65歳以上の高齢者」, "workers aged 18 to 34", "18- to 34-year-olds",
    /// "people aged 65 and over", "unions with fewer than 300 members": a limit that names a group
    /// and measures nothing.
    static func isCategoryLimit(_ sb: [UInt8], lo: Int, hi: Int, figure: Figure) -> Bool {
        guard figure.kind == .duration || figure.kind == .count else { return false }
        let after = String(decoding: slice(sb, hi, min(sb.count, hi + 24)), as: UTF8.self).lowercased()
        if figure.bound != nil, ["未満の", "以上の", "以下の", "超の"].contains(where: { after.hasPrefix($0) }) { return true }
        let before = String(decoding: slice(sb, max(0, lo - 24), lo), as: UTF8.self).lowercased()
        // "unions with fewer than 300 members", "firms with more than 1,000 employees": a size
        // class names a group of organisations, like 「300人未満の中小組合」.
        let sizeClass = ["with fewer than ", "with more than ", "with less than ", "with at least ", "with over ", "with under ", "with up to "]
        let sizeNouns = [" members", " employees", " workers", " staff", " people", " residents", " inhabitants", " pupils", " students", " beds"]
        if figure.kind == .count, sizeClass.contains(where: { before.hasSuffix($0) }),
           sizeNouns.contains(where: { after.hasPrefix($0) }) || sizeNouns.contains(where: { " " + (figure.unit ?? "") == $0 }) { return true }
        // "34-year-olds", "18- to 34-year-olds": a plural age names a group.
        if after.hasPrefix("-olds") || after.hasPrefix("-year-olds") || (startsBand(after) && after.contains("year-olds")) { return true }
        let aged = ["aged ", "ages ", "ages of "].contains { before.hasSuffix($0) }
        // "aged 18 to 34" / "aged 65 and over": the first limit.
        let openEnds = ["+", " and over", " and older", " or older", " and above", " or over"]
        if aged, startsBand(after) || openEnds.contains(where: { after.hasPrefix($0) }) { return true }
        // "aged 18 to 34": the second limit.
        for joiner in [" to ", "- to ", "–", "-"] where before.hasSuffix(joiner) {
            let head = before.dropLast(joiner.count)
            let digits = head.reversed().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { continue }
            let rest = head.dropLast(digits.count)
            if ["aged ", "ages ", "ages of "].contains(where: { rest.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// "- to 34", " to 34", "–34", "-34" right after a first age limit.
    static func startsBand(_ after: String) -> Bool {
        for joiner in [" to ", "- to ", "–", "-"] where after.hasPrefix(joiner) {
            if let c = after.dropFirst(joiner.count).first, c.isASCII, c.isNumber { return true }
        }
        return false
    }

    /// "US dollar", 「米ドル」, "Hong Kong dollars": a country name that only names a currency.
    static func namesCurrency(_ sb: [UInt8], after e: Int) -> Bool {
        let next = String(decoding: slice(sb, e, min(sb.count, e + 9)), as: UTF8.self).lowercased()
        return next.hasPrefix(" dollar") || next.hasPrefix("-dollar") || next.hasPrefix("ドル") || next.hasPrefix("ウォン")
            || next.hasPrefix(" won") || next.hasPrefix("ユーロ") || next.hasPrefix(" yuan")
    }

    /// The name or title right before an age: the last run of letters before the figure (and its
    /// opening bracket), at most 30 bytes back.
    static func ageOwner(_ sb: [UInt8], lo: Int, previousEnd: Int) -> String? {
        var e = lo
        while e > previousEnd, e > 0, [0x28, 0x20, 0x2C].contains(sb[e - 1]) { e -= 1 }
        if e >= 3, e > previousEnd, String(decoding: sb[(e - 3)..<e], as: UTF8.self) == "（" { e -= 3 }
        return nounNear(sb, lo: e, hi: e, previousEnd: max(previousEnd, e - 30), nextStart: e).map { $0 }
    }

    /// An English comparative right after a percentage ("15% lighter", "33 percent thinner"),
    /// other than the generic higher/lower/more/less.
    static func comparativeAfter(_ sb: [UInt8], hi: Int, figure: Figure) -> String? {
        guard figure.kind == .percent, hi < sb.count, sb[hi] == 0x20 else { return nil }
        var e = hi + 1
        while e < sb.count, (sb[e] | 0x20) >= 0x61, (sb[e] | 0x20) <= 0x7A { e += 1 }
        let word = String(decoding: sb[(hi + 1)..<e], as: UTF8.self).lowercased()
        guard word.count >= 5, word.hasSuffix("er"), !genericComparatives.contains(word) else { return nil }
        return word
    }

    static let genericComparatives: Set<String> = ["higher", "lower", "greater", "fewer", "other", "after", "never", "however", "under", "over", "larger", "smaller", "bigger", "further", "either", "rather", "whether", "together", "earlier", "later", "number", "members", "voter", "voters"]

    /// が or の right at `i`: in Japanese these tie the noun that follows to the figure before.
    /// Where が or の joins the noun that follows to a figure ending at `hi`: right after it, or
    /// after a qualifier (「450名以上が負傷」, 「2万人余りの」).
    static func joiningParticle(_ sb: [UInt8], after hi: Int) -> Int? {
        if joinsNoun(sb, hi) { return hi }
        for qualifier in joinQualifiers {
            let q = Array(qualifier.utf8)
            if hi + q.count + 3 <= sb.count, Array(sb[hi..<(hi + q.count)]) == q, joinsNoun(sb, hi + q.count) { return hi + q.count }
        }
        return nil
    }

    /// The figure and the noun after it form one phrase: 「406人死亡」, or a relative clause: 「2.6%だった国防費」「12人に上った死者」.
    /// (の and が are `joiningParticle`'s.)
    static func relativeClauseJoin(_ sb: [UInt8], from: Int, to: Int) -> Bool {
        guard from <= to, to - from <= 18 else { return false }
        return relativeClauseJoiners.contains(String(decoding: sb[from..<to], as: UTF8.self))
    }

    static let relativeClauseJoiners: Set<String> = ["", "だった", "である", "であった", "となった", "になった", "とした", "に上った", "に上る", "に達した", "を超えた", "を占める", "を占めた"]

    /// Only range words stand between two English figures ("52 percent to 1.68 million", "from
    /// 4.1% to 3.9%", "between 20 and 30", "3 or 4"): the second continues the first's phrase.
    static func joinsRange(_ sb: [UInt8], from: Int, to: Int) -> Bool {
        guard from <= to, to - from <= 24 else { return false }
        let words = String(decoding: sb[from..<to], as: UTF8.self).split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }
        guard let first = words.first, ["to", "and", "or"].contains(first) else { return false }
        return words.allSatisfy { rangeWords.contains(String($0)) }
    }

    static let rangeWords: Set<String> = ["to", "and", "or", "about", "around", "nearly", "almost", "roughly", "some", "approximately", "just", "over", "under", "a", "record", "an", "estimated"]

    /// Qualifiers that may stand between a figure and が or の.
    static let joinQualifiers = ["以上", "以下", "未満", "余り", "あまり", "超", "近く", "ほど", "程度", "前後", "強", "弱"]

    static func joinsNoun(_ sb: [UInt8], _ i: Int) -> Bool {
        guard i + 3 <= sb.count, sb[i] == 0xE3, sb[i + 1] == 0x81 else { return false }
        return sb[i + 2] == 0x8C || sb[i + 2] == 0xAE  // が, の
    }

    // MARK: Places

    /// Towns and regions the lexicon cannot know: 「北浜市」「桜川町」 (a name of 1–6 kanji or katakana
    /// before 市/町/村/県/州/区), "in neighbouring Ostmark", "of Port Adley". Ids are `place:NAME`.
    static func placeNames(in text: String) -> [FactLexicon.Match] {
        var found: [FactLexicon.Match] = []
        let utf8 = text.utf8
        for pattern in [japanesePlace, englishPlace, englishNamedSite, englishAppositivePlace] {
            for m in text.matches(of: pattern) {
                let name = m.output.1
                guard !excludedPlaceNames.contains(String(name)), !name.hasPrefix("ー"), !name.contains("選挙") else { continue }
                let lo = utf8.distance(from: utf8.startIndex, to: name.startIndex)
                let hi = utf8.distance(from: utf8.startIndex, to: name.endIndex)
                found.append(FactLexicon.Match(id: "place:\(name)", term: String(name), range: lo..<hi))
            }
        }
        return found
    }

    nonisolated(unsafe) static let japanesePlace = #/((?:[\u4E00-\u9FFF\u30A1-\u30FA\u30FC]){2,6}[市町村県州区])(?![場民営立有道])/#
    nonisolated(unsafe) static let englishPlace = #/\b(?:in|In) (?:neighbouring |neighboring |nearby )?([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b/#
    /// "At the Santa Ines weather station", "at the Kestrel Lake gauge": a named site.
    nonisolated(unsafe) static let englishNamedSite = #/\b(?:at|At) the ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?) (?:weather |gauging |monitoring |observation )?(?:station|gauge|observatory|airport)\b/#
    /// "in the provincial capital, Dalumpit": a place named after the kind of place it is.
    nonisolated(unsafe) static let englishAppositivePlace = #/\b(?:in|In|at|At) the (?:[a-z]+ ){0,2}(?:capital|city|town|village|port|district), ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b/#

    /// Words the place patterns would take that are not places: 同市 (the same city), months, days …
    static let excludedPlaceNames: Set<String> = [
        "同市", "同町", "同村", "同県", "同区", "当市", "全県", "各県", "各市", "各区", "市町村", "都道府県", "区市町村", "他県", "他市", "各州",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That",
        "April", "English", "Japanese", "Total", "All", "Addition", "Fact", "Other",
    ]

    // MARK: Time

    /// Each year of the sentence goes to its nearest comparable figure, as that figure's own time,
    /// or as its base time when a base word follows the year (2020年比, 2018年度以来, 2020年＝100)
    /// or "since"/"compared with"/"than" precedes it. Keys are indices into `figures`.
    /// Years at `skipping` (indices into `figures`: the dates of events) date nothing.
    func assignYears(_ figures: [Figure], sentence: Sentence, bytes sb: [UInt8], date: Int?, japanese: Bool,
                     skipping: Set<Int> = []) -> (own: [Int: String], base: [Int: String], inherited: [Int: String]) {
        let quantities = figures.indices.filter { figures[$0].isComparable && !FactChecker.isEvent(figures[$0]) }
        var own: [Int: (String, Int)] = [:]
        var base: [Int: String] = [:]
        var stated: [(end: Int, text: String)] = []  // the sentence's own (not base) years, in order
        for (index, year) in figures.enumerated() where FactChecker.isEvent(year) && !skipping.contains(index) {
            let lo = year.start - sentence.start, hi = year.end - sentence.start
            // "DALUMPIT, Oct 22 (Pacific Newswire) –": a dateline dates the report, not its figures.
            if sentence.index == 0, Self.isDateline(sb, lo: lo, hi: hi) { continue }
            // 「昨年7月」, "last July": a month or day of a relative year.
            let offset = lexicon.matches(.time, in: Self.slice(sb, max(0, lo - 12), lo)).last.map { t -> Int in
                ["last-year": -1, "next-year": 1, "this-year": 0][t.id] ?? 0
            } ?? 0
            guard let text = Self.yearText(year, date: date.map { $0 + offset * 10000 }) else { continue }
            // Japanese modifiers precede what they modify: 「2011年9月に記録した305ミリ」 dates 305ミリ,
            // not the 412ミリ before it. Elsewhere the nearest figure takes the year.
            let following = quantities.filter { figures[$0].start - sentence.start >= hi }
            let nextFigure = following.first { figures[$0].start - sentence.start - hi <= options.modifierBytes }
                ?? (japanese && options.japaneseYearDatesAFollowingFigure ? following.first : nil)
            guard let nearest = (japanese ? nextFigure : nil) ?? quantities.min(by: {
                Self.distance((figures[$0].start - sentence.start)..<(figures[$0].end - sentence.start), 0, lo, hi)
                    < Self.distance((figures[$1].start - sentence.start)..<(figures[$1].end - sentence.start), 0, lo, hi)
            }) else { continue }
            let d = Self.distance((figures[nearest].start - sentence.start)..<(figures[nearest].end - sentence.start), 0, lo, hi)
            let after = Self.slice(sb, hi, min(sb.count, hi + 12))
            let isBase = lexicon.matches(.timebase, in: after).contains { $0.range.lowerBound == 0 }
                || ["since", "compared with", "compared to", "than", "from"].contains(Self.wordBefore(sb, lo))
            if isBase {
                base[nearest] = text
            } else {
                stated.append((hi, text))
                if own[nearest].map({ d < $0.1 }) ?? true { own[nearest] = (text, d) }
            }
        }
        // 「2025年2月期の売上高は約6200億円、営業利益は…231億円で」: a Japanese year or month stated
        // before a figure dates the figures after it, up to the next one, unless a time word of
        // the figure's own clause does (the caller decides). A day is the date of an event or an
        // announcement (「県警は6日…68人だった」), not a period: it is not carried.
        var inherited: [Int: String] = [:]
        if japanese && options.japaneseYearDatesAFollowingFigure {
            for q in quantities where own[q] == nil && base[q] == nil {
                let lo = figures[q].start - sentence.start
                if let year = stated.last(where: { $0.end <= lo }), year.text.count <= 7 { inherited[q] = year.text }
            }
        }
        return (own.mapValues(\.0), base, inherited)
    }

    /// An entity right after ", " and followed by a possessive: the start of an appositive
    /// (", Japan's largest export market,").
    static func opensAppositive(_ sb: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 2, sb[range.lowerBound - 2] == UInt8(ascii: ","), sb[range.lowerBound - 1] == UInt8(ascii: " ") else { return false }
        let after = String(decoding: sb[range.upperBound..<min(sb.count, range.upperBound + 4)], as: UTF8.self)
        return after.hasPrefix("'s ") || after.hasPrefix("’s ")
    }

    /// What may stand between an English event cue and its date ("opened in 1962").
    static let englishEventLinks: Set<String> = ["", "on", "in", "at", "on the"]
    /// What may stand between a Japanese date and its event cue (「16日に発売」「8日の投開票」).
    static let japaneseEventLinks: Set<String> = ["", "に", "の", "から", "には"]

    /// The event cue that makes the date or year at `lo..<hi` an event's date: English cues end
    /// just before it ("was confirmed on Jan. 24"), Japanese ones start just after it
    /// (「2027年12月に稼働」); within `FrameOptions.eventCueBytes`, with only a link word between.
    func eventCue(_ sb: [UInt8], lo: Int, hi: Int, japanese: Bool) -> FactLexicon.Match? {
        if japanese {
            let after = Self.slice(sb, hi, hi + options.eventCueBytes)
            return lexicon.matches(.event, in: after).first { m in
                Self.japaneseEventLinks.contains(String(decoding: after[..<m.range.lowerBound], as: UTF8.self))
            }
        }
        let start = max(0, lo - options.eventCueBytes)
        let before = Self.slice(sb, start, lo)
        return lexicon.matches(.event, in: before).last { m in
            let link = String(decoding: before[m.range.upperBound...], as: UTF8.self)
            return Self.englishEventLinks.contains(link.trimmingCharacters(in: .whitespaces).lowercased())
        }
    }

    /// Clause openers after a comma that start a non-restrictive relative clause.
    static let relativeClauseOpeners = [", which ", ", who ", ", whose ", ", where "]

    /// The entity at `range` lies inside a comma-delimited relative clause: after ", which " (or
    /// who, whose, where) with no comma between, and a comma closes the clause after it.
    static func insideRelativeClause(_ sb: [UInt8], _ range: Range<Int>) -> Bool {
        let comma = UInt8(ascii: ",")
        guard let open = sb[..<range.lowerBound].lastIndex(of: comma), sb[range.upperBound...].contains(comma) else { return false }
        let head = String(decoding: sb[open..<min(range.lowerBound, open + 8)], as: UTF8.self).lowercased()
        return relativeClauseOpeners.contains { head.hasPrefix($0) }
    }

    /// 現在 right after a day or an hour (「5日現在」「午後5時現在」) means "as of" that time, not now.
    static func isAsOf(_ t: FactLexicon.Match, _ sb: [UInt8]) -> Bool {
        guard t.id == "now", t.range.lowerBound >= 3 else { return false }
        let before = String(decoding: sb[(t.range.lowerBound - 3)..<t.range.lowerBound], as: UTF8.self)
        return ["時", "分", "日", "午", "朝", "昼", "方", "夜", "明"].contains(before)
    }

    /// A date at the head of a story followed by a dash, after at most an agency in brackets:
    /// "WASHINGTON, Oct 22 –", "TOKYO, Dec 4 (Meridian Press) –".
    static func isDateline(_ sb: [UInt8], lo: Int, hi: Int) -> Bool {
        guard lo <= datelineBytes else { return false }
        var rest = String(decoding: sb[hi..<min(sb.count, hi + datelineBytes)], as: UTF8.self)[...]
        rest = rest.drop { $0 == " " }
        if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...].drop { $0 == " " } }
        return rest.hasPrefix("–") || rest.hasPrefix("—") || rest.hasPrefix("- ") || rest.hasPrefix("-- ")
    }

    /// How far into a story's first sentence a dateline's date may be, and how long the agency after it.
    static let datelineBytes = 60

    /// A year figure as a time: `2025`, or a date's year and month `2025-03`. Two-digit fiscal
    /// years (「25年度」) are read against the document's date: the nearest of 2000+n, 平成n and 令和n.
    static func yearText(_ f: Figure, date: Int?) -> String? {
        let v = NSDecimalNumberBridge.int(f.value)
        if f.kind == .year {
            if v >= 1000 { return String(v) }
            guard v > 0, v < 100 else { return nil }
            let reference = (date ?? 0) / 10000
            let candidates = [2000 + v, 1988 + v, 2018 + v]
            if reference > 0 {
                return String(candidates.filter { $0 <= reference + 2 }.min { abs($0 - reference) < abs($1 - reference) } ?? 2000 + v)
            }
            return String(2000 + v)
        }
        if v >= 10_000_000 {
            let month = (v / 100) % 100, day = v % 100
            if month == 0 { return String(v / 10000) }
            return day > 0 ? String(format: "%04d-%02d-%02d", v / 10000, month, day) : String(format: "%04d-%02d", v / 10000, month)
        }
        // 「5日」「7月4日」: a day of the document's month or year, only when the document is dated.
        guard let date, v > 0 else { return nil }
        let year = date / 10000
        if v >= 100 {
            let month = v / 100, day = v % 100
            guard (1...12).contains(month) else { return nil }
            return day > 0 ? String(format: "%04d-%02d-%02d", year, month, day) : String(format: "%04d-%02d", year, month)
        }
        let month = (date / 100) % 100
        guard month > 0, (1...31).contains(v) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, v)
    }

    /// The bytes between a time word and the figure after it are a possessive or nothing:
    /// "last year's 41 percent", 「前年の4.9%」, 「昨年4.9%」.
    static func possessive(_ sb: [UInt8], _ from: Int, _ to: Int) -> Bool {
        let between = String(decoding: sb[from..<to], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return ["", "'s", "’s", "の", "は"].contains(between)
    }

    /// The hour a Japanese sentence states its figures as of, before byte `lo`: 「午前6時現在」 → `06`,
    /// 「午後4時時点」 → `16`, 「5時までに」 → `05`, 「5日朝の時点」 → `morning`; nil without 現在, 時点 or までに.
    static func timeOfDay(in sb: [UInt8], before lo: Int) -> String? {
        let prefix = String(decoding: sb[..<min(lo, sb.count)], as: UTF8.self)
        // 「5日朝には最大約2万3000戸が停電」: a part of a named day dates the figure without 現在.
        let dayPart = prefix.matches(of: dayPartPattern).last
        let marked = prefix.matches(of: timeOfDayPattern).last.map { ($0.range, $0.output.1, $0.output.2) }
        let hour = prefix.matches(of: hourPattern).last.map { ($0.range, $0.output.1, Optional($0.output.2)) }
        guard let m = [marked, hour].compactMap({ $0 }).max(by: { $0.0.upperBound < $1.0.upperBound }) else {
            return dayPart.flatMap { partsOfDay[String($0.output.1)] }
        }
        if let d = dayPart, d.range.lowerBound > m.0.upperBound, let part = partsOfDay[String(d.output.1)] { return part }
        func number(_ s: Substring) -> Int? {
            Int(String(s.unicodeScalars.map { (0xFF10...0xFF19).contains($0.value) ? Character(Unicode.Scalar($0.value - 0xFF10 + 0x30)!) : Character($0) }))
        }
        let part = m.1.map(String.init)
        if let h = m.2.flatMap(number), (0...24).contains(h) {
            let hour = part == "午後" && h < 12 ? h + 12 : h
            return String(format: "%02d", hour)
        }
        guard let part, !["午前", "午後"].contains(part) else { return nil }
        return partsOfDay[part]
    }

    /// 「乗客など23人が午後6時までに病院に運ばれ」: an hour between a Japanese figure and its verb
    /// (starting at most 6 bytes after it, before the next 、 or 。) dates that figure.
    static func timeOfDayAfter(_ sb: [UInt8], hi: Int) -> String? {
        var stop = sb.count
        if let comma = (hi..<stop).first(where: { i in i + 3 <= stop && (sb[i..<(i + 3)].elementsEqual("、".utf8) || sb[i..<(i + 3)].elementsEqual("。".utf8)) }) {
            stop = comma
        }
        guard hi < stop else { return nil }
        let clause = String(decoding: sb[hi..<stop], as: UTF8.self)
        let ranges = [clause.firstMatch(of: timeOfDayPattern)?.range, clause.firstMatch(of: hourPattern)?.range].compactMap { $0 }
        guard let range = ranges.min(by: { $0.lowerBound < $1.lowerBound }),
              clause.utf8.distance(from: clause.startIndex, to: range.lowerBound) <= 6 else { return nil }
        let phrase = Array(clause[range].utf8)
        return timeOfDay(in: phrase, before: phrase.count)
    }

    /// Japanese parts of the day as time-of-day stamps (hours in `FactChecker.hours`).
    static let partsOfDay = ["朝": "morning", "昼": "noon", "正午": "12", "夕方": "evening", "夜": "night", "未明": "dawn", "深夜": "midnight"]

    nonisolated(unsafe) static let dayPartPattern = #/(?:[0-9０-９]{1,2}日|前日|同日|当日)(朝|昼|正午|夕方|夜|未明|深夜)(?:に|には|の|、|から)/#

    /// 「午後3時ごろには」「午前9時に」: an hour without 現在 or 時点.
    nonisolated(unsafe) static let hourPattern = #/(午前|午後)?([0-9０-９]{1,2})時(?:[0-9０-９]{1,2}分)?(?:ごろ|頃)?(?:には|に)/#

    nonisolated(unsafe) static let timeOfDayPattern = #/(午前|午後|正午|朝|昼|夕方|夜|未明|深夜)?(?:([0-9０-９]{1,2})時)?(?:[0-9０-９]{1,2}分)?(?:の)?(?:現在|時点|までに)/#

    /// The hour or part of the day an English figure is stated at: of the time-of-day words in its
    /// sentence, the nearest to the figure's bytes `lo..<hi` ("6 a.m." → `06`, "6:30 p.m." → `18`,
    /// "noon" → `12`, "evening" → `evening`); nil when the sentence has none.
    static func englishTimeOfDay(in sb: [UInt8], lo: Int, hi: Int) -> String? {
        let text = String(decoding: sb, as: UTF8.self)
        var best: (distance: Int, stamp: String)?
        for m in text.matches(of: englishTimeOfDayPattern) {
            let start = text.utf8.distance(from: text.startIndex, to: m.range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: m.range.upperBound)
            if start < hi && lo < end { continue }
            let stamp: String
            if let h = m.output.1.flatMap({ Int($0) }), let half = m.output.2, (1...12).contains(h) {
                let pm = half.lowercased().hasPrefix("p")
                stamp = String(format: "%02d", h == 12 ? (pm ? 12 : 0) : (pm ? h + 12 : h))
            } else if let word = m.output.3?.lowercased() {
                guard let s = ["noon": "12", "midday": "12", "midnight": "midnight", "morning": "morning", "afternoon": "afternoon",
                               "evening": "evening", "night": "night", "dawn": "dawn"][word] else { continue }
                stamp = s
            } else { continue }
            let distance = end <= lo ? lo - end : start - hi
            if best == nil || distance < best!.distance { best = (distance, stamp) }
        }
        return best?.stamp
    }

    nonisolated(unsafe) static let englishTimeOfDayPattern =
        #/(?i)\b(?:([0-9]{1,2})(?::[0-9]{2})?\s?(a\.m\.|p\.m\.|am\b|pm\b)|(noon|midday|midnight|morning|afternoon|evening|night|dawn)\b)/#

    /// A relative time word as a time slot (`last-year` → `2023`), against the publication date `date` (YYYYMMDD). A
    /// weekday is the last such day on or before the date, or with `future` (a forecast, a target:
    /// "expects demand to ease on Wednesday") the next one on or after it.
    static func resolve(_ id: String, date: Int?, future: Bool = false) -> String {
        guard let date else { return id }
        let year = date / 10000, month = (date / 100) % 100
        func monthText(_ offset: Int) -> String {
            var y = year, m = month + offset
            if m < 1 { m += 12; y -= 1 }
            if m > 12 { m -= 12; y += 1 }
            return String(format: "%04d-%02d", y, m)
        }
        switch id {
        case "now", "this-year": return String(year)
        case "last-year": return String(year - 1)
        case "next-year": return String(year + 1)
        case "this-month": return month > 0 ? monthText(0) : String(year)
        case "last-month": return month > 0 ? monthText(-1) : id
        case "next-month": return month > 0 ? monthText(1) : id
        case "today": return day(date, offset: 0) ?? id
        case "yesterday": return day(date, offset: -1) ?? id
        default:
            // "said on Monday": the last Monday on or before the publication date.
            guard id.hasPrefix("weekday-"), let weekday = Int(id.dropFirst(8)), let published = isoWeekday(date) else { return id }
            return day(date, offset: future ? (weekday - published + 7) % 7 : -((published - weekday + 7) % 7)) ?? id
        }
    }

    /// Kinds that a day word dates (`FrameOptions.readsDays`).
    static let dayDated: Set<FigureKind> = [.count, .money, .quantity]

    /// A time word that names a day (today, yesterday, a weekday) rather than a year or month.
    static func namesADay(_ id: String) -> Bool { id == "today" || id == "yesterday" || id == "same-day" || id.hasPrefix("weekday-") }

    /// The Gregorian calendar in UTC: publication dates are days, not instants.
    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// `YYYY-MM-DD` of the day `offset` days from `date` (YYYYMMDD), or nil when `date` names no day.
    static func day(_ date: Int, offset: Int) -> String? {
        guard let start = calendar.date(from: DateComponents(year: date / 10000, month: (date / 100) % 100, day: date % 100)),
              (date / 100) % 100 > 0, date % 100 > 0,
              let shifted = calendar.date(byAdding: .day, value: offset, to: start) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: shifted)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// 1 for Monday … 7 for Sunday, or nil when `date` names no day.
    static func isoWeekday(_ date: Int) -> Int? {
        guard (date / 100) % 100 > 0, date % 100 > 0,
              let d = calendar.date(from: DateComponents(year: date / 10000, month: (date / 100) % 100, day: date % 100)) else { return nil }
        return (calendar.component(.weekday, from: d) + 5) % 7 + 1  // Foundation: 1 = Sunday
    }

    /// A relative time word used as a comparison base: 前年比, 昨年同期比, 前年と比べ.
    func isTimeBase(_ t: FactLexicon.Match, _ sb: [UInt8]) -> Bool {
        let following = Self.slice(sb, t.range.upperBound, min(sb.count, t.range.upperBound + 12))
        return lexicon.matches(.timebase, in: following).contains { $0.range.lowerBound == 0 }
    }

    /// The lower-cased ASCII word (or two-word phrase ending in "with"/"to") right before `lo`.
    static func wordBefore(_ sb: [UInt8], _ lo: Int) -> String {
        var e = lo
        while e > 0, sb[e - 1] == 0x20 { e -= 1 }
        var s = e
        while s > 0, (sb[s - 1] | 0x20) >= 0x61, (sb[s - 1] | 0x20) <= 0x7A { s -= 1 }
        let word = String(decoding: sb[s..<e], as: UTF8.self).lowercased()
        if word == "with" || word == "to" {
            var e2 = s
            while e2 > 0, sb[e2 - 1] == 0x20 { e2 -= 1 }
            var s2 = e2
            while s2 > 0, (sb[s2 - 1] | 0x20) >= 0x61, (sb[s2 - 1] | 0x20) <= 0x7A { s2 -= 1 }
            return String(decoding: sb[s2..<e2], as: UTF8.self).lowercased() + " " + word
        }
        return word
    }

    // MARK: Text helpers

    /// Prefix of the concept a count's own English noun gives (`noun:dose` for "6,300 doses"):
    /// evidence that two counts count the same thing, never a clash on its own.
    static let countedNounPrefix = "noun:"

    /// Nouns too general to say what is counted.
    static let generalCountNouns: Set<String> = ["people", "persons", "person", "times", "cases", "units", "items", "others"]

    /// The concept of the English noun a count is written with (its unit, stemmed), if any.
    static func countedNoun(_ figure: Figure) -> String? {
        guard figure.kind == .count, let unit = figure.unit?.lowercased(), unit.count >= 3,
              unit.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), !generalCountNouns.contains(unit) else { return nil }
        return countedNounPrefix + PorterStemmer().stem(unit)
    }

    /// Words that sit next to figures without naming what they measure.
    static let fillerNouns: Set<String> = ["規模", "水準", "程度", "以上", "以下", "未満", "前後", "現在", "全体", "合計", "今年", "昨年", "余り", "あまり"]

    /// Display fallback when no concept is known: the nearest run of two or more kanji, katakana
    /// or Latin letters after the figure (Japanese puts the noun after 〜の), else before it;
    /// English function words ("of", "was") are passed over.
    static func nounNear(_ bytes: [UInt8], lo: Int, hi: Int, previousEnd: Int, nextStart: Int, skipping functionWords: Set<String> = []) -> String? {
        func chunks(_ range: Range<Int>) -> [String] {
            let text = String(decoding: bytes[window(bytes, range.lowerBound, range.upperBound)], as: UTF8.self)
            var result: [String] = []
            var current = String.UnicodeScalarView()
            func flush() {
                if current.count >= 2 { result.append(String(current)) }
                current.removeAll()
            }
            for s in text.unicodeScalars {
                let v = s.value
                let noun = (0x4E00...0x9FFF).contains(v) || (0x30A1...0x30FA).contains(v) || v == 0x30FC || v == 0x3005
                    || (v < 0x80 && s.properties.isAlphabetic)
                if noun { current.append(s) } else { flush() }
            }
            flush()
            return result.filter { !fillerNouns.contains($0) && !functionWords.contains($0.lowercased()) }
        }
        let afterEnd = max(hi, min(nextStart, hi + 30))
        let beforeStart = min(lo, max(previousEnd, lo - 30))
        if let after = chunks(hi..<afterEnd).first { return after }
        return chunks(beforeStart..<lo).last
    }

    /// Distance in bytes from a match (offset by `base`) to the figure `lo..<hi`.
    static func distance(_ r: Range<Int>, _ base: Int, _ lo: Int, _ hi: Int) -> Int {
        let a = r.lowerBound + base, b = r.upperBound + base
        if b <= lo { return lo - b }
        if a >= hi { return a - hi }
        return 0
    }

    static func slice(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> [UInt8] {
        let r = window(bytes, lo, hi)
        return Array(bytes[r])
    }

    /// `lo..<hi` clipped to the buffer and moved off UTF-8 continuation bytes.
    static func window(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> Range<Int> {
        var a = max(0, min(lo, bytes.count)), b = max(0, min(hi, bytes.count))
        while a < bytes.count, a > 0, bytes[a] & 0xC0 == 0x80 { a += 1 }
        while b < bytes.count, b > 0, bytes[b] & 0xC0 == 0x80 { b -= 1 }
        return a..<max(a, b)
    }
}

/// Exact conversion of small integral decimals, without going through Double.
enum NSDecimalNumberBridge {
    static func int(_ value: Decimal) -> Int {
        var rounded = Decimal()
        var v = value
        NSDecimalRound(&rounded, &v, 0, .down)
        return Int((rounded as NSDecimalNumber).int64Value)
    }
}
