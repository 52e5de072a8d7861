package fr.engagement.partners.control;

import fr.engagement.partners.entity.DiffusionRule;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a child rule would exclude a given value of its field: the {@code diffuse} flag of
 * {@code GET /v0/diffusion-rule?field&value}. Only exclusions ({@code is_not}, {@code does_not_contain},
 * {@code does_not_exist}) on that very field count, compared case-insensitively as the peer does.
 */
public final class RuleMatch {

    private RuleMatch() {}

    public static boolean excludes(DiffusionRule rule, String field, String value) {
        if (!rule.getField().equals(field)) {
            return false;
        }
        Optional<RuleOperator> op = RuleOperator.of(rule.getOperator());
        if (op.isEmpty() || !op.get().exclusion()) {
            return false;
        }
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        String r = rule.getValue() == null ? "" : rule.getValue().strip().toLowerCase(Locale.ROOT);
        boolean array = RuleField.of(field).map(RuleField::array).orElse(false);
        return switch (op.get()) {
            case IS_NOT -> v.equals(r);
            case DOES_NOT_CONTAIN -> array ? v.equals(r) : v.contains(r);
            case DOES_NOT_EXIST -> !v.isEmpty();
            default -> false;
        };
    }
}
