package app.runaway.chat;

import app.runaway.mydata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chat's two sections of "my data": the conversations (every message) and what the assistant remembers. */
@Configuration(proxyBeanMethods = false)
class ChatData {

    @Bean
    PersonalData conversationData(Conversations conversations) {
        return new PersonalData() {
            @Override
            public String section() {
                return "conversations";
            }

            @Override
            public List<Map<String, Object>> rows(long athleteId) {
                return conversations.all(athleteId).stream().map(m -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("conversation_id", m.conversationId().toString());
                    row.put("role", m.role());
                    row.put("content", m.content());
                    row.put("sources", m.sourcesJson());
                    row.put("mode", m.mode());
                    row.put("model", m.model());
                    row.put("created_at", m.createdAt() == null ? null : m.createdAt().toString());
                    return (Map<String, Object>) row;
                }).toList();
            }

            @Override
            public void erase(long athleteId) {
                conversations.deleteAll(athleteId);
            }
        };
    }

    @Bean
    PersonalData memoryData(AthleteMemory memory) {
        return new PersonalData() {
            @Override
            public String section() {
                return "memory";
            }

            @Override
            public List<Map<String, Object>> rows(long athleteId) {
                return memory.facts(athleteId).stream().map(f -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("id", f.id());
                    row.put("kind", f.kind());
                    row.put("text", f.text());
                    row.put("learned_at", f.learnedAt() == null ? null : f.learnedAt().toString());
                    return (Map<String, Object>) row;
                }).toList();
            }

            @Override
            public void erase(long athleteId) {
                memory.forgetAll(athleteId);
            }
        };
    }
}
