package app.runaway.chat;

import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.chat.llm.LlmChat;
import app.runaway.chat.offline.OfflineEngine;
import app.runaway.llm.ModelPrices;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import app.runaway.query.AthleteScope;
import app.runaway.query.DataFreshness;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A question in, an answer out, both kept in the conversation. With a language model configured the model answers
 * through the query catalogue's tools ({@link LlmChat}); without one, or when its answer cannot be used, the offline
 * engine does, and the reply says which and why. No transaction spans the answer: a model may take seconds, and the
 * exchange is stored in one short transaction at the end.
 */
@Service
public class ChatService {
    static final int LONGEST_MESSAGE = 2_000;
    private static final int HISTORY_MESSAGES = 6;

    private final OfflineEngine offline;
    private final LlmChat llm;
    private final MemoryKeeper memory;
    private final AnswerCache cache;
    private final AthleteProfiles profiles;
    private final Conversations conversations;
    private final DataFreshness freshness;
    private final JsonMapper json;
    private final Clock clock;

    ChatService(OfflineEngine offline, LlmChat llm, MemoryKeeper memory, AnswerCache cache, AthleteProfiles profiles,
                Conversations conversations, DataFreshness freshness, JsonMapper json, Clock clock) {
        this.offline = offline;
        this.llm = llm;
        this.memory = memory;
        this.cache = cache;
        this.profiles = profiles;
        this.conversations = conversations;
        this.freshness = freshness;
        this.json = json;
        this.clock = clock;
    }

    public record Source(long id, Long stravaId, LocalDate date, String name, String sportType, double distanceM) {
    }

    /** Tokens over every model call of the answer, and the estimated price (null when the model's is unknown). */
    public record Usage(int modelCalls, long inputTokens, long outputTokens, BigDecimal costUsd) {
    }

    /**
     * @param verified     whether every figure and date of the answer was checked against this turn's data and held
     *                     (the offline engine's answers are checked like a model's); false for a refusal, which
     *                     states no figures
     * @param verification why it is or is not verified, in words
     * @param note         why the offline engine answered although a model is configured, else null
     */
    public record Reply(String answer, UUID conversationId, List<Source> sources, String mode, String model, Usage usage,
                 boolean verified, String verification, String note, Map<String, Object> context,
                 Instant timestamp, DataFreshness.DataState data) {
    }

    /** An answer with what produced it; {@code cacheable} when asking again would give the same. */
    record Answered(ChatAnswer answer, String mode, String model, Usage usage, String note, boolean cacheable,
                    boolean verified, String verification) {
        static Answered offline(OfflineEngine.Answer answer, String note, boolean cacheable, String model,
                                Usage usage) {
            return new Answered(new ChatAnswer(answer.text(), answer.family(), answer.sources(), answer.context()),
                    "offline", model, usage, note, cacheable, answer.verified(), answer.verification());
        }
    }

    public Reply ask(long athleteId, String message, String conversationId) {
        if (message == null || message.isBlank() || message.length() > LONGEST_MESSAGE) {
            throw new InvalidInputException("message", "must be a question of 1 to " + LONGEST_MESSAGE + " characters");
        }
        var question = message.strip();
        var existing = existingConversation(athleteId, conversationId);
        var conversation = existing == null ? UUID.randomUUID() : existing;
        var scope = new AthleteScope(athleteId);
        var profile = profiles.get(athleteId);
        var today = LocalDate.now(clock.withZone(profile.timezone()));
        var freshness = this.freshness.of(athleteId);
        var statement = Statement.read(question);
        AnswerCache.Cached<Answered> cached;
        if (statement.isPresent()) {
            cached = new AnswerCache.Cached<>(new Answered(memory.apply(scope, statement.get(), today), "offline",
                    null, null, null, false, false, "a statement remembered, no figures to check"), false);
        } else {
            // a model reads the conversation so far, so its answer to a follow-up belongs to that conversation
            var conversationKey = llm.configured() && existing != null ? existing.toString() : "";
            cached = cache.get(athleteId, freshness.cacheKey(), conversationKey, question, today,
                    () -> answer(scope, profile, today, question, existing), Answered::cacheable);
        }
        var answered = cached.answer();
        var answer = answered.answer();
        var sources = answer.sources().stream().map(a -> new Source(a.id(), a.stravaId(),
                a.startDateLocal().toLocalDate(), a.name(), a.sportType(), a.distanceM())).toList();
        // a cached answer cost nothing this time
        var usage = cached.hit() ? null : answered.usage();
        conversations.store(athleteId, conversation, existing == null, new Conversations.Exchange(question,
                answer.text(), json.writeValueAsString(sources), answered.mode(), answered.model(),
                usage == null ? null : (int) usage.inputTokens(), usage == null ? null : (int) usage.outputTokens(),
                usage == null ? null : usage.costUsd()));
        var context = new LinkedHashMap<String, Object>(answer.context());
        context.put("cached", cached.hit());
        return new Reply(answer.text(), conversation, sources, answered.mode(), answered.model(), usage,
                answered.verified(), answered.verification(), answered.note(), context, clock.instant(),
                freshness.state());
    }

    private Answered answer(AthleteScope scope, AthleteProfile profile, LocalDate today, String message,
                            UUID conversation) {
        if (!llm.configured()) {
            return Answered.offline(offline.answer(scope, message, today, profile.units()), null, true, null, null);
        }
        var history = conversation == null ? List.<Conversations.Message>of()
                : conversations.lastMessages(scope.athleteId(), conversation, HISTORY_MESSAGES);
        var outcome = llm.answer(new LlmChat.Turn(scope, profile, today, message, history,
                kind(offline.kindOf(message, today))));
        var spent = usage(outcome.usage());
        return switch (outcome) {
            // an Answered outcome is one whose figures and dates passed the grounding check
            case LlmChat.Outcome.Answered a -> new Answered(new ChatAnswer(a.text(), "llm", a.sources(),
                    a.context()), "llm", a.usage().model(), spent, null, true, true,
                    "every figure and date was found in this turn's tool results or context"
                            + (a.retried() ? " (at the second attempt)" : ""));
            // withheld data gives the same answer every time: cacheable, unlike a model that failed this once
            case LlmChat.Outcome.Failed f -> Answered.offline(offline.answer(scope, message, today, profile.units()),
                    f.failure().note(), f.failure() == LlmChat.Failure.DATA_WITHHELD,
                    f.usage().modelCalls() == 0 ? null : f.usage().model(), spent);
        };
    }

    private static LlmChat.Kind kind(OfflineEngine.QuestionKind kind) {
        return switch (kind) {
            case LOOKUP -> LlmChat.Kind.LOOKUP;
            case COMPARISON -> LlmChat.Kind.COMPARISON;
            case RECALL -> LlmChat.Kind.RECALL;
            case COACHING -> LlmChat.Kind.COACHING;
            case OPEN -> LlmChat.Kind.OPEN;
        };
    }

    private static Usage usage(LlmChat.Usage usage) {
        if (usage.modelCalls() == 0) {
            return null;
        }
        return new Usage(usage.modelCalls(), usage.inputTokens(), usage.outputTokens(),
                ModelPrices.cost(usage.model(), usage.inputTokens(), usage.outputTokens()).orElse(null));
    }

    String timezone(long athleteId) {
        return profiles.get(athleteId).timezone().getId();
    }

    /** The conversation the question continues, or null for a new one. */
    private UUID existingConversation(long athleteId, String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            return null;
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
