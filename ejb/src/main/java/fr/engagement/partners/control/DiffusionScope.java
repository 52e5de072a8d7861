package fr.engagement.partners.control;

import fr.engagement.partners.entity.DiffusionRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a broadcaster may receive (§4 of the reference), compiled into an SQL predicate: its own missions, plus for
 * each root rule (broadcaster, {@code publisherId is A}) the missions of announcer A that pass every child rule of
 * that root. The rules are read at each request (no materialised snapshot, no six-hour delay). A stored rule this
 * code cannot read (unknown field or operator) hides the announcer's missions rather than showing too much.
 */
public final class DiffusionScope {

    private final String broadcasterId;
    /** announcer id to the child rules of its root, in the roots' order */
    private final Map<String, List<DiffusionRule>> roots;

    private DiffusionScope(String broadcasterId, Map<String, List<DiffusionRule>> roots) {
        this.broadcasterId = broadcasterId;
        this.roots = roots;
    }

    /**
     * @param rules every rule whose publisherId is the broadcaster (roots and children)
     * @param liveAnnouncers the announcers that still exist (a deleted announcer's missions are not diffused)
     */
    public static DiffusionScope of(String broadcasterId, Collection<DiffusionRule> rules, Set<String> liveAnnouncers) {
        Map<String, List<DiffusionRule>> roots = new LinkedHashMap<>();
        Map<String, String> announcerOfRoot = new LinkedHashMap<>();
        for (DiffusionRule r : rules) {
            if (r.isRoot() && broadcasterId.equals(r.getPublisherId()) && !broadcasterId.equals(r.getValue())
                    && liveAnnouncers.contains(r.getValue())) {
                roots.putIfAbsent(r.getValue(), new ArrayList<>());
                announcerOfRoot.put(r.getId(), r.getValue());
            }
        }
        for (DiffusionRule r : rules) {
            String announcer = r.getParentId() == null ? null : announcerOfRoot.get(r.getParentId());
            if (announcer != null) {
                roots.get(announcer).add(r);
            }
        }
        return new DiffusionScope(broadcasterId, roots);
    }

    /** The broadcaster and the announcers it diffuses. */
    public List<String> publishers() {
        List<String> all = new ArrayList<>();
        all.add(broadcasterId);
        all.addAll(roots.keySet());
        return all;
    }

