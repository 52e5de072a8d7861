package fr.engagement.partners.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documented operators of a diffusion rule. Each exclusion is the negation of an inclusion ({@code is_not} of
 * {@code is}, {@code does_not_contain} of {@code contains}, {@code does_not_exist} of {@code exists}).
 * {@code is_greater_than} and {@code is_less_than} are documented but none of the documented fields is a number
 * or a date: rules with them are refused (400) rather than compared as text.
 */
public enum RuleOperator {
    IS("is", null), IS_NOT("is_not", "is"), CONTAINS("contains", null),
    DOES_NOT_CONTAIN("does_not_contain", "contains"), STARTS_WITH("starts_with", null),
    IS_GREATER_THAN("is_greater_than", null), IS_LESS_THAN("is_less_than", null), EXISTS("exists", null),
    DOES_NOT_EXIST("does_not_exist", "exists");

    private final String apiName;
    private final String negationOf;

    RuleOperator(String apiName, String negationOf) {
        this.apiName = apiName;
        this.negationOf = negationOf;
    }

    public static Optional<RuleOperator> of(String apiName) {
        return Arrays.stream(values()).filter(o -> o.apiName.equals(apiName)).findFirst();
    }

    public String apiName() { return apiName; }

    /** An exclusion: the diffuseur does not get what matches the positive form. */
    public boolean exclusion() {
        return negationOf != null;
    }

    /** The inclusion this operator negates, or itself. */
    public RuleOperator positive() {
        return negationOf == null ? this : of(negationOf).orElseThrow();
    }

    public boolean comparable() {
        return this == IS_GREATER_THAN || this == IS_LESS_THAN;
    }
}
