package org.desist.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The generated case managers' API tokens: derived from the bench password and the username, so the load
 * benchmark can use them without a list of secrets; Desist stores only the SHA-256 of a token.
 */
public final class Tokens {

    private Tokens() {}

    public static String tokenOf(String benchPassword, String username) {
        return sha256(benchPassword + ":" + username);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
