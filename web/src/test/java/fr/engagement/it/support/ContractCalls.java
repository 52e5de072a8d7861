package fr.engagement.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.PartnerApi.Answer;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls of one contract test class, each checked against the peer's contract ({@link OpenApiContract#reference()}):
 * status, JSON content type, and body against the schema documented for that status. Remembers which operations
 * were called, so that the class can prove it called every operation of the contract it answers for.
 * <p>The contract is read lazily, on the client side: the in-container tests of the same class never need it.
 */
public final class ContractCalls {

    private static OpenApiContract reference;

    private final Set<String> called = ConcurrentHashMap.newKeySet();

    public static synchronized OpenApiContract reference() {
        if (reference == null) {
            reference = OpenApiContract.reference();
        }
        return reference;
    }

    /** Asserts the answer of {@code method path} has {@code status} and the body the contract gives for it. */
    public Answer check(String method, String path, Answer answer, int status) {
        assertThat(answer.status()).as(method + " " + path + ": " + answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).as(method + " " + path).startsWith("application/json");
        reference().assertMatches(method, path, status, answer.json());
        called.add(method + " " + path);
        return answer;
    }

    /** The contract's operations on paths under {@code prefix} (e.g. {@code /v2/}), as {@code POST /v2/activity}. */
    public static Set<String> operationsUnder(String prefix) {
        Set<String> operations = new TreeSet<>();
        reference().operations().stream().filter(op -> op.substring(op.indexOf(' ') + 1).startsWith(prefix))
                .forEach(operations::add);
        return operations;
    }

    /** Every operation of the contract under {@code prefix} was called and matched at least once. */
    public void assertEveryOperationCalledUnder(String prefix) {
        Set<String> expected = operationsUnder(prefix);
        assertThat(expected).as("operations of the contract under " + prefix).isNotEmpty();
        assertThat(new TreeSet<>(called)).containsAll(expected);
    }
}
