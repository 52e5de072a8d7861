package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.engagement.partners.control.SearchIndex.Grant;
import fr.engagement.partners.control.SearchIndex.OrganizationFilter;
import fr.engagement.partners.control.SearchIndex.Request;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    // Lyon, Villeurbanne (about 4.5 km), Vienne (about 27 km), Paris (about 390 km)
    static final double[] LYON = {45.7640, 4.8357};
    static final double[] VILLEURBANNE = {45.7719, 4.8902};
    static final double[] VIENNE = {45.5256, 4.8747};
    static final double[] PARIS = {48.8566, 2.3522};
    static final String A = "announcer-a";
    static final String B = "announcer-b";
    static final Grant ALL_A = new Grant(A, List.of());
    static final Grant ALL_B = new Grant(B, List.of());

    SearchIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = SearchIndex.create(new ByteBuffersDirectory());
        index.add(mission("m1", A, 1L, "environnement", 300L, List.of(LYON), "Rhône", List.of("Jardinage")));
        index.add(mission("m2", A, 2L, "solidarite-insertion", 200L, List.of(VILLEURBANNE, PARIS), "Rhône",
                List.of("Jardinage", "Cuisine")));
        index.add(mission("m3", B, 3L, "Environnement", null, List.of(VIENNE), "Isère", List.of()));
        index.add(mission("m4", B, null, "environnement", 300L, List.of(PARIS), "Paris", List.of("Cuisine")));
        index.add(mission("m5", A, 1L, null, 100L, List.of(), null, List.of()));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aroundAPointNewestStartFirstThenIdDescendingMissionsWithoutStartLast() throws IOException {
        SearchIndex.Result r = index.search(request(30, List.of(), List.of(ALL_A, ALL_B), false, 0, 10, false));
        assertThat(r.ids()).containsExactly("m1", "m2", "m3");
        assertThat(r.total()).isEqualTo(3);
        assertThat(index.search(request(10, List.of(), List.of(ALL_A, ALL_B), false, 0, 10, false)).ids())
                .containsExactly("m1", "m2");
    }

    @Test
    void nearestFirstAndAMissionMatchesByAnyOfItsAddresses() throws IOException {
        SearchIndex.Result r = index.search(new Request(PARIS[0], PARIS[1], 5, List.of(), List.of(ALL_A, ALL_B),
                true, 0, 10, false));
        assertThat(r.ids()).containsExactly("m2", "m4");
        assertThat(index.search(request(30, List.of(), List.of(ALL_A, ALL_B), true, 0, 10, false)).ids())
                .containsExactly("m1", "m2", "m3");
    }

    @Test
    void pagesKeepTheExactTotal() throws IOException {
        SearchIndex.Result page = index.search(request(30, List.of(), List.of(ALL_A, ALL_B), false, 1, 1, false));
        assertThat(page.ids()).containsExactly("m2");
        assertThat(page.total()).isEqualTo(3);
        SearchIndex.Result past = index.search(request(30, List.of(), List.of(ALL_A, ALL_B), false, 5, 10, false));
        assertThat(past.ids()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
        assertThat(index.search(request(30, List.of(), List.of(ALL_A, ALL_B), false, 0, 0, false)).total())
                .isEqualTo(3);
    }

    @Test
    void domainsCompareWithoutCaseOrAccents() throws IOException {
        assertThat(index.search(request(30, List.of("ENVIRONNEMENT"), List.of(ALL_A, ALL_B), false, 0, 10, false))
                .ids()).containsExactly("m1", "m3");
        assertThat(index.search(request(30, List.of("solidarité-insertion"), List.of(ALL_A, ALL_B), false, 0, 10,
                false)).ids()).containsExactly("m2");
    }

    @Test
    void onlyGrantedPublishersAndTheirOrganisationRules() throws IOException {
        assertThat(index.search(request(30, List.of(), List.of(ALL_B), false, 0, 10, false)).ids())
                .containsExactly("m3");
        assertThat(index.search(request(30, List.of(), List.of(), false, 0, 10, false)).total()).isZero();
        Grant withoutOrg1 = new Grant(A, List.of(new OrganizationFilter(true, Set.of(1L))));
        assertThat(index.search(request(30, List.of(), List.of(withoutOrg1), false, 0, 10, false)).ids())
                .containsExactly("m2");
        Grant onlyOrg1 = new Grant(A, List.of(new OrganizationFilter(false, Set.of(1L))));
        assertThat(index.search(request(30, List.of(), List.of(onlyOrg1), false, 0, 10, false)).ids())
                .containsExactly("m1");
        Grant unreadable = new Grant(A, List.of(new OrganizationFilter(false, Set.of())));
        assertThat(index.search(request(30, List.of(), List.of(unreadable, ALL_B), false, 0, 10, false)).ids())
                .containsExactly("m3");
        // an exclusion keeps the missions without an organisation
        Grant parisWithoutOrg3 = new Grant(B, List.of(new OrganizationFilter(true, Set.of(3L))));
        assertThat(index.search(new Request(PARIS[0], PARIS[1], 5, List.of(), List.of(parisWithoutOrg3), false, 0,
                10, false)).ids()).containsExactly("m4");
    }

    @Test
    void facetsCountEveryHitNotThePage() throws IOException {
        SearchIndex.Result r = index.search(request(30, List.of(), List.of(ALL_A, ALL_B), false, 0, 1, true));
        assertThat(r.ids()).hasSize(1);
        assertThat(r.domains()).containsOnly(entry("environnement", 1L), entry("solidarite-insertion", 1L),
                entry("Environnement", 1L));
        assertThat(r.activities()).containsOnly(entry("Jardinage", 2L), entry("Cuisine", 1L));
        assertThat(r.departments()).containsOnly(entry("Rhône", 2L), entry("Isère", 1L));
    }

    @Test
    void putReplacesAndRemoveDeletes() throws IOException {
        index.put(mission("m1", A, 1L, "environnement", 300L, List.of(PARIS), "Paris", List.of()));
        index.remove("m3");
        index.refresh();
        assertThat(index.search(request(30, List.of(), List.of(ALL_A, ALL_B), false, 0, 10, false)).ids())
                .containsExactly("m2");
        assertThat(index.size()).isEqualTo(4);
    }

    private static Request request(double km, List<String> domains, List<Grant> grants, boolean byDistance, int skip,
            int limit, boolean facets) {
        return new Request(LYON[0], LYON[1], km, domains, grants, byDistance, skip, limit, facets);
    }

    private static IndexedMission mission(String id, String publisher, Long organization, String domain, Long start,
            List<double[]> points, String department, List<String> activities) {
        return new IndexedMission(id, publisher, organization, domain, start, points, department, activities);
    }
}
