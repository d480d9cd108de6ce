// PrecisFacts: what each figure measures (its frame), pairing of figures across sources, and
// verdicts. Stages: Frames/ (reading a figure's frame), Pairing/ (which figures to compare),
// Verdict/ (intervals and outcomes), Lexicon/ (the word lists). Figures come from PrecisFigures.
@_exported import PrecisFigures
