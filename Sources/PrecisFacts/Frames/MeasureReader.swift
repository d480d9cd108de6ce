import Foundation
import PrecisText

/// Reads what each figure of a document measures from the words around it.
///
/// Windows are byte ranges of the figure's sentence: about 30 characters each side for context
/// and concepts; for modality, only the text between the figure and its neighbouring figures, so
/// that in 「GDP比2.6%だった国防費を3.8%へ引き上げることを要求」 the demand attaches to 3.8% alone.
struct MeasureReader {
    let lexicon: FactLexicon
    /// Context window each side of a figure, in UTF-8 bytes.
    static let contextBytes = 90
    /// Modality window each side, in UTF-8 bytes, cut at neighbouring figures.
    static let modalityBytes = 60

    /// Figures of `document` with their measures, in document order.
    func read(_ document: Document, figures: [Figure]) -> [SourcedFigure] {
        let bytes = Array(document.text.utf8)
        var result: [SourcedFigure] = []
        var lastEntity: String?
        var f = 0
        let sorted = figures.sorted { $0.start < $1.start }
        for sentence in document.sentences {
            var inSentence: [Figure] = []
            while f < sorted.count, sorted[f].start < sentence.end {
                if sorted[f].start >= sentence.start { inSentence.append(sorted[f]) }
                f += 1
            }
            let sentenceBytes = Array(bytes[sentence.start..<sentence.end])
            let entities = lexicon.matches(.entity, in: sentenceBytes)
            let times = lexicon.matches(.time, in: sentenceBytes)
            let attributed = !lexicon.matches(.source, in: sentenceBytes).isEmpty
            var lastBase: [FigureKind: String?] = [:]  // the ratio base of the sentence's previous percentage
            let years = inSentence.filter { $0.kind == .year || ($0.kind == .date && $0.value >= 10_000_000) }
            for (k, figure) in inSentence.enumerated() where figure.isComparable {
                let lo = figure.start - sentence.start, hi = figure.end - sentence.start
                let previousEnd = k > 0 ? inSentence[k - 1].end - sentence.start : 0
                let nextStart = k + 1 < inSentence.count ? inSentence[k + 1].start - sentence.start : sentenceBytes.count
                let context = Self.window(sentenceBytes, lo - Self.contextBytes, hi + Self.contextBytes)
                let before = Self.slice(sentenceBytes, max(previousEnd, lo - Self.modalityBytes), lo)
                let after = Self.slice(sentenceBytes, hi, min(nextStart, hi + Self.modalityBytes))

                var measure = Measure(subject: nil, concepts: [], base: nil, entity: nil, entityInherited: false, time: nil, modality: .reported, attributed: attributed)
                // Ratio base: right before the figure (brackets dropped: 国内総生産(GDP)比), right
                // after it in English (of GDP), or that of the previous percentage of the sentence
                // (「GDP比2.6%だった国防費を3.8%へ」).
                let nearBefore = Self.slice(sentenceBytes, max(0, lo - 30), lo).filter { !"()（）".utf8.contains($0) }
                measure.base = lexicon.matches(.base, in: nearBefore).last?.id
                    ?? lexicon.matches(.base, in: Self.slice(sentenceBytes, hi, min(sentenceBytes.count, hi + 40))).first { $0.term.utf8.allSatisfy { $0 < 0x80 } }?.id
                if measure.base == nil, figure.kind == .percent || figure.kind == .percentagePoints {
                    measure.base = lastBase[figure.kind] ?? nil
                }
                if figure.kind == .percent || figure.kind == .percentagePoints { lastBase[figure.kind] = measure.base }
                // Concepts of the figure's own clause (between its neighbouring figures), else of
                // the wider context; the base's own concept (GDP of "GDP比") is not the measure.
                let clause = Self.window(sentenceBytes, max(previousEnd, lo - Self.modalityBytes), min(nextStart, hi + Self.modalityBytes))
                var concepts = lexicon.matches(.concept, in: Array(sentenceBytes[clause])).filter { $0.id != "@gdp" || measure.base != "GDP" }
                var conceptBase = clause.lowerBound
                if concepts.isEmpty {
                    concepts = lexicon.matches(.concept, in: Array(sentenceBytes[context])).filter { $0.id != "@gdp" || measure.base != "GDP" }
                    conceptBase = context.lowerBound
                }
                measure.concepts = Array(Set(concepts.map(\.id))).sorted()
                let nearest = concepts.min { Self.distance($0.range, conceptBase, lo, hi) < Self.distance($1.range, conceptBase, lo, hi) }
                measure.subject = nearest?.term ?? Self.nounNear(sentenceBytes, lo: lo, hi: hi, previousEnd: previousEnd, nextStart: nextStart)
                // Modality: the strongest cue between this figure and its neighbours. Japanese puts
                // it after the figure (3.8%へ引き上げることを要求); English cues may precede it.
                let cues = Set(lexicon.matches(.modality, in: before).filter { $0.term.utf8.allSatisfy { $0 < 0x80 } }.map(\.id)
                    + lexicon.matches(.modality, in: after).map(\.id))
                for modality in [Modality.demand, .proposal, .target, .forecast] where cues.contains(modality.rawValue) {
                    measure.modality = modality
                    break
                }
                // Entity: the nearest in the sentence, else the last one of earlier sentences.
                if let e = entities.min(by: { Self.distance($0.range, 0, lo, hi) < Self.distance($1.range, 0, lo, hi) }) {
                    measure.entity = e.id
                } else if let lastEntity {
                    measure.entity = lastEntity
                    measure.entityInherited = true
                }
                // Time: an explicit year stated in the sentence, else a relative time word.
                if figure.kind != .year && figure.kind != .date {
                    if let year = years.min(by: { abs($0.start - figure.start) < abs($1.start - figure.start) }) {
                        let value = NSDecimalNumberBridge.int(year.value)
                        measure.time = String(year.kind == .year ? value : value / 10_000)
                    } else if let t = times.first {
                        measure.time = t.id
                    }
                }
                result.append(SourcedFigure(document: document.id, sentence: sentence.index, start: figure.start, end: figure.end,
                                            sentenceStart: sentence.start, sentenceEnd: sentence.end, sentenceText: sentence.text,
                                            figure: figure, measure: measure, previousFigureEnd: sentence.start + previousEnd,
                                            nextFigureStart: sentence.start + nextStart))
            }
            if let e = entities.last { lastEntity = e.id }
        }
        return result
    }

    /// Words that sit next to figures without naming what they measure.
    static let fillerNouns: Set<String> = ["規模", "水準", "程度", "以上", "以下", "未満", "前後", "現在", "全体", "合計", "今年", "昨年", "余り", "あまり"]

    /// Display fallback when no concept is known: the nearest run of two or more kanji, katakana
    /// or Latin letters after the figure (Japanese puts the noun after 〜の), else before it.
    static func nounNear(_ bytes: [UInt8], lo: Int, hi: Int, previousEnd: Int, nextStart: Int) -> String? {
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
            return result.filter { !fillerNouns.contains($0) }
        }
        if let after = chunks(hi..<min(nextStart, hi + 30)).first { return after }
        return chunks(max(previousEnd, lo - 30)..<lo).last
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
