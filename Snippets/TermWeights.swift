//! Fit term weights (IDF) on your own corpus and summarize with them.
import Precis

do {
    let corpus = [
        "The central bank raised its rate to 0.5%.",
        "The bank's rate decision surprised markets.",
        "Exports rose 3% in March.",
    ]
    var builder = IDFModelBuilder(tokenizer: try Tokenizer.bundled(for: .en))   // throws ModelLoadError
    builder.add(documents: corpus, batch: OrderedBatch())  // the same model for any number of jobs
    let model = builder.build(minimumDocumentFrequency: 1)
    print(model.documentCount, "documents; idf(rate) =", model.idf("rate"))
    print(model.serialized().prefix(200))                 // the text format `precis idf fit` writes
} catch {
    print("error: \(error)")
}
