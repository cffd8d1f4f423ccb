package app.runaway.chat;

import app.runaway.activity.ActivityReader;
import app.runaway.job.Jobs;
import app.runaway.search.ActivityEmbeddings;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A question in, an answer out, both kept in the conversation. */
@Service
class ChatService {
    static final int LONGEST_MESSAGE = 2_000;

    private final OfflineEngine offline;
    private final MemoryKeeper memory;
    private final AnswerCache cache;
    private final ChatTools tools;
    private final Conversations conversations;
    private final ActivityReader activities;
    private final Jobs jobs;
    private final ActivityEmbeddings embeddings;
    private final JsonMapper json;
    private final Clock clock;

    ChatService(OfflineEngine offline, MemoryKeeper memory, AnswerCache cache, ChatTools tools, Conversations conversations, ActivityReader activities,
                Jobs jobs, ActivityEmbeddings embeddings, JsonMapper json, Clock clock) {
        this.embeddings = embeddings;
        this.offline = offline;
        this.memory = memory;
        this.cache = cache;
        this.tools = tools;
        this.conversations = conversations;
        this.activities = activities;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    record Source(long id, Long stravaId, LocalDate date, String name, String sportType, double distanceM) {
    }

    /** How fresh and complete the data behind the answer is: stored activities, last import, embeddings pending. */
    record DataState(long activities, Instant lastImportAt, long embeddingsPending) {
    }

    record Reply(String answer, UUID conversationId, List<Source> sources, String mode, String model,
                 Map<String, Object> usage, Map<String, Object> context, Instant timestamp, DataState data) {
    }

    @Transactional
    Reply ask(long athleteId, String message, String conversationId) {
        if (message == null || message.isBlank() || message.length() > LONGEST_MESSAGE) {
            throw new InvalidInputException("message", "must be a question of 1 to " + LONGEST_MESSAGE + " characters");
        }
        var conversation = conversation(athleteId, message, conversationId);
        var scope = new AthleteScope(athleteId);
        var profile = tools.profile(scope);
        var today = LocalDate.now(clock.withZone(profile.timezone()));
        var statement = Statement.read(message);
        var cached = statement.isPresent()
                ? new AnswerCache.Cached(memory.apply(scope, statement.get(), today), false)
                : cache.get(athleteId, message, today, () -> offline.answer(scope, message.strip(), today, profile.units()));
        var answer = cached.answer();
        var sources = answer.sources().stream().map(a -> new Source(a.id(), a.stravaId(),
                a.startDateLocal().toLocalDate(), a.name(), a.sportType(), a.distanceM())).toList();
        conversations.addExchange(athleteId, conversation, message.strip(), answer.text(),
                json.writeValueAsString(sources), "offline");
        var data = new DataState(activities.count(athleteId), jobs.lastSucceeded(athleteId, "import").orElse(null),
                embeddings.status(athleteId).pending());
        var context = new java.util.LinkedHashMap<String, Object>(answer.context());
        context.put("cached", cached.hit());
        return new Reply(answer.text(), conversation, sources, "offline", null, null, context, clock.instant(), data);
    }

    String timezone(long athleteId) {
        return tools.profile(new AthleteScope(athleteId)).timezone().getId();
    }

    private UUID conversation(long athleteId, String message, String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            return conversations.start(athleteId, message.strip());
        }
        UUID id;
        try {
            id = UUID.fromString(conversationId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("conversation_id", "is not a conversation id");
        }
        if (!conversations.belongsTo(athleteId, id)) {
            throw new NotFoundException("conversation " + id);
        }
        return id;
    }
}
