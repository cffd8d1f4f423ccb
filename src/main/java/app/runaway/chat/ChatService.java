package app.runaway.chat;

import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySource;
import app.runaway.athlete.AthleteProfile;
import app.runaway.llm.ModelPrices;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
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
 * through the tools ({@link LlmChat}); without one, or when its answer cannot be used, the offline engine does, and
 * the reply says which and why. No transaction spans the answer: a model may take seconds, and the exchange is
 * stored in one short transaction at the end.
 */
@Service
class ChatService {
    static final int LONGEST_MESSAGE = 2_000;
    private static final int HISTORY_MESSAGES = 6;
    static final String STRAVA_DATA_WITHHELD = "Answered by the offline engine: activities synced from Strava's "
            + "API are not sent to an external AI provider (Strava's API terms; the operator can allow it).";

    private final OfflineEngine offline;
    private final LlmChat llm;
    private final ChatSettings settings;
    private final MemoryKeeper memory;
    private final AnswerCache cache;
    private final ChatTools tools;
    private final Conversations conversations;
    private final ActivityReader activities;
    private final DataFreshness freshness;
    private final JsonMapper json;
    private final Clock clock;

    ChatService(OfflineEngine offline, LlmChat llm, ChatSettings settings, MemoryKeeper memory, AnswerCache cache,
                ChatTools tools, Conversations conversations, ActivityReader activities, DataFreshness freshness,
                JsonMapper json, Clock clock) {
        this.offline = offline;
        this.llm = llm;
        this.settings = settings;
        this.memory = memory;
        this.cache = cache;
        this.tools = tools;
        this.conversations = conversations;
        this.activities = activities;
        this.freshness = freshness;
        this.json = json;
        this.clock = clock;
    }

    record Source(long id, Long stravaId, LocalDate date, String name, String sportType, double distanceM) {
    }

    /** Tokens over every model call of the answer, and the estimated price (null when the model's is unknown). */
    record Usage(int modelCalls, long inputTokens, long outputTokens, BigDecimal costUsd) {
    }

    /**
     * @param verified whether every number of the answer was found in this turn's data: checked for a model's answer,
     *                 true by construction for the offline engine's
     * @param note     why the offline engine answered although a model is configured, else null
     */
    record Reply(String answer, UUID conversationId, List<Source> sources, String mode, String model, Usage usage,
                 boolean verified, String note, Map<String, Object> context, Instant timestamp,
                 DataFreshness.DataState data) {
    }

    /**
     * An answer with what produced it; {@code cacheable} when asking again would give the same. Every answer shown is
     * verified: the offline engine's figures are the tools' own, and a model's answer is shown only once its figures
     * and dates passed the grounding check (else the offline answer replaces it).
     */
    record Answered(ChatAnswer answer, String mode, String model, Usage usage, String note, boolean cacheable,
                    boolean verified) {
        static Answered offline(ChatAnswer answer, String note, boolean cacheable) {
            return new Answered(answer, "offline", null, null, note, cacheable, true);
        }
    }

    Reply ask(long athleteId, String message, String conversationId) {
        if (message == null || message.isBlank() || message.length() > LONGEST_MESSAGE) {
            throw new InvalidInputException("message", "must be a question of 1 to " + LONGEST_MESSAGE + " characters");
        }
        var question = message.strip();
        var existing = existingConversation(athleteId, conversationId);
        var conversation = existing == null ? UUID.randomUUID() : existing;
        var scope = new AthleteScope(athleteId);
        var profile = tools.profile(scope);
        var today = LocalDate.now(clock.withZone(profile.timezone()));
        var freshness = this.freshness.of(athleteId);
        var statement = Statement.read(question);
        AnswerCache.Cached<Answered> cached;
        if (statement.isPresent()) {
            cached = new AnswerCache.Cached<>(Answered.offline(memory.apply(scope, statement.get(), today), null,
                    false), false);
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
                answered.verified(), answered.note(), context, clock.instant(), freshness.state());
    }

    private Answered answer(AthleteScope scope, AthleteProfile profile, LocalDate today, String message,
                            UUID conversation) {
        if (!llm.configured()) {
            return Answered.offline(offline.answer(scope, message, today, profile.units()), null, true);
        }
        if (!llm.local() && !settings.shareStravaData()
                && activities.hasAny(scope.athleteId(), ActivitySource.STRAVA_API)) {
            return Answered.offline(offline.answer(scope, message, today, profile.units()), STRAVA_DATA_WITHHELD,
                    true);
        }
        var question = QuestionParser.parse(message, today);
        var history = conversation == null ? List.<Conversations.Message>of()
                : conversations.lastMessages(scope.athleteId(), conversation, HISTORY_MESSAGES);
        var outcome = llm.answer(new LlmChat.Turn(scope, profile, today, message, history,
                LlmChat.Kind.of(question)));
        var spent = usage(outcome.usage());
        return switch (outcome) {
            // an Answered outcome is one whose figures and dates passed the grounding check
            case LlmChat.Outcome.Answered a -> new Answered(new ChatAnswer(a.text(), "llm", a.sources(),
                    a.context()), "llm", a.usage().model(), spent, null, true, true);
            case LlmChat.Outcome.Failed f -> new Answered(offline.answer(scope, message, today, profile.units()),
                    "offline", f.usage().modelCalls() == 0 ? null : f.usage().model(), spent, f.failure().note(),
                    false, true);
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
        return tools.profile(new AthleteScope(athleteId)).timezone().getId();
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
