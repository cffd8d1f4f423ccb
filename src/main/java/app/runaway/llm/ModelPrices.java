package app.runaway.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * What a model's tokens cost, in US dollars per million, as the providers list them (November 2026) for the models
 * Runaway chooses by default. A model not listed (a local one, or one the operator named) has no known price: its
 * answers record tokens and no cost rather than a made-up one.
 */
public final class ModelPrices {
    private record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    private static final Map<String, Price> PRICES = Map.of(
            "claude-haiku-4-5", new Price(new BigDecimal("1.00"), new BigDecimal("5.00")),
            "claude-sonnet-4-6", new Price(new BigDecimal("3.00"), new BigDecimal("15.00")),
            "claude-sonnet-4-5", new Price(new BigDecimal("3.00"), new BigDecimal("15.00")),
            "claude-opus-4-5", new Price(new BigDecimal("5.00"), new BigDecimal("25.00")),
            "gpt-4o-mini", new Price(new BigDecimal("0.15"), new BigDecimal("0.60")),
            "gpt-4o", new Price(new BigDecimal("2.50"), new BigDecimal("10.00")));
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private ModelPrices() {
    }

    /** The estimated cost of one answer; dated model ids ("claude-haiku-4-5-20251001") price as their family. */
    public static Optional<BigDecimal> cost(String model, long inputTokens, long outputTokens) {
        if (model == null) {
            return Optional.empty();
        }
        // the longest matching name: "gpt-4o-mini" is not priced as "gpt-4o"
        return PRICES.entrySet().stream().filter(e -> model.equals(e.getKey()) || model.startsWith(e.getKey() + "-"))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                .map(price -> price.inputPerMillion().multiply(BigDecimal.valueOf(inputTokens))
                        .add(price.outputPerMillion().multiply(BigDecimal.valueOf(outputTokens)))
                        .divide(MILLION, 6, RoundingMode.HALF_UP));
    }
}
