package fr.engagement.partners.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The catalogue's live missions in a Lucene index, one document per mission with a point per address: the geo
 * search around a point (with domains and the caller's diffusion) answered with its page, exact total and facets in
 * a few milliseconds at 1,000,000 missions, where the database has to read every address of the circle (see
 * docs/benchmarks.md). It holds no truth: {@code CatalogueIndexer} builds it from the database and keeps it in step.
 * <p>Distances are great-circle on the mean earth radius, as the SQL; Lucene quantises coordinates to about a
 * centimetre. Domain filters compare the case- and accent-folded value, as the columns' {@code _ci} collation.
 */
public final class SearchIndex implements Closeable {

    /** An announcer's organisations kept ({@code exclusion} false) or left out (true, organisation-less kept). */
    public record OrganizationFilter(boolean exclusion, Set<Long> organizations) {}

    /** A publisher whose missions the caller receives, narrowed by its diffusion rules on organisations. */
    public record Grant(String publisherId, List<OrganizationFilter> filters) {}

    public record Request(double latitude, double longitude, double radiusKm, List<String> domains, List<Grant> grants,
            boolean byDistance, int skip, int limit, boolean facets) {}

    /** The page's mission ids, the exact total and, when asked, the facet counts over every hit. */
    public record Result(long total, List<String> ids, Map<String, Long> domains, Map<String, Long> activities,
            Map<String, Long> departments) {}

    static final String ID = "id";
    static final String PUBLISHER = "publisher";
    static final String ORGANIZATION = "organization";
    static final String DOMAIN_KEY = "domain_key";
    static final String DOMAIN = "domain";
    static final String START = "start";
    static final String GEO = "geo";
    static final String DEPARTMENT = "department";
    static final String ACTIVITY = "activity";

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The files' directory when this index owns it (removed on close), else null. */
    private final Path files;

    private SearchIndex(IndexWriter writer, Path files) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.files = files;
    }

    /** A new, empty index in {@code directory} (whatever it held is replaced). */
    public static SearchIndex create(Directory directory) throws IOException {
        return new SearchIndex(new IndexWriter(directory, config()), null);
    }

    /**
     * A new, empty index in memory-mapped files of a new temporary directory, off the heap, removed on close: every
     * instance builds its own at start.
     */
    public static SearchIndex temporary() throws IOException {
        Path files = Files.createTempDirectory("engagement-search-index");
        return new SearchIndex(new IndexWriter(new MMapDirectory(files), config()), files);
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(48);
    }

    /** Adds a mission known not to be in the index yet (the first build). */
    public void add(IndexedMission mission) throws IOException {
        writer.addDocument(document(mission));
    }

    /** Adds or replaces a mission. */
    public void put(IndexedMission mission) throws IOException {
        writer.updateDocument(new Term(ID, mission.id()), document(mission));
    }

    /** Removes a mission if the index holds it. */
    public void remove(String missionId) throws IOException {
        writer.deleteDocuments(new Term(ID, missionId));
    }

    /** Makes what was written so far searchable. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Missions searchable now. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public Result search(Request request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query query = query(request);
            int numHits = (int) Math.max(1, Math.min((long) request.skip() + request.limit(),
                    searcher.getIndexReader().maxDoc()));
            // an exact total: every hit is counted, not only the first thousand
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort(request), numHits, null,
                    Integer.MAX_VALUE, false);
            TopFieldDocs docs;
            FacetCounter facets = null;
            if (request.facets()) {
                Object[] results = searcher.search(query, new MultiCollectorManager(top, FacetCounter.manager()));
                docs = (TopFieldDocs) results[0];
                facets = (FacetCounter) results[1];
            } else {
                docs = searcher.search(query, top);
            }
            List<String> ids = new ArrayList<>();
            for (int i = request.skip(); i < docs.scoreDocs.length && ids.size() < request.limit(); i++) {
                Object[] sortValues = ((FieldDoc) docs.scoreDocs[i]).fields;
                ids.add(((BytesRef) sortValues[sortValues.length - 1]).utf8ToString());
            }
            return new Result(docs.totalHits.value, ids, facets == null ? Map.of() : facets.domains(),
                    facets == null ? Map.of() : facets.activities(), facets == null ? Map.of() : facets.departments());
        } finally {
            searchers.release(searcher);
        }
    }

    static Query query(Request r) {
        // the point index, or the doc values when the domain leads with fewer candidates
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new IndexOrDocValuesQuery(
                LatLonPoint.newDistanceQuery(GEO, r.latitude(), r.longitude(), r.radiusKm() * 1000),
                LatLonDocValuesField.newSlowDistanceQuery(GEO, r.latitude(), r.longitude(), r.radiusKm() * 1000)),
                Occur.FILTER);
        if (!r.domains().isEmpty()) {
            query.add(new TermInSetQuery(DOMAIN_KEY, r.domains().stream().map(d -> new BytesRef(fold(d))).toList()),
                    Occur.FILTER);
        }
        return query.add(scope(r.grants()), Occur.FILTER).build();
    }

    /**
     * The caller's diffusion, checked on each candidate's doc values: a disjunction of the postings of forty
     * publishers, advanced for every candidate of the circle, cost more than the rest of the search. Organisations
     * are keyed {@code publisher:id}, so the exclusions of every grant without a kept-organisation rule can be one
     * clause: an announcer's rule only ever names its own organisations.
     */
    private static Query scope(List<Grant> grants) {
        List<BytesRef> plain = new ArrayList<>();
        List<BytesRef> plainExclusions = new ArrayList<>();
        List<Query> narrowed = new ArrayList<>();
        for (Grant grant : grants) {
            boolean keeps = grant.filters().stream().anyMatch(f -> !f.exclusion());
            if (!keeps) {
                plain.add(new BytesRef(grant.publisherId()));
                grant.filters().forEach(f -> plainExclusions.addAll(keys(grant.publisherId(), f.organizations())));
                continue;
            }
            BooleanQuery.Builder one = new BooleanQuery.Builder()
                    .add(SortedDocValuesField.newSlowExactQuery(PUBLISHER, new BytesRef(grant.publisherId())),
                            Occur.FILTER);
            for (OrganizationFilter filter : grant.filters()) {
                List<BytesRef> keys = keys(grant.publisherId(), filter.organizations());
                if (filter.exclusion()) {
                    if (!keys.isEmpty()) {
                        one.add(SortedDocValuesField.newSlowSetQuery(ORGANIZATION, keys), Occur.MUST_NOT);
                    }
                } else {
                    one.add(keys.isEmpty() ? new MatchNoDocsQuery("no organisation kept")
                            : SortedDocValuesField.newSlowSetQuery(ORGANIZATION, keys), Occur.FILTER);
                }
            }
            narrowed.add(one.build());
        }
        List<Query> clauses = new ArrayList<>();
        if (!plain.isEmpty()) {
            BooleanQuery.Builder one = new BooleanQuery.Builder()
                    .add(SortedDocValuesField.newSlowSetQuery(PUBLISHER, plain), Occur.FILTER);
            if (!plainExclusions.isEmpty()) {
                one.add(SortedDocValuesField.newSlowSetQuery(ORGANIZATION, plainExclusions), Occur.MUST_NOT);
            }
            clauses.add(one.build());
        }
        clauses.addAll(narrowed);
        if (clauses.isEmpty()) {
            return new MatchNoDocsQuery("no publisher in scope");
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        clauses.forEach(c -> any.add(c, Occur.SHOULD));
        return any.build();
    }

    private static List<BytesRef> keys(String publisherId, Set<Long> organizations) {
        return organizations.stream().map(id -> new BytesRef(publisherId + ":" + id)).toList();
    }

    /** Newest start first (no start last), or nearest first; then the mission id, as the SQL orders. */
    private static Sort sort(Request r) {
        if (r.byDistance()) {
            return new Sort(LatLonDocValuesField.newDistanceSort(GEO, r.latitude(), r.longitude()),
                    new SortField(ID, SortField.Type.STRING));
        }
        SortField start = new SortField(START, SortField.Type.LONG, true);
        start.setMissingValue(Long.MIN_VALUE);
        return new Sort(start, new SortField(ID, SortField.Type.STRING, true));
    }

    private static Document document(IndexedMission m) {
        Document doc = new Document();
        doc.add(new StringField(ID, m.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(m.id())));
        doc.add(new SortedDocValuesField(PUBLISHER, new BytesRef(m.publisherId())));
        if (m.organizationId() != null) {
            doc.add(new SortedDocValuesField(ORGANIZATION, new BytesRef(m.publisherId() + ":" + m.organizationId())));
        }
        if (m.domain() != null) {
            doc.add(new StringField(DOMAIN_KEY, fold(m.domain()), Field.Store.NO));
            doc.add(new SortedDocValuesField(DOMAIN, new BytesRef(m.domain())));
        }
        if (m.startAt() != null) {
            doc.add(new NumericDocValuesField(START, m.startAt()));
        }
        for (double[] p : m.points()) {
            // the SQL's box would not match coordinates outside the globe either
            if (p[0] >= -90 && p[0] <= 90 && p[1] >= -180 && p[1] <= 180) {
                doc.add(new LatLonPoint(GEO, p[0], p[1]));
                doc.add(new LatLonDocValuesField(GEO, p[0], p[1]));
            }
        }
        if (m.departmentName() != null) {
            doc.add(new SortedDocValuesField(DEPARTMENT, new BytesRef(m.departmentName())));
        }
        for (String label : m.activities()) {
            doc.add(new SortedSetDocValuesField(ACTIVITY, new BytesRef(label)));
        }
        return doc;
    }

    /** Lower case, no accents, no trailing blanks: what the {@code utf8mb4_unicode_ci} columns compare. */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).stripTrailing();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        // the index is rebuilt at every start: nothing to commit
        writer.rollback();
        writer.getDirectory().close();
        if (files != null) {
            try (var paths = Files.walk(files)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
