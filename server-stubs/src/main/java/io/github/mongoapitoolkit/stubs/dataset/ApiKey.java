package io.github.mongoapitoolkit.stubs.dataset;

/**
 * A programmatic API key besides the configured one, with its organization role: Atlas's
 * {@code ORG_OWNER} or {@code ORG_MEMBER}, held in every organization of the dataset the key can
 * access. The configured key (environment or development default) is always an owner.
 */
public record ApiKey(String publicKey, String privateKey, String role) {

    public static final String OWNER = "ORG_OWNER";
    public static final String MEMBER = "ORG_MEMBER";
}
