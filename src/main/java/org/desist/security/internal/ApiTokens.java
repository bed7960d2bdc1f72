package org.desist.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.security.AccountActivity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer API tokens. A token is 32 random bytes, shown once to its owner; only its SHA-256 hash is
 * stored (a token is high-entropy, so a fast hash is right here, unlike passwords).
 */
@Service
@Transactional
class ApiTokens {

    static final String PREFIX = "desist_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public record TokenSummary(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Creates a token and returns its value: the only time the value is ever available. */
    String create(UUID userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store(userId, name, value);
        return value;
    }

    void store(UUID userId, String name, String value) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into api_token (id, user_id, name, token_hash, created_at) values (:id, :user, :name, :hash, :now)")
                .param("id", id)
                .param("user", userId)
                .param("name", name)
                .param("hash", hash(value))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AccountActivity("API_TOKEN", id, true, "Created the API token '" + name + "'"));
    }

    boolean exists(String value) {
        return jdbc.sql("select count(*) from api_token where token_hash = :hash")
                        .param("hash", hash(value))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The owner of an active token, recording that it was used. */
    Optional<UUID> authenticate(String value) {
        Optional<UUID> owner = jdbc.sql("select user_id from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash(value))
                .query(UUID.class)
                .optional();
        owner.ifPresent(o -> jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("hash", hash(value))
                .update());
        return owner;
    }

    @Transactional(readOnly = true)
    List<TokenSummary> of(UUID userId) {
        return jdbc.sql(
                        "select id, name, created_at, last_used_at, revoked_at from api_token where user_id = :user order by created_at desc")
                .param("user", userId)
                .query((rs, n) -> new TokenSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
    boolean revoke(UUID userId, UUID tokenId) {
        boolean revoked = jdbc.sql(
                                "update api_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .param("id", tokenId)
                        .param("user", userId)
                        .update()
                == 1;
        if (revoked) {
            events.publishEvent(new AccountActivity("API_TOKEN", tokenId, false, "Revoked an API token"));
        }
        return revoked;
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
