package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.Narrator;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Which beans exist for which settings; a plain context, no database. */
class LlmConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LlmSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, LlmConfiguration.class, ModelGate.class, Narrators.class)
            .withBean(JsonMapper.class, () -> TenKRunner.JSON)
            // as application.properties maps them when the environment sets nothing
            .withPropertyValues("runaway.llm.provider=", "runaway.llm.api-key=", "runaway.llm.base-url=",
                    "runaway.llm.model=", "runaway.llm.timeout=10s");

    @Test
    void with_no_provider_and_no_key_there_is_no_model_and_the_coach_keeps_its_rules() {
        context.run(app -> {
            assertThat(app).hasNotFailed().doesNotHaveBean(ChatModel.class);
            assertThat(app.getBean(Narrators.class).forAthlete(1)).isSameAs(Narrator.NONE);
            assertThat(app.getBean(LlmSettings.class).configured()).isFalse();
        });
    }

    @Test
    void provider_none_turns_the_model_off_even_with_a_key() {
        context.withPropertyValues("runaway.llm.provider=none", "runaway.llm.api-key=sk-ant-x")
                .run(app -> {
                    assertThat(app).doesNotHaveBean(ChatModel.class);
                    assertThat(app.getBean(Narrators.class).forAthlete(1)).isSameAs(Narrator.NONE);
                });
    }

    @Test
    void an_anthropic_key_alone_selects_anthropic() {
        context.withPropertyValues("runaway.llm.api-key=sk-ant-api03-abc", "runaway.llm.timeout=3s").run(app -> {
            assertThat(app).hasSingleBean(ChatModel.class);
            assertThat(app.getBean(ChatModel.class)).isInstanceOf(AnthropicChatModel.class);
            var settings = app.getBean(LlmSettings.class);
            assertThat(settings.effectiveModel()).isEqualTo("claude-haiku-4-5");
            assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(settings.toString()).doesNotContain("sk-ant-api03-abc").contains("apiKey=(set)");
        });
    }

    @Test
    void an_openai_compatible_server_needs_no_key() {
        context.withPropertyValues("runaway.llm.provider=openai", "runaway.llm.base-url=http://localhost:11434/v1",
                "runaway.llm.model=llama3.2").run(app -> {
            // the operator's own model on this machine: no third party, so the gate lets any athlete's data through
            assertThat(app.getBean(Narrators.class).forAthlete(1)).isNotSameAs(Narrator.NONE);
            assertThat(app.getBean(ChatModel.class)).isInstanceOf(OpenAiChatModel.class);
        });
    }

    @Test
    void anthropic_without_a_key_fails_at_start_saying_what_is_missing() {
        context.withPropertyValues("runaway.llm.provider=anthropic").run(app ->
                assertThat(app).hasFailed().getFailure().rootCause().hasMessageContaining("ANTHROPIC_API_KEY"));
    }
}
