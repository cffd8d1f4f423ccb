package app.runaway.llm;

import app.runaway.coach.Narrator;
import dev.langchain4j.model.chat.ChatModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat model, only when an LLM is configured (a provider, or a key that implies one): otherwise there is no
 * model, {@link Narrators} answer {@link Narrator#NONE} and the coach keeps its rules' words. The model is a bean of
 * its own, so that another provider or a test double can take its place. Public, and enabling its own settings, so
 * that an application that does not scan this package (the coach role) can import it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmConfiguration.LlmConfigured.class)
@EnableConfigurationProperties(LlmSettings.class)
public class LlmConfiguration {

    @Bean
    ChatModel narrativeChatModel(LlmSettings settings) {
        return ChatModels.from(settings);
    }


    /** Reads the same settings the beans get, before they exist: the key alone may decide. */
    static final class LlmConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("runaway.llm", LlmSettings.class)
                    .map(LlmSettings::configured).orElse(false);
        }
    }
}
