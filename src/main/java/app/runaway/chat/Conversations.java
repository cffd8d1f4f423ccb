package app.runaway.chat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Conversations and their messages; every query is bound to the athlete. */
@Repository
public class Conversations {
    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored message; an answer carries what produced it (mode, model) and what it cost (tokens, dollars). */
    public record Message(UUID conversationId, String role, String content, String sourcesJson, String mode, String model,
                   Integer inputTokens, Integer outputTokens, java.math.BigDecimal costUsd, Instant createdAt) {
    }

    record Summary(UUID id, String title, Instant createdAt, Instant updatedAt, int messages) {
    }

    boolean belongsTo(long athleteId, UUID id) {
        return jdbc.sql("SELECT count(*) FROM chat_conversations WHERE athlete_id = ? AND id = ?")
                .params(athleteId, id).query(Long.class).single() > 0;
    }

    /**
     * One question and its answer as stored: what answered it (mode and model), and the tokens and estimated dollars
     * it cost (null when no model ran).
     */
    record Exchange(String question, String answer, String sourcesJson, String mode, String model,
                    Integer inputTokens, Integer outputTokens, java.math.BigDecimal costUsd) {
    }

    /**
     * Stores an exchange, starting its conversation (titled by the question) when {@code newConversation}: all or
     * nothing, so that a failed answer leaves no empty conversation behind. The commit does not wait for the disk
     * (`synchronous_commit = off` for this transaction alone): a power loss may cost the last fraction of a second
     * of conversation, never a half-stored one and never training data, and an answer no longer waits for an fsync
     * (ChatBenchmark at 10,000 activities and 16 clients: 152 to 213 answers/s).
     */
    @Transactional
    void store(long athleteId, UUID conversationId, boolean newConversation, Exchange exchange) {
        // the statements go to the database together, in one round trip; the commit is the second
        var sql = new StringBuilder("SET LOCAL synchronous_commit = off;\n");
        var params = new ArrayList<Object>();
        if (newConversation) {
            sql.append("INSERT INTO chat_conversations (id, athlete_id, title) VALUES (?, ?, ?);\n");
            params.addAll(List.of(conversationId, athleteId, exchange.question().length() > 80
                    ? exchange.question().substring(0, 80) : exchange.question()));
        }
        sql.append("""
                INSERT INTO chat_messages (conversation_id, athlete_id, role, content, sources, mode, model,
                                           input_tokens, output_tokens, cost_usd)
                VALUES (?, ?, 'user', ?, NULL, NULL, NULL, NULL, NULL, NULL),
                       (?, ?, 'assistant', ?, ?::jsonb, ?, ?, ?, ?, ?)""");
        params.addAll(Arrays.asList(conversationId, athleteId, exchange.question(), conversationId, athleteId,
                exchange.answer(), exchange.sourcesJson(), exchange.mode(), exchange.model(), exchange.inputTokens(),
                exchange.outputTokens(), exchange.costUsd()));
        if (!newConversation) {
            sql.append(";\nUPDATE chat_conversations SET updated_at = now() WHERE id = ?");
            params.add(conversationId);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** The last messages of one conversation, oldest first: what a follow-up question is asked after. */
    public List<Message> lastMessages(long athleteId, UUID conversationId, int limit) {
        return jdbc.sql("""
                SELECT * FROM chat_messages WHERE athlete_id = ? AND conversation_id = ? ORDER BY id DESC LIMIT ?""")
                .params(athleteId, conversationId, limit)
                .query((rs, row) -> message(rs))
                .list().reversed();
    }

    /** The athlete's latest messages across conversations, oldest first. */
    List<Message> recent(long athleteId, int limit) {
        var newestFirst = jdbc.sql("""
                SELECT * FROM chat_messages WHERE athlete_id = ? ORDER BY id DESC LIMIT ?""")
                .params(athleteId, limit)
                .query((rs, row) -> message(rs))
                .list();
        return newestFirst.reversed();
    }

    List<Message> messages(long athleteId, UUID conversationId) {
        return jdbc.sql("SELECT * FROM chat_messages WHERE athlete_id = ? AND conversation_id = ? ORDER BY id")
                .params(athleteId, conversationId)
                .query((rs, row) -> message(rs))
                .list();
    }

    List<Summary> list(long athleteId) {
        return jdbc.sql("""
                SELECT c.id, c.title, c.created_at, c.updated_at, count(m.id) AS messages
                  FROM chat_conversations c LEFT JOIN chat_messages m ON m.conversation_id = c.id
                 WHERE c.athlete_id = ? GROUP BY c.id ORDER BY c.updated_at DESC LIMIT 200""")
                .param(athleteId)
                .query((rs, row) -> new Summary(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("messages")))
                .list();
    }

    /** What one day of chat cost: answers, how many came from an LLM, tokens and the estimated price. */
    record DailyUsage(java.time.LocalDate day, int answers, int llmAnswers, long inputTokens, long outputTokens,
                      java.math.BigDecimal costUsd) {
    }

    List<DailyUsage> usage(long athleteId, String timezone, int days) {
        return jdbc.sql("""
                SELECT (created_at AT TIME ZONE ?)::date AS day, count(*) AS answers,
                       count(*) FILTER (WHERE mode = 'llm') AS llm_answers,
                       coalesce(sum(input_tokens), 0) AS input_tokens, coalesce(sum(output_tokens), 0) AS output_tokens,
                       coalesce(sum(cost_usd), 0) AS cost_usd
                  FROM chat_messages
                 WHERE athlete_id = ? AND role = 'assistant' AND created_at >= now() - make_interval(days => ?)
                 GROUP BY 1 ORDER BY 1""")
                .params(timezone, athleteId, days)
                .query((rs, row) -> new DailyUsage(rs.getObject("day", java.time.LocalDate.class), rs.getInt("answers"),
                        rs.getInt("llm_answers"), rs.getLong("input_tokens"), rs.getLong("output_tokens"),
                        rs.getBigDecimal("cost_usd")))
                .list();
    }

    private static Message message(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Message(rs.getObject("conversation_id", UUID.class), rs.getString("role"), rs.getString("content"),
                rs.getString("sources"), rs.getString("mode"), rs.getString("model"),
                rs.getObject("input_tokens", Integer.class), rs.getObject("output_tokens", Integer.class),
                rs.getBigDecimal("cost_usd"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** Every message of the athlete, conversation by conversation, oldest first. */
    List<Message> all(long athleteId) {
        return jdbc.sql("SELECT * FROM chat_messages WHERE athlete_id = ? ORDER BY conversation_id, id")
                .param(athleteId).query((rs, row) -> message(rs)).list();
    }

    /** Deletes every conversation of the athlete, with its messages. */
    void deleteAll(long athleteId) {
        jdbc.sql("DELETE FROM chat_conversations WHERE athlete_id = ?").param(athleteId).update();
    }
}