    /**
     * True when a child rule of an announcer in play tests a field of the mission row itself ({@code type}): the
     * predicate then needs {@code m}. Organisation rules read the organisation id, which the address rows copy, so
     * a search around a point stays on the address index.
     */
    public boolean readsMission(List<String> restrictTo) {
        return roots.entrySet().stream().filter(e -> restrictTo.isEmpty() || restrictTo.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(r -> RuleField.of(r.getField()).map(f -> !f.onOrganization()).orElse(false));
    }

    /**
     * The predicate over the rows of {@code alias}, the mission ({@code m}) or one of its addresses ({@code a}),
     * both of which hold {@code publisher_id} and {@code organization_id} (the addresses as copies); a
     * {@code type} rule reads {@code m}. {@code restrictTo} (the {@code publisher} parameter) keeps only these
     * publishers among those in scope; ids outside the scope select nothing.
     */
    public String predicate(String alias, SqlArgs args, List<String> restrictTo) {
        String publisherColumn = alias + ".publisher_id";
        String organizationColumn = alias + ".organization_id";
        List<String> plain = new ArrayList<>();
        List<Map.Entry<String, List<DiffusionRule>>> narrowed = new ArrayList<>();
        for (Map.Entry<String, List<DiffusionRule>> publisher : inPlay(restrictTo).entrySet()) {
            if (publisher.getValue().isEmpty()) {
                plain.add(publisher.getKey());
            } else {
                narrowed.add(publisher);
            }
        }
        // parameters are bound in the order they appear in the text, for whoever reads the statement
        List<String> parts = new ArrayList<>();
        if (!plain.isEmpty()) {
            parts.add(plain.size() == 1 ? publisherColumn + " = " + args.bind(plain.get(0))
                    : publisherColumn + " IN " + args.in(plain));
        }
        for (Map.Entry<String, List<DiffusionRule>> root : narrowed) {
            StringBuilder p = new StringBuilder("(").append(publisherColumn).append(" = ")
                    .append(args.bind(root.getKey()));
            for (DiffusionRule child : root.getValue()) {
                p.append(" AND ").append(compile(child, root.getKey(), organizationColumn, args));
            }
            parts.add(p.append(')').toString());
        }
        if (parts.isEmpty()) {
            return "1 = 0";
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")";
    }

    /** The publishers in play, the broadcaster first, each with its child rules (none for the broadcaster). */
    private Map<String, List<DiffusionRule>> inPlay(List<String> restrictTo) {
        Map<String, List<DiffusionRule>> play = new LinkedHashMap<>();
        if (restrictTo.isEmpty() || restrictTo.contains(broadcasterId)) {
            play.put(broadcasterId, List.of());
        }
        roots.forEach((announcer, children) -> {
            if (restrictTo.isEmpty() || restrictTo.contains(announcer)) {
                play.put(announcer, children);
            }
        });
        return play;
    }

    /**
     * The same scope for the search index: a grant per publisher in play, its organisation rules resolved to the
     * organisation ids they test by one statement ({@code SELECT rule, id ... UNION ALL ...}) that {@code run}
     * executes. A rule this code cannot read keeps nothing, as {@code 1 = 0} in the predicate. Only for a scope that
     * does not read the mission row ({@link #readsMission}).
     */
    public List<SearchIndex.Grant> grants(List<String> restrictTo,
            BiFunction<String, List<Object>, List<Object[]>> run) {
        if (readsMission(restrictTo)) {
            throw new IllegalStateException("A rule on the mission row has no organisation ids");
        }
        Map<String, List<DiffusionRule>> play = inPlay(restrictTo);
        SqlArgs args = new SqlArgs();
        List<String> selects = new ArrayList<>();
        List<DiffusionRule> resolved = new ArrayList<>();
        play.forEach((announcer, children) -> {
            for (DiffusionRule rule : children) {
                Optional<RuleOperator> operator = RuleOperator.of(rule.getOperator()).filter(o -> !o.comparable());
                Optional<RuleField> field = RuleField.of(rule.getField());
                if (operator.isPresent() && field.isPresent()) {
                    selects.add("SELECT " + resolved.size() + ", o.id FROM publisher_organization o WHERE"
                            + " o.publisher_id = " + args.bind(announcer) + " AND "
                            + condition(field.get(), operator.get().positive(), rule.getValue(), args));
                    resolved.add(rule);
                }
            }
        });
        Map<Integer, Set<Long>> ids = new java.util.HashMap<>();
        if (!selects.isEmpty()) {
            for (Object[] row : run.apply(String.join(" UNION ALL ", selects), args.values())) {
                ids.computeIfAbsent(((Number) row[0]).intValue(), k -> new java.util.HashSet<>())
                        .add(((Number) row[1]).longValue());
            }
        }
        List<SearchIndex.Grant> grants = new ArrayList<>();
        play.forEach((publisher, children) -> grants.add(new SearchIndex.Grant(publisher, children.stream()
                .map(rule -> {
                    int k = resolved.indexOf(rule);
                    return k < 0 ? new SearchIndex.OrganizationFilter(false, Set.of())
                            : new SearchIndex.OrganizationFilter(RuleOperator.of(rule.getOperator()).get().exclusion(),
                                    ids.getOrDefault(k, Set.of()));
                }).toList())));
        return grants;
    }

    /**
     * One child rule as a predicate on the mission ({@code m}, or {@code organizationColumn} for organisation
     * rules); false when the rule cannot be read.
     */
    static String compile(DiffusionRule rule, String announcerId, String organizationColumn, SqlArgs args) {
        Optional<RuleField> field = RuleField.of(rule.getField());
        Optional<RuleOperator> operator = RuleOperator.of(rule.getOperator());
        if (field.isEmpty() || operator.isEmpty() || operator.get().comparable()) {
            return "1 = 0";
        }
        RuleOperator positive = operator.get().positive();
        if (!field.get().onOrganization()) {
            String c = "(" + condition(field.get(), positive, rule.getValue(), args) + ")";
            return operator.get().exclusion() ? "(" + field.get().column() + " IS NULL OR NOT " + c + ")" : c;
        }
        String announcer = args.bind(announcerId);
        String organizations = "(SELECT o.id FROM publisher_organization o WHERE o.publisher_id = " + announcer
                + " AND " + condition(field.get(), positive, rule.getValue(), args) + ")";
        return operator.get().exclusion()
                ? "(" + organizationColumn + " IS NULL OR " + organizationColumn + " NOT IN " + organizations + ")"
                : organizationColumn + " IN " + organizations;
    }

    /** The positive form of a test on the field's column; case-insensitive (columns use a _ci collation). */
    private static String condition(RuleField field, RuleOperator positive, String value, SqlArgs args) {
        String column = field.column();
        String v = value == null ? "" : value;
        if (field.array()) {
            return switch (positive) {
                case IS, CONTAINS -> "JSON_CONTAINS(LOWER(" + column + "), JSON_QUOTE(LOWER(" + args.bind(v) + ")))";
                case STARTS_WITH -> "JSON_SEARCH(LOWER(" + column + "), 'one', LOWER(" + args.bind(
                        SqlArgs.likeLiteral(v) + "%") + ")) IS NOT NULL";
                case EXISTS -> column + " IS NOT NULL";
                default -> "1 = 0";
            };
        }
        return switch (positive) {
            case IS -> column + " = " + args.bind(v);
            case CONTAINS -> column + " LIKE " + args.bind("%" + SqlArgs.likeLiteral(v) + "%");
            case STARTS_WITH -> column + " LIKE " + args.bind(SqlArgs.likeLiteral(v) + "%");
            case EXISTS -> column + " IS NOT NULL AND " + column + " <> ''";
            default -> "1 = 0";
        };
    }
}
