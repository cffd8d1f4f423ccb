package app.runaway.chat;

import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.platform.NotFoundException;
import app.runaway.security.CurrentAthlete;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Chat about one's own training, as the existing client calls it. */
@RestController
class ChatController {
    private static final Set<String> FIELDS = Set.of("message", "conversation_id", "athlete_id");
    private static final int HISTORY = 50;

    private final ChatService chat;
    private final Conversations conversations;
    private final AthleteMemory memory;
    private final JsonMapper json;

    ChatController(ChatService chat, Conversations conversations, AthleteMemory memory, JsonMapper json) {
        this.chat = chat;
        this.memory = memory;
        this.conversations = conversations;
        this.json = json;
    }

    @PostMapping("/api/chat")
    ChatService.Reply ask(@AuthenticationPrincipal CurrentAthlete athlete, @RequestBody Map<String, Object> body) {
        RequestFields.requireKnown(body, FIELDS);
        athlete.requireSame(body.get("athlete_id"));
        if (body.get("message") != null && !(body.get("message") instanceof String)) {
            throw new InvalidInputException("message", "must be a text");
        }
        var conversation = body.get("conversation_id");
        return chat.ask(athlete.id(), (String) body.get("message"), conversation == null ? null
                : String.valueOf(conversation));
    }

    record MessageView(UUID conversationId, String role, String content, JsonNode sources, String mode, String model,
                       Integer inputTokens, Integer outputTokens, java.math.BigDecimal costUsd, Instant createdAt) {
    }

    record History(long athleteId, List<MessageView> messages) {
    }

    /** The existing client names the athlete in the path; another athlete's history is as absent as none. */
    @GetMapping("/api/chat/history/{athleteId}")
    History history(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable String athleteId) {
        if (!athleteId.strip().equals(String.valueOf(athlete.id()))) {
            throw new NotFoundException("chat history");
        }
        return new History(athlete.id(), conversations.recent(athlete.id(), HISTORY).stream().map(this::view)
                .toList());
    }

    record Memory(List<AthleteMemory.Fact> facts) {
    }

    /** What the assistant remembers about the athlete, to read and to delete. */
    @GetMapping("/api/chat/memory")
    Memory memory(@AuthenticationPrincipal CurrentAthlete athlete) {
        return new Memory(memory.facts(athlete.id()));
    }

    @DeleteMapping("/api/chat/memory/{factId}")
    ResponseEntity<Void> forget(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable String factId) {
        if (!memory.forget(athlete.id(), factId)) {
            throw new NotFoundException("remembered fact " + factId);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/chat/memory")
    ResponseEntity<Void> forgetAll(@AuthenticationPrincipal CurrentAthlete athlete) {
        memory.forgetAll(athlete.id());
        return ResponseEntity.noContent().build();
    }

    record Usage(List<Conversations.DailyUsage> days) {
    }

    /** What chat cost per day over the last 90 days: answers, LLM answers, tokens and estimated dollars. */
    @GetMapping("/api/chat/usage")
    Usage usage(@AuthenticationPrincipal CurrentAthlete athlete) {
        return new Usage(conversations.usage(athlete.id(), chat.timezone(athlete.id()), 90));
    }

    record ConversationList(List<Conversations.Summary> conversations) {
    }

    @GetMapping("/api/chat/conversations")
    ConversationList list(@AuthenticationPrincipal CurrentAthlete athlete) {
        return new ConversationList(conversations.list(athlete.id()));
    }

    record ConversationView(UUID id, List<MessageView> messages) {
    }

    @GetMapping("/api/chat/conversations/{id}")
    ConversationView conversation(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable UUID id) {
        if (!conversations.belongsTo(athlete.id(), id)) {
            throw new NotFoundException("conversation " + id);
        }
        return new ConversationView(id, conversations.messages(athlete.id(), id).stream().map(this::view).toList());
    }

    private MessageView view(Conversations.Message message) {
        return new MessageView(message.conversationId(), message.role(), message.content(),
                message.sourcesJson() == null ? null : json.readTree(message.sourcesJson()), message.mode(),
                message.model(), message.inputTokens(), message.outputTokens(), message.costUsd(),
                message.createdAt());
    }
}
