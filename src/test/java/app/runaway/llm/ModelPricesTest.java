package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModelPricesTest {
    @Test
    void each_model_at_its_own_list_price() {
        assertThat(ModelPrices.cost("claude-haiku-4-5", 1_000_000, 100_000)).contains(new BigDecimal("1.500000"));
        assertThat(ModelPrices.cost("claude-haiku-4-5-20251001", 2_000, 0)).contains(new BigDecimal("0.002000"));
        assertThat(ModelPrices.cost("gpt-4o-mini", 1_000_000, 0)).contains(new BigDecimal("0.150000"));
        assertThat(ModelPrices.cost("gpt-4o", 1_000_000, 0)).contains(new BigDecimal("2.500000"));
        assertThat(ModelPrices.cost("llama3.2", 1_000, 1_000)).isEmpty();
    }
}
