/// How far around a figure the frame reader looks for what the figure measures. All distances
/// are UTF-8 bytes of the figure's sentence (a kanji or kana is 3 bytes, a Latin letter 1).
public struct FrameOptions: Sendable, Equatable {
    /// Context window each side of a figure (for concepts when its clause names none, and for
    /// the context similarity of two figures).
    public var contextBytes = 90
    /// The figure's clause reaches at most this far each side, and stops at neighbouring figures:
    /// modality, concepts and aggregation are read from it.
    public var clauseBytes = 60
    /// A cue after a figure (3%増, 1日あたり, "a day") must start within this many bytes of its end.
    public var afterCueGap = 3
    /// A cue word right before a figure ("rose to 3%", "from 2%") ends within this many bytes of its start.
    public var beforeCueGap = 2
    /// An aggregation cue (うち, "of whom") stands at most this many bytes before the figure.
    public var aggregationBytes = 60
    /// A Japanese modality cue before the figure (組合の要求（6.4%）, 目標の3%, 「予想する値上げ幅は50%」) ends
    /// within this many bytes of it (18 → 24 on the tuning half: one false conflict fewer, nothing else changed).
    public var japaneseModalityBeforeBytes = 24
    /// A measure key this close to the figure (「死者12人」, "12 deaths") is read with confidence:
    /// two different adjacent keys block a pair; looser keys only withhold evidence.
    public var adjacentKeyBytes = 12
    /// In Japanese a year or date dates the figure after it when that figure starts within this many bytes.
    public var modifierBytes = 40
    /// Japanese: a year dates the first figure after it even beyond `modifierBytes`, and the
    /// figures after that up to the next year (「2025年2月期の売上高は約6200億円、営業利益は231億円で、
    /// 2026年2月期は…245億円」); a year never dates a figure before it while one follows.
    public var japaneseYearDatesAFollowingFigure = true
    /// English: a figure followed by "of" and another number ("140 of the chain's 312 stores")
    /// is a part of that number (`Aggregation.subtotal`), compared only with other parts.
    public var partOfAFigureAfterIt = true
    /// English: a figure whose clause names no measure takes the measures of the words before it
    /// back to the previous figure ("The death toll from … rose to 26"), before the wider context.
    public var englishSubjectBeforeTheClause = true
    /// A carried-over entity applies to at most this many following sentences.
    public var entityScope = 3
    /// In Japanese, a measure word after a figure and before the sentence's next figure names the
    /// next figure, not this one, unless joined to it by の or が (「補助は最大4670億円で、投資額の約
    /// 4割」: 投資額 is the 4割's), or by a relative clause (「GDP比2.6%だった国防費」). Tuning half:
    /// conflict recall 0.55 → 0.57 (precision 0.79 both), one consistent pair more; test half:
    /// five consistent pairs more, one false conflict fewer.
    public var japaneseMeasureAfterFigureIsNext = true
    /// In Japanese, an hour or part of the day that a dated figure is stated as of (「9日午前6時
    /// 現在」, 「5日朝の時点」, 「5日朝には」) refines its time (`2025-03-09T06`): two counts of a developing story at
    /// different hours are `notComparable`; an hour inside the part of the day named (午前6時 and
    /// 朝) agrees. Tuning half: conflict precision 0.79 → 0.82 (two false conflicts fewer), recall
    /// and consistent pairs unchanged; test half unchanged.
    public var readsTimeOfDay = true
    /// The same in English, from the time-of-day words nearest the figure in its sentence ("as of
    /// 6 a.m. on Tuesday", "in its 6 p.m. update", "on Tuesday evening", "up from 47 in the
    /// morning"), so a morning tally and an evening one of the same day are `notComparable` and
    /// an English 6 a.m. agrees with a Japanese 朝. With 正午 added to the Japanese words, 同日
    /// read as the day named before, 「午後5時現在」 without a day read as of the publication day
    /// and datelines no longer dating figures, on the 74 clusters: tuning half conflict precision
    /// 0.72 → 0.76 (recall 0.56 both), look-alikes called conflict 2.6% → 1.7%; test half precision
    /// 0.47 → 0.50, look-alikes 6.7% → 5.7%, recall unchanged.
    public var readsEnglishTimeOfDay = true
    /// In English, a country in a possessive that opens an appositive ("Exports to the United
    /// States, Japan's largest export market, fell 2.3%") describes the entity named before it
    /// and is not the figure's entity (unless it is the sentence's first). Tuning half: one false
    /// conflict fewer, one consistent pair more; test half unchanged.
    public var appositivePossessiveIsNotTheEntity = true
    /// In English, a country inside a non-restrictive relative clause ("Shipments to Asia, which
    /// account for more than half of Japan's exports, rose 7.4%") describes the entity before it
    /// and is not the figure's entity (unless it is the sentence's first).
    public var relativeClauseEntityIsNotTheEntity = true
    /// In Japanese, a destination cue right after a country (「米国向けは3.2%減」: what goes to the
    /// US) gives the figure its measure (`destination` terms of the lexicon: exports) when its
    /// clause names none.
    public var destinationNamesTheMeasure = true
    /// A date or year right after an English event cue ("opened in 1962", "was confirmed on Jan.
    /// 24") or right before a Japanese one (「2027年12月に稼働」) is the date of that event
    /// (`Measure.event`): compared with other dates of the same event, never a quantity's time.
    public var readsEventDates = true
    /// A generic "per" cue (あたり, 当たり, "per") right after a quantity or before a unit word
    /// ("5キロあたり4268円", "$80 per barrel") gives a unit price, not a per-person amount.
    public var unitRatesAreNotPerCapita = true
    /// How far after an English figure "a day" or "per day" may stand and still make it a daily
    /// amount, in bytes ("£45m of trade a day"); other aggregation cues after a figure must
    /// follow within `afterCueGap`.
    public var dailyCueGap = 12
    /// A plain figure after a larger one of the same kind and unit in its sentence may be a
    /// part of it (`Measure.followsLargerFigure`), so it is compared with marked parts too.
    public var listedPartsMeetMarkedParts = true
    /// A part cue (うち, "including", "of whom") introduces the figure after it: the figure right
    /// before it is the whole ("652 homes, including 61 destroyed"), not a part.
    public var partCuesPrecedeThePart = true
    /// How far an event cue may stand from its date, in bytes (English: before it, with only
    /// "on", "in" or "at" between; Japanese: after it, with only に, の, から or には between).
    public var eventCueBytes = 24
    /// A relative time word ending at most this far before a figure, with only a possessive
    /// between ("last year's", 「前年の」), dates that figure firmly (`Measure.timeIsAtFigure`).
    public var timeAtFigureBytes = 4

