package fr.engagement.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Checks API answers against the response schemas of an OpenAPI 3.0 document, the contract's way: every property
 * a schema documents must be present in the answer (null allowed only where the schema says {@code nullable} or
 * lists null in its enum), with the documented type, enum values and date-time format; extra properties are
 * allowed. {@code $ref}, {@code allOf} (all must hold), {@code oneOf}/{@code anyOf} (one must hold) are followed.
 * A property documented as present only in some cases ("Présent uniquement ...") may be absent.
 * <p>A small checker of our own over the YAML parsed by SnakeYAML rather than a JSON Schema library: OpenAPI 3.0
 * schemas are not JSON Schema (nullable), and the contract wants "present", which JSON Schema calls "required" and
 * the document never says. Use {@link #reference()} for the peer's contract.
 */
public final class OpenApiContract {

    private final Map<String, Object> root;

    private OpenApiContract(Map<String, Object> root) {
        this.root = root;
    }

    /** The peer's contract, {@code ../shared/reference/api-engagement/openapi.yaml}, copied in the test resources. */
    public static OpenApiContract reference() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/contract/api-engagement-openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("contract/api-engagement-openapi.yaml is not on the test classpath");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static OpenApiContract parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20 * 1024 * 1024);
        DumperOptions dumper = new DumperOptions();
        Yaml parser = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
                new Yaml12Resolver());
        return new OpenApiContract((Map<String, Object>) parser.load(yaml));
    }

    /**
     * YAML 1.2 scalars, as the contract's authors (JavaScript tools) read them: {@code no}, {@code yes}, {@code on}
     * and {@code off} stay strings (the remote enum is {@code [no, possible, full, local]}), dates stay strings.
     */
    static final class Yaml12Resolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** Every operation of the document, as {@code GET /v0/mission}. */
    public Set<String> operations() {
        Set<String> all = new LinkedHashSet<>();
        map(root.get("paths")).forEach((path, item) -> map(item).keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return all;
    }

    /** True when the document describes this status for this operation. */
    public boolean documents(String method, String path, int status) {
        return responses(method, path).containsKey(String.valueOf(status));
    }

    /** The differences between {@code body} and the documented response; empty when it matches. */
    public List<String> violations(String method, String path, int status, JsonValue body) {
        Map<String, Object> responses = responses(method, path);
        Object response = responses.get(String.valueOf(status));
        if (response == null) {
            return List.of(method + " " + path + " does not document status " + status);
        }
        Map<String, Object> r = resolve(map(response));
        Map<String, Object> content = map(r.get("content"));
        if (content == null || content.get("application/json") == null) {
            return List.of();
        }
        Object schema = map(content.get("application/json")).get("schema");
        List<String> errors = new ArrayList<>();
        check(schema, body, "$", errors);
        return errors;
    }

    /** Throws an AssertionError listing every difference. */
    public void assertMatches(String method, String path, int status, JsonValue body) {
        List<String> errors = violations(method, path, status, body);
        if (!errors.isEmpty()) {
            throw new AssertionError(method + " " + path + " " + status + " does not match the contract:\n  "
                    + String.join("\n  ", errors) + "\nbody: " + body);
        }
    }

    /** Checks a value against a named schema of {@code components/schemas}. */
    public List<String> violationsOf(String schemaName, JsonValue value) {
        List<String> errors = new ArrayList<>();
        check(Map.of("$ref", "#/components/schemas/" + schemaName), value, "$", errors);
        return errors;
    }

    private Map<String, Object> responses(String method, String path) {
        Map<String, Object> item = map(map(root.get("paths")).get(path));
        if (item == null || item.get(method.toLowerCase(Locale.ROOT)) == null) {
            throw new IllegalArgumentException("The contract has no operation " + method + " " + path);
        }
        return map(map(item.get(method.toLowerCase(Locale.ROOT))).get("responses"));
    }

    private void check(Object schemaNode, JsonValue value, String where, List<String> errors) {
        if (schemaNode == null) {
            return;
        }
        Map<String, Object> schema = resolve(map(schemaNode));
        if (value == null) {
            errors.add(where + ": missing");
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            boolean nullable = Boolean.TRUE.equals(schema.get("nullable"))
                    || (schema.get("enum") instanceof List<?> e && e.contains(null));
            boolean typed = schema.get("type") != null || schema.get("properties") != null
                    || schema.get("allOf") != null || schema.get("oneOf") != null || schema.get("anyOf") != null;
            if (!nullable && typed) {
                errors.add(where + ": null where the contract does not allow it");
            }
            return;
        }
        if (schema.get("allOf") instanceof List<?> all) {
            all.forEach(s -> check(s, value, where, errors));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.get(alternatives) instanceof List<?> options) {
                boolean any = options.stream().anyMatch(s -> {
                    List<String> e = new ArrayList<>();
                    check(s, value, where, e);
                    return e.isEmpty();
                });
                if (!any) {
                    errors.add(where + ": matches none of " + alternatives);
                }
            }
        }
        String type = (String) schema.get("type");
        if (type == null && schema.get("properties") != null) {
            type = "object";
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "string" -> {
                if (!(value instanceof JsonString s)) {
                    errors.add(where + ": expected a string, got " + value.getValueType());
                    return;
                }
                if (schema.get("enum") instanceof List<?> e && !e.contains(s.getString())) {
                    errors.add(where + ": " + s.getString() + " is not one of " + e);
                }
                if ("date-time".equals(schema.get("format"))) {
                    try {
                        OffsetDateTime.parse(s.getString());
                    } catch (DateTimeParseException ex) {
                        errors.add(where + ": " + s.getString() + " is not a date-time");
                    }
                }
            }
            case "integer" -> {
                if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                    errors.add(where + ": expected an integer, got " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    errors.add(where + ": expected a number, got " + value.getValueType());
                }
            }
            case "boolean" -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE
                        && value.getValueType() != JsonValue.ValueType.FALSE) {
                    errors.add(where + ": expected a boolean, got " + value.getValueType());
                }
            }
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    errors.add(where + ": expected an array, got " + value.getValueType());
                    return;
                }
                for (int i = 0; i < array.size(); i++) {
                    check(schema.get("items"), array.get(i), where + "[" + i + "]", errors);
                }
            }
            case "object" -> {
                if (!(value instanceof JsonObject object)) {
                    errors.add(where + ": expected an object, got " + value.getValueType());
                    return;
                }
                Map<String, Object> properties = map(schema.get("properties"));
                if (properties == null) {
                    return;
                }
                properties.forEach((name, property) -> {
                    if (!object.containsKey(name)) {
                        if (!presentOnlySometimes(property)) {
                            errors.add(where + "." + name + ": missing");
                        }
                    } else {
                        check(property, object.get(name), where + "." + name, errors);
                    }
                });
            }
            default -> errors.add(where + ": unknown type " + type + " in the contract");
        }
    }

    private boolean presentOnlySometimes(Object property) {
        Object description = resolve(map(property)).get("description");
        return description instanceof String d && d.contains("Présent uniquement");
    }

    private Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> n = node;
        while (n != null && n.get("$ref") instanceof String ref) {
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            Object target = root;
            for (String part : ref.substring(2).split("/")) {
                target = map(target).get(part);
            }
            n = map(target);
        }
        return n == null ? Map.of() : n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
