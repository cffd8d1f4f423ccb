package app.runaway.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text a JSON body carries passes {@link TextInput} as it is read, whatever the endpoint binds it to (a record,
 * or a map of values): a NUL, an unpaired surrogate or a control character answers 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

    @Bean
    JacksonModule checkedTextModule() {
        return new SimpleModule("checked-text").addDeserializer(String.class, new CheckedStringDeserializer());
    }

    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {
        CheckedStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                TextInput.problem(text).ifPresent(reason -> {
                    throw new InvalidInputException(fieldOf(parser), reason);
                });
            }
            return text;
        }

        private static String fieldOf(JsonParser parser) {
            var context = parser.streamReadContext();
            while (context != null) {
                if (context.currentName() != null) {
                    return context.currentName();
                }
                context = context.getParent();
            }
            return "body";
        }
    }
}