    /// In English, a figure that only range words join to the figure before ("jumped 52 percent
    /// to 1.68 million", "between 20 and 30") shares that figure's clause: the subject before the
    /// first names what both measure. Tuning half: one conflict more (conflict F1 0.67 → 0.68,
    /// precision 0.82 both); test half unchanged.
    public var englishRangeSharesClause = true

    /// Day words date a count, an amount or a quantity to a day, resolved against the publication
    /// date: "on Monday" (the last Monday on or before it), "yesterday", "today", 昨日, 本日. Two
    /// counts of a developing story given on different days ("2,300 residents … said on Monday" and
    /// "2,600 residents … on Tuesday morning") are then `notComparable`, as 9日 and 10日 are in
    /// Japanese. A year or month in the sentence names the period instead (the day is then the
    /// report's), and ratios and durations are not dated by a day. Tuning half: conflict precision
    /// 0.82 → 0.86 (F1 0.68 → 0.69), look-alikes called conflict 1.2% → 0.6%, consistent pairs
    /// unchanged; test half: precision 0.48 → 0.51, look-alikes 7.6% → 6.4%, recall and consistent
    /// pairs unchanged.
    public var readsDays = true

    /// A figure whose sentence names no country but a national body that reports its own
    /// country's figures (`organization:CC` in entities.tsv: 総務省, the BLS, the Bank of England)
    /// has that country as its entity (and carries it to the next sentences, as a named country
    /// does), so it does not pair with another country's figure. Tuning half: look-alikes called
    /// conflict 2 → 1 of 210, conflicts unchanged; test half: one look-alike fewer, one consistent
    /// pair fewer.
    public var organizationNamesItsCountry = true

    /// The defaults: every rule on, every distance as documented above.
    public init() {}
}
