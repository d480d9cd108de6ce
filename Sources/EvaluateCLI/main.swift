// Placeholder until the evaluation harness lands.
print("evaluate: not built yet")
