package fr.engagement.partners.control;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the domain, activities and first-address department of every hit of a {@link SearchIndex} search: the
 * facets over all matching missions, not over the page. Counts by ordinal within a segment, then by value.
 */
final class FacetCounter extends SimpleCollector {

    private final Map<String, Long> domains = new HashMap<>();
    private final Map<String, Long> activities = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();

    private SortedDocValues domain;
    private SortedDocValues department;
    private SortedSetDocValues activity;
    private int[] domainCounts;
    private int[] departmentCounts;
    private int[] activityCounts;

    static CollectorManager<FacetCounter, FacetCounter> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> collectors) throws IOException {
                FacetCounter all = new FacetCounter();
                for (FacetCounter c : collectors) {
                    c.flush();
                    c.domains.forEach((k, v) -> all.domains.merge(k, v, Long::sum));
                    c.activities.forEach((k, v) -> all.activities.merge(k, v, Long::sum));
                    c.departments.forEach((k, v) -> all.departments.merge(k, v, Long::sum));
                }
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        domain = DocValues.getSorted(context.reader(), SearchIndex.DOMAIN);
        department = DocValues.getSorted(context.reader(), SearchIndex.DEPARTMENT);
        activity = DocValues.getSortedSet(context.reader(), SearchIndex.ACTIVITY);
        domainCounts = new int[domain.getValueCount()];
        departmentCounts = new int[department.getValueCount()];
        activityCounts = new int[(int) activity.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        if (domain.advanceExact(doc)) {
            domainCounts[domain.ordValue()]++;
        }
        if (department.advanceExact(doc)) {
            departmentCounts[department.ordValue()]++;
        }
        if (activity.advanceExact(doc)) {
            for (int i = 0; i < activity.docValueCount(); i++) {
                activityCounts[(int) activity.nextOrd()]++;
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public void finish() throws IOException {
        flush();
    }

    /** Turns the current segment's ordinal counts into value counts. */
    private void flush() throws IOException {
        if (domainCounts == null) {
            return;
        }
        for (int ord = 0; ord < domainCounts.length; ord++) {
            if (domainCounts[ord] > 0) {
                domains.merge(domain.lookupOrd(ord).utf8ToString(), (long) domainCounts[ord], Long::sum);
            }
        }
        for (int ord = 0; ord < departmentCounts.length; ord++) {
            if (departmentCounts[ord] > 0) {
                departments.merge(department.lookupOrd(ord).utf8ToString(), (long) departmentCounts[ord], Long::sum);
            }
        }
        for (int ord = 0; ord < activityCounts.length; ord++) {
            if (activityCounts[ord] > 0) {
                activities.merge(activity.lookupOrd(ord).utf8ToString(), (long) activityCounts[ord], Long::sum);
            }
        }
        domainCounts = null;
    }

    Map<String, Long> domains() {
        return domains;
    }

    Map<String, Long> activities() {
        return activities;
    }

    Map<String, Long> departments() {
        return departments;
    }
}
